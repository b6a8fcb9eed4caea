### The web chat page in Dari (prs): the texts around the conversation (title, input, buttons, network errors).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# "Chat" is گفتگو, "internet" is انترنت (Afghan spelling).

web-title = گفتگوی IGU
# The label of the text field (read by screen readers).
web-message-label = پیام شما
web-send = فرستادن
web-language = زبان
web-close = بستن گفتگو
web-end = پایان و پاک کردن
web-cleared = چت از این دستگاه پاک شد. یک چت نو شروع می‌شود.
# Shown while the bot is answering.
web-typing = در حال نوشتن…
# Read by screen readers before a message the person wrote.
web-you = شما:
web-offline = پیام شما فرستاده نشد. انترنت خود را بررسی کنید و دوباره کوشش کنید.
web-busy = پیام‌های زیاد در یک وقت. کمی صبر کنید، بعد دوباره کوشش کنید.
web-too-long = این پیام بسیار طولانی است. لطفاً آن را کوتاه‌تر کنید.
web-retry = دوباره کوشش کنید
# The button the widget puts on another site's page (in that page's language).
web-widget-button = گفتگو
