### Messages the channels (web, Telegram) and the engine say outside any flow, in Persian (fa).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Said when someone presses a button of an earlier question; the current question follows.
common-old-button = این دکمه مال یک سؤال قبلی است. الان اینجا هستیم:

## Telegram

# Said once in a group, a supergroup or a channel the bot was added to: it only talks in private chats.
telegram-groups-declined = سلام! من هر بار فقط با یک نفر، در گفتگوی خصوصی، صحبت می‌کنم. لطفاً یک گفتگو با من باز کنید و همان‌جا برایم بنویسید.
# Said when someone sends a photo, a voice message, a sticker, a file, a location or anything else that is not text.
common-use-text = ببخشید، من فقط می‌توانم نوشته را بخوانم. لطفاً جواب خود را بنویسید، یا روی یکی از دکمه‌ها بزنید.
# Asks again, briefly, with the question's buttons, after the bot's own words (help, a reason, not understood) when the whole question would make the screen too long: the question is just above.
common-reask = لطفاً به سؤال بالا پاسخ دهید.

## The command menu of Telegram (the "/" button next to the text field). Plain text, at most 256 characters each; keep them very short.

telegram-command-start = شروع از اول
telegram-command-menu = منوی اصلی
telegram-command-back = سؤال قبلی
telegram-command-language = تغییر زبان
telegram-command-help = طرز استفاده از این گفتگو
telegram-command-human = صحبت با یک نفر
telegram-command-forget = پاک کردن اطلاعات شما
