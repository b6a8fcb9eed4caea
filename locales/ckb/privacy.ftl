### Flow "privacy" in Central Kurdish (Sorani, ckb): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# Sorani keeps the noun singular after a number, so both variants look alike.
privacy-start-notice =
    زانیارییەکانت: تەنها ئەگەر بڵێیت بەڵێ، وەڵامەکانت دەنێرین. ئینجا بەشی کاری شارەوانییەکەت وەریان دەگرێت، بۆ ئەوەی دەربارەی IGU پەیوەندیت پێوە بکات. هەتا دۆسیەکەت دادەخرێت هەڵیان دەگرین، و دوای ئەوە لانیزۆر { $lead_retention_months ->
        [one] { $lead_retention_months } مانگ
       *[other] { $lead_retention_months } مانگ
    }. هەرگیز پرسیار دەربارەی ڕەگەزنامە، ئایین یان تەندروستیت ناکەین.
privacy-start-ask = هەر کاتێک بتەوێت، دەتوانیت زانیارییەکانت بسڕیتەوە. /forget بنووسە یان دوگمەکە دابگرە.
privacy-forget-ask = دەتەوێت هەموو ئەو شتانە بسڕیتەوە کە دەربارەی تۆ هەڵمانگرتووە؟ دوای سڕینەوە ناگەڕێنەوە. ئەگەر شارەوانییەکەت پێشتر لەگەڵت لە پەیوەندیدا بووە، دەتوانیت داوا لەوانیش بکەیت زانیارییەکانت بسڕنەوە.
privacy-forget-done = تەواو. هەموو ئەو شتانەی دەربارەی تۆ هەڵمانگرتبوو سڕانەوە. هەر شتێک بنووسە بۆ ئەوەی لە سەرەتاوە دەست پێ بکەیتەوە.

## Buttons (at most 30 characters)

privacy-button-forget = زانیارییەکانم بسڕەوە
privacy-button-forget-yes = بەڵێ، بیسڕەوە
privacy-button-forget-no = نەخێر، با بمێنێتەوە
