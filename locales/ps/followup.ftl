### The Telegram check-in in Pashto (ps): one message some days after a person sent their answers to the
### municipality, only if they said yes to it (interest-followup-ask). Sent by the Telegram channel.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# The check-in question; the buttons follow.
followup-ask = سلام! igubot یو ځل بیا تاسو ته لیکي. څو ورځې مخکې تاسو خپل ځوابونه د خپلې ښاروالۍ د کارموندنې څانګې ته ولېږل. آیا ښاروالۍ تر اوسه له تاسو سره اړیکه نیولې ده؟

## Buttons (at most 30 characters)

followup-yes = هو، اړیکه یې نیولې ده
followup-no = نه، لا تر اوسه نه

## The answer to a button press

followup-thanks-yes = مننه! په IGU کې بریالي اوسئ.
followup-thanks-no = مننه. موږ به ښاروالۍ ته یادونه وکړو.
