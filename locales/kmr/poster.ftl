### QR posters for learners (igubot qr), in Northern Kurdish (Kurmanji): short.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

poster-title = IGU: karê bi meaş û dersên danîmarkî
poster-body = Pirsên xwe bi zimanê xwe ji igubot bipirse. Belaş e.
poster-telegram = Bi kameraya telefona xwe skan bike, da ku li ser Telegramê bi me re biaxivî.
poster-web = An jî vê navnîşanê di geroka înternetê (browser) de veke:
poster-label-telegram = Telegram
poster-label-web = Sohbeta webê
poster-test = CERIBANDIN
