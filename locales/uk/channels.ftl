### Messages the channels (web, Telegram) and the engine say outside any flow (Ukrainian).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Said when someone presses a button of an earlier question; the current question follows.
common-old-button = Ця кнопка належить до одного з попередніх запитань. Ось де ми зараз:

## Telegram

# Said once in a group, a supergroup or a channel the bot was added to: it only talks in private chats.
telegram-groups-declined = Вітаю! Я розмовляю лише з однією людиною, в особистому чаті. Будь ласка, відкрийте чат зі мною і напишіть мені там.
# Said when someone sends a photo, a voice message, a sticker, a file, a location or anything else that is not text.
common-use-text = Вибачте, я можу читати лише текст. Будь ласка, напишіть відповідь або натисніть одну з кнопок.
# Asks again, briefly, with the question's buttons, after the bot's own words (help, a reason, not understood) when the whole question would make the screen too long: the question is just above.
common-reask = Будь ласка, дайте відповідь на запитання вище.

## The command menu of Telegram (the "/" button next to the text field). Plain text, at most 256 characters each. Keep them very short.

telegram-command-start = Почати спочатку
telegram-command-menu = Головне меню
telegram-command-back = Попереднє запитання
telegram-command-language = Змінити мову
telegram-command-help = Як користуватися чатом
telegram-command-human = Поговорити з людиною
telegram-command-forget = Видалити ваші дані
