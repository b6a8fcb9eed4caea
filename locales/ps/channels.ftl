### Messages in Pashto (ps) that the channels (web, Telegram) and the engine say outside any flow.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# "Chat" is چټ, "button" is تڼۍ, "tap" is کېکاږئ, as in the other Pashto files.

# Said when someone presses a button of an earlier question; the current question follows.
common-old-button = دا تڼۍ د یوې مخکینۍ پوښتنې ده. اوس موږ دلته یو:

## Telegram

# Said once in a group, a supergroup or a channel the bot was added to: it only talks in private chats.
telegram-groups-declined = سلام! زه په یو وخت کې یوازې له یوه کس سره خبرې کوم، په شخصي چټ کې. مهرباني وکړئ له ما سره یو چټ پرانیزئ او هلته راته ولیکئ.
# Said when someone sends a photo, a voice message, a sticker, a file, a location or anything else that is not text.
common-use-text = بښنه غواړم، زه یوازې لیکل شوی متن لوستلای شم. مهرباني وکړئ خپل ځواب ولیکئ، یا یوه تڼۍ کېکاږئ.
# Asks again, briefly, with the question's buttons, after the bot's own words (help, a reason, not understood) when the whole question would make the screen too long: the question is just above.
common-reask = مهرباني وکړئ پورتنۍ پوښتنې ته ځواب ورکړئ.

## The command menu of Telegram (the "/" button next to the text field). Plain text, at most 256 characters each.

telegram-command-start = له سره پیل
telegram-command-menu = اصلي مینو
telegram-command-back = مخکینۍ پوښتنه
telegram-command-language = ژبه بدلول
telegram-command-help = دا چټ څنګه وکاروئ
telegram-command-human = له یوه کس سره خبرې
telegram-command-forget = خپل معلومات پاکول
