### QR posters for learners (igubot qr): short, in the learner's language.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

poster-title = IGU: løn, arbejde og danskundervisning
poster-body = Stil igubot dine spørgsmål på dit eget sprog. Det er gratis.
poster-telegram = Scan med telefonens kamera for at skrive på Telegram.
poster-web = Eller åbn denne adresse i din browser:
poster-label-telegram = Telegram
poster-label-web = Webchat
poster-test = TEST
