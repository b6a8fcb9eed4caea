### The Telegram check-in (Northern Kurdish, Kurmanji): one message some days after a person sent their answers to the
### municipality, only if they said yes to it (interest-followup-ask). Sent by the Telegram channel.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# The check-in question; the buttons follow.
followup-ask = Dîsa silav ji igubot! Çend roj berê te bersivên xwe ji beşa kar a şaredariya xwe re şandin. Gelo şaredariya te heta niha bi te re têkilî daniye?

## Buttons (at most 30 characters)

followup-yes = Erê, têkilî danîn
followup-no = Na, hîn na

## The answer to a button press

followup-thanks-yes = Spas! Em di IGU de serkeftinê ji te re dixwazin.
followup-thanks-no = Spas. Em ê vê yekê bînin bîra şaredariyê.
