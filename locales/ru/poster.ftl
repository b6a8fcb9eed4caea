### QR posters for learners (igubot qr), Russian: short, in the learner's language.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

poster-title = IGU: оплачиваемая работа и уроки датского
poster-body = Задавайте igubot вопросы на своём языке. Это бесплатно.
poster-telegram = Отсканируйте камерой телефона, чтобы писать в Telegram.
poster-web = Или откройте этот адрес в браузере:
poster-label-telegram = Telegram
poster-label-web = Веб-чат
poster-test = ТЕСТ
