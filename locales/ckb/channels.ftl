### Messages the channels (web, Telegram) and the engine say outside any flow, in Central Kurdish (Sorani, ckb).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Said when someone presses a button of an earlier question; the current question follows.
common-old-button = ئەو دوگمەیە هی پرسیارێکی پێشووە. ئێستا لێرەین:

## Telegram

# Said once in a group, a supergroup or a channel the bot was added to: it only talks in private chats.
telegram-groups-declined = سڵاو! من هەر جارێک تەنها لەگەڵ یەک کەس قسە دەکەم، لە چاتێکی تایبەتدا. تکایە چاتێک لەگەڵ من بکەرەوە و لەوێ بۆم بنووسە.
# Said when someone sends a photo, a voice message, a sticker, a file, a location or anything else that is not text.
common-use-text = ببورە، من تەنها دەتوانم نووسین بخوێنمەوە. تکایە وەڵامەکەت بنووسە، یان دوگمەیەک دابگرە.
# Asks again, briefly, with the question's buttons, after the bot's own words (help, a reason, not understood) when the whole question would make the screen too long: the question is just above.
common-reask = تکایە وەڵامی پرسیارەکەی سەرەوە بدەوە.

## The command menu of Telegram (the "/" button next to the text field). Plain text, kept very short, in the same words as common-help.

telegram-command-start = لە سەرەتاوە دەست پێ بکەرەوە
telegram-command-menu = لیستی سەرەکی
telegram-command-back = پرسیاری پێشوو
telegram-command-language = گۆڕینی زمان
telegram-command-help = چۆن ئەم چاتە بەکاربهێنیت
telegram-command-human = قسەکردن لەگەڵ کەسێک
telegram-command-forget = سڕینەوەی زانیارییەکانت
