### The web chat page around the conversation (Ukrainian): title, input, buttons, network errors.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

web-title = Чат про IGU
# The label of the text field (read by screen readers).
web-message-label = Ваше повідомлення
web-send = Надіслати
web-language = Мова
web-close = Закрити чат
web-end = Завершити й очистити
web-cleared = Чат видалено з цього пристрою. Починається новий чат.
# Shown while the bot is answering.
web-typing = Пише…
# Read by screen readers before a message the person wrote.
web-you = Ви:
web-offline = Ваше повідомлення не надіслано. Перевірте з’єднання з інтернетом і спробуйте ще раз.
web-busy = Забагато повідомлень одразу. Зачекайте трохи і спробуйте ще раз.
web-too-long = Це повідомлення задовге. Будь ласка, зробіть його коротшим.
web-retry = Спробувати ще раз
# The button the widget puts on another site's page (in that page's language).
web-widget-button = Чат
