### Flow "privacy" in Central Kurdish (Sorani, ckb): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the organisation that runs this igubot, from facts.yaml (later from the configuration)
privacy-start-ask = زانیارییەکانت. بەرپرسی زانیارییەکانت: { $controller }. کاتێک چات دەکەیت، وەڵام و زمانەکەت هەڵدەگرین بۆ ئەوەی چاتەکە کار بکات. هەرگیز پرسیار دەربارەی ڕەگەزنامە، ئایین یان تەندروستیت ناکەین.

# Screen 2: what is sent, to whom, why, and on what basis (consent).
privacy-sent-ask = تەنها بە بەڵێی تۆ، ناو، تەلەفۆن یان ئیمەیڵ، شارەوانی، زمان، پێویستی وەرگێڕ، ئاستی دانیمارکی و بواری کارەکەت دەنێرین بۆ بەشی کاری شارەوانییەکەت، تەنها بۆ ئەوەی دەربارەی IGU پەیوەندیت پێوە بکات. بنەمای یاسایی ئەمە بەڵێکەی تۆیە.

# Screen 3: how long.
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

# Screen 4: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from facts.yaml (later from the configuration)
privacy-rights-ask = مافی ئەوەت هەیە زانیارییەکانت ببینیت، ڕاستیان بکەیتەوە و بیانسڕیتەوە. لە { $controller } بپرسە، یان لە شارەوانییەکەت دەربارەی ئەوەی وەریگرتووە. دەتوانیت سکاڵا بکەیت لای Datatilsynet، دەزگای پاراستنی زانیاریی دانیمارک (datatilsynet.dk).
privacy-forget-ask = دەتەوێت هەموو ئەو شتانە بسڕیتەوە کە دەربارەی تۆ هەڵمانگرتووە؟ دوای سڕینەوە ناگەڕێنەوە. ئەگەر شارەوانییەکەت پێشتر لەگەڵت لە پەیوەندیدا بووە، دەتوانیت داوا لەوانیش بکەیت زانیارییەکانت بسڕنەوە.
privacy-forget-done = تەواو. هەموو ئەو شتانەی دەربارەی تۆ هەڵمانگرتبوو سڕانەوە. هەر شتێک بنووسە بۆ ئەوەی لە سەرەتاوە دەست پێ بکەیتەوە.

## Buttons (at most 30 characters)

privacy-button-forget = زانیارییەکانم بسڕەوە
privacy-button-forget-yes = بەڵێ، بیسڕەوە
privacy-button-forget-no = نەخێر، با بمێنێتەوە
privacy-button-next = دواتر
