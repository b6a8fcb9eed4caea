### Messages the channels (web, Telegram) and the engine say outside any flow.
### Review status: source

# Said when someone presses a button of an earlier question; the current question follows.
common-old-button = That button belongs to an earlier question. Here is where we are now:

## Telegram

# Said once in a group, a supergroup or a channel the bot was added to: it only talks in private chats.
telegram-groups-declined = Hello! I only talk with one person at a time, in a private chat. Please open a chat with me and write to me there.
# Said when someone sends a photo, a voice message, a sticker, a file, a location or anything else that is not text.
common-use-text = Sorry, I can only read text. Please write your answer, or tap one of the buttons.
# Asks again, briefly, with the question's buttons, after the bot's own words (help, a reason, not understood) when the whole question would make the screen too long: the question is just above.
common-reask = Please answer the question above.

## The command menu of Telegram (the "/" button next to the text field). Plain text, at most 256 characters each.

telegram-command-start = Start from the beginning
telegram-command-menu = Main menu
telegram-command-back = Back to the question before
telegram-command-language = Change the language
telegram-command-help = How to use this chat
telegram-command-human = Talk to a person
telegram-command-forget = Delete your data
