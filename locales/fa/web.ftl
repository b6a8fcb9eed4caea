### The web chat page around the conversation, in Persian (fa): title, input, buttons, network errors.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

web-title = گفتگوی IGU
# The label of the text field (read by screen readers).
web-message-label = پیام شما
web-send = ارسال
web-language = زبان
web-close = بستن گفتگو
web-end = پایان و پاک کردن
web-cleared = گفتگو از این دستگاه پاک شد. گفتگوی تازه‌ای شروع می‌شود.
# Shown while the bot is answering.
web-typing = در حال نوشتن…
# Read by screen readers before a message the person wrote.
web-you = شما:
web-offline = پیام شما فرستاده نشد. اینترنت خود را بررسی کنید و دوباره امتحان کنید.
web-busy = پیام‌های زیادی با هم آمد. کمی صبر کنید، بعد دوباره امتحان کنید.
web-too-long = این پیام خیلی طولانی است. لطفاً آن را کوتاه‌تر کنید.
web-retry = دوباره امتحان کنید
# The button the widget puts on another site's page (in that page's language).
web-widget-button = گفتگو
