### Messages the channels (web, Telegram) and the engine say outside any flow (Russian).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Said when someone presses a button of an earlier question; the current question follows.
common-old-button = Эта кнопка относится к одному из прошлых вопросов. Вот где мы сейчас:

## Telegram

# Said once in a group, a supergroup or a channel the bot was added to: it only talks in private chats.
telegram-groups-declined = Здравствуйте! Я говорю только с одним человеком, в личном чате. Пожалуйста, откройте чат со мной и напишите мне там.
# Said when someone sends a photo, a voice message, a sticker, a file, a location or anything else that is not text.
common-use-text = Извините, я могу читать только текст. Пожалуйста, напишите ответ или нажмите одну из кнопок.
# Asks again, briefly, with the question's buttons, after the bot's own words (help, a reason, not understood) when the whole question would make the screen too long: the question is just above.
common-reask = Пожалуйста, ответьте на вопрос выше.

## The command menu of Telegram (the "/" button next to the text field). Plain text, at most 256 characters each. Keep them very short.

telegram-command-start = Начать сначала
telegram-command-menu = Главное меню
telegram-command-back = Предыдущий вопрос
telegram-command-language = Сменить язык
telegram-command-help = Как пользоваться чатом
telegram-command-human = Поговорить с человеком
telegram-command-forget = Удалить ваши данные
