### Messages in Dari (prs) that the channels (web, Telegram) and the engine say outside any flow.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# "Chat" is گفتگو, "button" is دکمه, as in the other Dari files.

# Said when someone presses a button of an earlier question; the current question follows.
common-old-button = این دکمه مربوط به یک سوال قبلی است. حالا اینجا هستیم:

## Telegram

# Said once in a group, a supergroup or a channel the bot was added to: it only talks in private chats.
telegram-groups-declined = سلام! من در یک وقت فقط با یک شخص صحبت می‌کنم، در یک گفتگوی خصوصی. لطفاً یک گفتگو با من باز کنید و آنجا به من بنویسید.
# Said when someone sends a photo, a voice message, a sticker, a file, a location or anything else that is not text.
common-use-text = ببخشید، من فقط متن را خوانده می‌توانم. لطفاً جواب خود را بنویسید، یا یکی از دکمه‌ها را بزنید.
# Asks again, briefly, with the question's buttons, after the bot's own words (help, a reason, not understood) when the whole question would make the screen too long: the question is just above.
common-reask = لطفاً به سوال بالا جواب بدهید.

## The command menu of Telegram (the "/" button next to the text field). Plain text, at most 256 characters each.

telegram-command-start = شروع از اول
telegram-command-menu = مینوی اصلی
telegram-command-back = سوال قبلی
telegram-command-language = تغییر زبان
telegram-command-help = طرز استفاده از این گفتگو
telegram-command-human = صحبت با یک شخص
telegram-command-forget = پاک کردن معلومات شما
