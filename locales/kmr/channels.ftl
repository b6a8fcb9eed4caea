### Messages the channels (web, Telegram) and the engine say outside any flow (Northern Kurdish, Kurmanji).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Said when someone presses a button of an earlier question; the current question follows.
common-old-button = Ev bişkok ji pirseke berê ye. Niha em li vir in:

## Telegram

# Said once in a group, a supergroup or a channel the bot was added to: it only talks in private chats.
telegram-groups-declined = Silav! Ez her carê tenê bi kesekî re diaxivim, di axaftineke taybet de. Ji kerema xwe axaftineke taybet bi min re veke û li wir ji min re binivîse.
# Said when someone sends a photo, a voice message, a sticker, a file, a location or anything else that is not text.
common-use-text = Bibore, ez tenê dikarim nivîsê bixwînim. Ji kerema xwe bersiva xwe binivîse, an bişkokekê bitikîne.
# Asks again, briefly, with the question's buttons, after the bot's own words (help, a reason, not understood) when the whole question would make the screen too long: the question is just above.
common-reask = Ji kerema xwe bersiva pirsa li jor bide.

## The command menu of Telegram (the "/" button next to the text field). Plain text, kept very short.
# "Chat" is said "axaftin" (conversation), as in common-resume.

telegram-command-start = Ji nû ve dest pê bike
telegram-command-menu = Menûya sereke
telegram-command-back = Pirsa berê
telegram-command-language = Zimên biguherîne
telegram-command-help = Ev axaftin çawa dixebite
telegram-command-human = Bi kesekî re biaxive
telegram-command-forget = Daneyên xwe jê bibe
