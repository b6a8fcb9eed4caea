### QR posters for learners (igubot qr), Ukrainian: short, in the learner's language.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

poster-title = IGU: оплачувана робота й уроки данської
poster-body = Ставте igubot запитання своєю мовою. Це безкоштовно.
poster-telegram = Відскануйте камерою телефона, щоб писати в Telegram.
poster-web = Або відкрийте цю адресу в браузері:
poster-label-telegram = Telegram
poster-label-web = Вебчат
poster-test = ТЕСТ
