### Messages the channels (web, Telegram) and the engine say outside any flow (Arabic).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Said when someone presses a button of an earlier question; the current question follows.
common-old-button = هذا الزر من سؤال سابق. نحن الآن هنا:

## Telegram

# Said once in a group, a supergroup or a channel the bot was added to: it only talks in private chats.
telegram-groups-declined = مرحبًا! أتحدث مع شخص واحد فقط في كل مرة، في محادثة خاصة. يرجى فتح محادثة معي والكتابة لي هناك.
# Said when someone sends a photo, a voice message, a sticker, a file, a location or anything else that is not text.
common-use-text = عذرًا، أستطيع قراءة الكتابة فقط. يرجى كتابة إجابتك، أو الضغط على أحد الأزرار.
# Asks again, briefly, with the question's buttons, after the bot's own words (help, a reason, not understood) when the whole question would make the screen too long: the question is just above.
common-reask = يرجى الإجابة عن السؤال أعلاه.

## The command menu of Telegram (the "/" button next to the text field). Plain text, at most 256 characters each; keep them very short.

telegram-command-start = البدء من جديد
telegram-command-menu = القائمة الرئيسية
telegram-command-back = السؤال السابق
telegram-command-language = تغيير اللغة
telegram-command-help = كيف تستخدم هذه المحادثة
telegram-command-human = التحدث مع شخص
telegram-command-forget = حذف بياناتك
