### The Telegram check-in in Somali: one message some days after a person sent their answers to the
### municipality, only if they said yes to it (interest-followup-ask). Sent by the Telegram channel.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# The check-in question; the buttons follow.
followup-ask = Salaan mar kale, waa igubot! Dhowr maalmood ka hor waxaad jawaabahaaga u dirtay xafiiska shaqada ee degmadaada. Degmadu weli ma kula soo xiriirtay?

## Buttons (at most 30 characters)

followup-yes = Haa, way ila soo xiriireen
followup-no = Maya, weli

## The answer to a button press

followup-thanks-yes = Mahadsanid! Guul ayaan kuugu rajaynaynaa IGU.
followup-thanks-no = Mahadsanid. Waan xasuusin doonnaa degmada.
