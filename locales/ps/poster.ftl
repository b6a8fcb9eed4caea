### QR posters for learners in Pashto (ps) (igubot qr): short, in the learner's language.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

poster-title = IGU: معاش لرونکی کار او د ډنمارکي ژبې درسونه
poster-body = له igubot څخه خپلې پوښتنې په خپله ژبه وکړئ. دا وړیا دی.
poster-telegram = د خپل تلیفون په کمره یې سکن کړئ، څو په Telegram کې خبرې وکړئ.
poster-web = یا دا پته په خپل براوزر کې پرانیزئ:
poster-label-telegram = Telegram
poster-label-web = ویب چټ
poster-test = ازموینه
