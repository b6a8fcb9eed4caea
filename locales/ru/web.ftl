### The web chat page around the conversation (Russian): title, input, buttons, network errors.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

web-title = Чат об IGU
# The label of the text field (read by screen readers).
web-message-label = Ваше сообщение
web-send = Отправить
web-language = Язык
web-close = Закрыть чат
web-end = Завершить и очистить
web-cleared = Чат удалён с этого устройства. Начинается новый чат.
# Shown while the bot is answering.
web-typing = Пишет…
# Read by screen readers before a message the person wrote.
web-you = Вы:
web-offline = Ваше сообщение не отправлено. Проверьте подключение к интернету и попробуйте ещё раз.
web-busy = Слишком много сообщений сразу. Подождите немного и попробуйте ещё раз.
web-too-long = Это сообщение слишком длинное. Пожалуйста, сделайте его короче.
web-retry = Попробовать ещё раз
# The button the widget puts on another site's page (in that page's language).
web-widget-button = Чат
