### Messages the channels (web, Telegram) and the engine say outside any flow, in Somali.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Said when someone presses a button of an earlier question; the current question follows.
common-old-button = Badhankaasi wuxuu ka tirsan yahay su'aal hore. Waa kan meesha aan hadda joogno:

## Telegram

# Said once in a group, a supergroup or a channel the bot was added to: it only talks in private chats.
telegram-groups-declined = Salaan! Mar kasta waxaan la hadlaa hal qof oo keliya, wada-sheekeysi gaar ah. Fadlan wada-sheekeysi gaar ah ila fur, halkaasna iigu soo qor.
# Said when someone sends a photo, a voice message, a sticker, a file, a location or anything else that is not text.
common-use-text = Waan ka xumahay, qoraal keliya ayaan akhriyi karaa. Fadlan qor jawaabtaada, ama taabo mid ka mid ah badhamada.
# Asks again, briefly, with the question's buttons, after the bot's own words (help, a reason, not understood) when the whole question would make the screen too long: the question is just above.
common-reask = Fadlan ka jawaab su'aasha kore.

## The command menu of Telegram (the "/" button next to the text field). Plain text, at most 256 characters each.
## Same words as the list in common-help.

telegram-command-start = Dib u bilow
telegram-command-menu = Liiska weyn
telegram-command-back = Su'aashii hore
telegram-command-language = Beddel luqadda
telegram-command-help = Sida loo isticmaalo wada-sheekeysigan
telegram-command-human = La hadal qof
telegram-command-forget = Tirtir xogtaada
