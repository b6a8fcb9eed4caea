### QR posters for learners (igubot qr): short, in the learner's language.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

poster-title = IGU: کار با معاش و درس زبان دنمارکی
poster-body = سوال‌های خود را به زبان خودتان از igubot بپرسید. رایگان است.
poster-telegram = با کمره تلفون خود اسکن کنید تا در Telegram گفتگو کنید.
poster-web = یا این آدرس را در براوزر خود باز کنید:
poster-label-telegram = Telegram
poster-label-web = چت در وب
poster-test = آزمایشی
