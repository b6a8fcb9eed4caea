### QR posters for learners (igubot qr): short, in the learner's language.
### Review status: source

poster-title = IGU: paid work and Danish lessons
poster-body = Ask igubot your questions in your own language. It is free.
poster-telegram = Scan with your phone camera to chat on Telegram.
poster-web = Or open this address in your browser:
# The large labels above the two QR codes.
poster-label-telegram = Telegram
poster-label-web = Web chat
# A small mark at the foot of a test poster (igubot qr --allow-loopback): not for a notice board.
poster-test = TEST
