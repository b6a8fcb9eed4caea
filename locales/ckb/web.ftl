### The web chat page around the conversation, in Central Kurdish (Sorani, ckb): title, input, buttons, network errors.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

web-title = چاتی IGU
# The label of the text field (read by screen readers).
web-message-label = نامەکەت
web-send = بنێرە
web-language = زمان
web-close = چاتەکە دابخە
web-end = کۆتایی و سڕینەوە
web-cleared = چاتەکە لەم ئامێرە سڕایەوە. چاتێکی نوێ دەست پێ دەکات.
# Shown while the bot is answering.
web-typing = دەنووسێت…
# Read by screen readers before a message the person wrote.
web-you = تۆ:
web-offline = نامەکەت نەنێردرا. پەیوەندیی ئینتەرنێتەکەت بپشکنە و دووبارە هەوڵ بدەرەوە.
web-busy = زۆر نامە پێکەوە هاتن. کەمێک چاوەڕێ بکە، پاشان دووبارە هەوڵ بدەرەوە.
web-too-long = ئەو نامەیە زۆر درێژە. تکایە کورتتری بکەرەوە.
web-retry = دووبارە هەوڵ بدەرەوە
# The button the widget puts on another site's page (in that page's language).
web-widget-button = گفتوگۆ
