### Opfølgningen på Telegram: én besked nogle dage efter, at personen sendte sine svar til kommunen,
### kun hvis personen har sagt ja til det (interest-followup-ask). Sendes af Telegram-kanalen.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

# Opfølgningsspørgsmålet; knapperne følger.
followup-ask = Hej igen fra igubot! For nogle dage siden sendte du dine svar til kommunen. Har kommunen kontaktet dig endnu?

## Knapper (højst 30 tegn)

followup-yes = Ja, det har de
followup-no = Nej, ikke endnu

## Svaret på et tryk på en knap

followup-thanks-yes = Tak! Held og lykke med IGU.
followup-thanks-no = Tak. Vi minder kommunen om det.
