### QR posters for learners (igubot qr) in Persian (fa): short, in the learner's language.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

poster-title = IGU: کار با حقوق و درس زبان دانمارکی
poster-body = سؤال‌های خود را به زبان خودتان از igubot بپرسید. رایگان است.
poster-telegram = با دوربین گوشی خود اسکن کنید تا در Telegram گفتگو کنید.
poster-web = یا این آدرس را در مرورگر خود باز کنید:
poster-label-telegram = Telegram
poster-label-web = چت در وب
poster-test = آزمایشی
