### Flow "privacy" in Central Kurdish (Sorani, ckb): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the operator or municipality named in the configuration ([privacy] controller), or privacy-controller-unset
privacy-start-ask = زانیارییەکانت. بەرپرسی زانیارییەکانت: { $controller }. کاتێک چات دەکەیت، زمان و وەڵامەکانت هەڵدەگرین بۆ ئەوەی چاتەکە کار بکات. هەرگیز پرسیار دەربارەی ئایین یان تەندروستیت ناکەین. پەڕەکانی داهاتوو دەڵێن چی دەپرسین، چی دەنێرین، چەند هەڵیدەگرین و مافەکانت چین.

# Screen 2: what "Can I join?" asks, and that it is never sent; typed messages the bot did not understand.
# $unplaced_message_days (Number) - days a message the bot did not understand is kept, from facts.yaml
privacy-asked-ask =
    «دەتوانم بەشداری بکەم؟» تەمەن، ساڵەکانت لە دانیمارک و جۆری مۆڵەتی نیشتەجێبوونەکەت دەپرسێت. مۆڵەتەکە دەتوانێت نیشان بدات خەڵکی کوێیت. ئەم وەڵامانە لەم چاتەدا دەمێننەوە و هەرگیز نانێردرێن. نامەیەک کە بۆتەکە تێی ناگات { $unplaced_message_days ->
        [one] { $unplaced_message_days } ڕۆژ
       *[other] { $unplaced_message_days } ڕۆژ
    } هەڵدەگیرێت، بەبێ ژمارە و بەبێ پەیوەندی بە تۆوە، بۆ باشترکردنی بۆتەکە.

# Screen 3: what the form sends, to whom, why, and on what basis (consent).
privacy-sent-ask = تەنها بە بەڵێی تۆ، ناو (بە پیتی لاتینیش)، تەلەفۆن یان ئیمەیڵ، شارەوانی، زمان، پێویستی وەرگێڕ، ئاستی دانیمارکی، بواری کار و ئەنجامی «دەتوانم بەشداری بکەم؟»ەکەت دەنێرین بۆ بەشی کاری شارەوانییەکەت، تەنها بۆ پەیوەندی دەربارەی IGU. بنەمای یاسایی بەڵێکەی تۆیە.

# Screen 4: what "Talk to a person" sends.
privacy-callback-ask = «قسە لەگەڵ کەسێک»: تەنها بە بەڵێی تۆ، ژمارەی تەلەفۆن، شارەوانی، زمان و پێویستی وەرگێڕەکەت دەنێرین بۆ بەشی کاری شارەوانییەکەت، بۆ ئەوەی پەیوەندیت پێوە بکات. هیچ شتێکی تر لە چاتەکە نانێردرێت. لە Telegram هەروەها دەنێرین ئایا دەتوانین یەک جار نامەت بۆ بنێرین.

# Screen 5: what "Send question to municipality" sends.
privacy-question-ask = «پرسیارەکەم بنێرە بۆ شارەوانی»: ئەگەر بۆتەکە لێت تێنەگەیشت، دەتوانیت ئەوەی نووسیوتە بنێریت. تەنها بە بەڵێی تۆ، پرسیارەکەت وەک خۆی دەنێرین، لەگەڵ ژمارەی تەلەفۆن، شارەوانی، زمان و پێویستی وەرگێڕەکەت، بۆ ئەوەی شارەوانی پەیوەندیت پێوە بکات.

# Screen 6: how long.
# $chat_idle_days (Number) - days without a message after which a chat is deleted, from facts.yaml
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-keep-ask =
    چات دوای { $chat_idle_days ->
        [one] { $chat_idle_days } ڕۆژ
       *[other] { $chat_idle_days } ڕۆژ
    } بەبێ نامە دەسڕدرێتەوە. ئەوەی ناردووتە هەتا دۆسیەکەت دادەخرێت هەڵدەگیرێت، و دوای ئەوە لانیزۆر { $lead_retention_months ->
        [one] { $lead_retention_months } مانگ
       *[other] { $lead_retention_months } مانگ
    }. دەتوانیت بەڵێکەت بکشێنیتەوە: /forget هەموو شتێک لێرە بە یەکجار دەسڕێتەوە.

# Screen 7: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from the configuration (see screen 1)
# $controller_contact (String) - how to reach them (an e-mail address, phone number or web page), from the configuration ([privacy] contact), or privacy-contact-unset
privacy-rights-ask = مافی ئەوەت هەیە زانیارییەکانت ببینیت، ڕاستیان بکەیتەوە و بیانسڕیتەوە. لە { $controller } بپرسە: { $controller_contact }. لە شارەوانییەکەت بپرسە دەربارەی ئەوەی وەریگرتووە. دەتوانیت سکاڵا بکەیت لای Datatilsynet، دەزگای پاراستنی زانیاریی دانیمارک (datatilsynet.dk).

# Shown instead of $controller and $controller_contact while the configuration does not set them.
privacy-controller-unset = ئەو دامەزراوەیەی ئەم چاتە بەڕێوە دەبات (هێشتا لێرە ناوی نەهاتووە)
privacy-contact-unset = /forget هەموو شتێک لێرە دەسڕێتەوە
privacy-forget-ask = دەتەوێت هەموو ئەو شتانە بسڕیتەوە کە دەربارەی تۆ هەڵمانگرتووە؟ دوای سڕینەوە ناگەڕێنەوە. ئەگەر شارەوانییەکەت پێشتر لەگەڵت لە پەیوەندیدا بووە، دەتوانیت داوا لەوانیش بکەیت زانیارییەکانت بسڕنەوە.
privacy-forget-done = تەواو. هەموو ئەو شتانەی دەربارەی تۆ هەڵمانگرتبوو سڕانەوە. هەر شتێک بنووسە بۆ ئەوەی لە سەرەتاوە دەست پێ بکەیتەوە.

## Buttons (at most 30 characters)

privacy-button-forget = زانیارییەکانم بسڕەوە
privacy-button-forget-yes = بەڵێ، بیسڕەوە
privacy-button-forget-no = نەخێر، با بمێنێتەوە
privacy-button-next = دواتر
