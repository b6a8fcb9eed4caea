### Messages the channels (web, Telegram) and the engine say outside any flow, in Tigrinya.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Said when someone presses a button of an earlier question; the current question follows.
common-old-button = እዚ መልጎም ናይ ዝሓለፈ ሕቶ እዩ። ሕጂ ኣብዚ ኢና ዘለና፦

## Telegram

# Said once in a group, a supergroup or a channel the bot was added to: it only talks in private chats.
telegram-groups-declined = ሰላም! ኣነ ብሓደ ግዜ ምስ ሓደ ሰብ ጥራይ፣ ኣብ ብሕታዊ ዝርርብ እየ ዝዛረብ። በጃኹም ምሳይ ብሕታዊ ዝርርብ ክፈቱ፣ ኣብኡ ድማ ጽሓፉለይ።
# Said when someone sends a photo, a voice message, a sticker, a file, a location or anything else that is not text.
common-use-text = ይቕሬታ፣ ኣነ ጽሑፍ ጥራይ እየ ከንብብ ዝኽእል። በጃኹም መልስኹም ጽሓፉ፣ ወይ ሓደ ካብቶም መልጎማት ጠውቑ።
# Asks again, briefly, with the question's buttons, after the bot's own words (help, a reason, not understood) when the whole question would make the screen too long: the question is just above.
common-reask = በጃኹም ነቲ ኣብ ላዕሊ ዘሎ ሕቶ መልሱ።

## The command menu of Telegram (the "/" button next to the text field). Plain text, at most 256 characters each.
## Same words as the list in common-help.

telegram-command-start = ካብ መጀመርታ ምጅማር
telegram-command-menu = ቀንዲ ሜኑ
telegram-command-back = እቲ ዝሓለፈ ሕቶ
telegram-command-language = ቋንቋ ምቕያር
telegram-command-help = ነዚ ዝርርብ ብኸመይ ትጥቀሙሉ
telegram-command-human = ምስ ሰብ ምዝራብ
telegram-command-forget = ሓበሬታኹም ምድምሳስ
