### The web chat page around the conversation (Arabic): title, input, buttons, network errors.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

web-title = محادثة IGU
# The label of the text field (read by screen readers).
web-message-label = رسالتك
web-send = إرسال
web-language = اللغة
web-close = إغلاق المحادثة
web-end = إنهاء ومسح
web-cleared = تم مسح المحادثة من هذا الجهاز. تبدأ محادثة جديدة.
# Shown while the bot is answering.
web-typing = جارٍ الكتابة…
# Read by screen readers before a message the person wrote.
web-you = أنت:
web-offline = لم تُرسَل رسالتك. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.
web-busy = رسائل كثيرة في وقت واحد. انتظر قليلًا، ثم حاول مرة أخرى.
web-too-long = هذه الرسالة طويلة جدًا. يرجى كتابتها بشكل أقصر.
web-retry = حاول مرة أخرى
# The button the widget puts on another site's page (in that page's language).
web-widget-button = دردشة
