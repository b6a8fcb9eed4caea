### Flow "stories" in Central Kurdish (Sorani, ckb): short example stories of IGU courses. Every story is invented from many courses: no real people, no real companies, no names.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

stories-intro = لێرەدا چەند چیرۆکێکی کورت وەک نموونە دەربارەی IGU هەن. ئێمە بە سوود وەرگرتن لە زۆر خولی IGU دروستمان کردوون. دەربارەی کەس یان کۆمپانیای ڕاستەقینە نین. هەر خولێکی IGU جیاوازە.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-warehouse-ask = نموونە (کەسێکی ڕاستەقینە نییە): پیاوێک لە کۆگای کۆمپانیایەکی گواستنەوە کار دەکات. کاڵا دەپێچێتەوە و دەیگوازێتەوە. لە هەفتەکانی خولدا بەشداری خولی AMU بوو بۆ لێخوڕینی فۆرکلیفت و سەلامەتی کار. ڕۆژێک لە هەفتەدا دانیمارکی فێر دەبێت. ئێستا فۆرکلیفت لێدەخوڕێت و هاوکارە نوێیەکانیش فێر دەکات.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-parks-ask = نموونە (کەسێکی ڕاستەقینە نییە): ژنێک لە بەشی پارکەکانی شارەوانییەک کار دەکات. گوڵ دەچێنێت، پەرژینە سەوزەکان کورت دەکاتەوە و ڕێگاکان پاک ڕادەگرێت. بەشداری خولەکانی AMU بوو دەربارەی ڕووەک و ئامێری بچووک، و دانیمارکی فێر دەبێت. دەڵێت: «ئێستا وشەکانی کارەکەم دەزانم، و زیاتر لەگەڵ تیمەکەم قسە دەکەم.»

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-kitchen-ask = نموونە (کەسێکی ڕاستەقینە نییە): پیاوێک یاریدەدەری چێشتخانەیە لە کانتینێکدا. زەڵاتە دروست دەکات و قاپ دەشوات. بەشداری خولێکی AMU بوو دەربارەی پاکوخاوێنیی خواردن، و FVU بۆ خوێندنەوە و نووسین. سەرەتا شەرمن بوو. ئێستا خۆی ڕەچەتەکان دەخوێنێتەوە و لەگەڵ سەرئاشپەزەکە پلانی زەڵاتەکان دادەنێت.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-shop = نموونە (کەسێکی ڕاستەقینە نییە): دایکێک لە مارکێتێک کار دەکات. ڕەف پڕ دەکاتەوە و یارمەتیی کڕیار دەدات. لە خولەکاندا دانیمارکی و بیرکاریی FVU دەخوێنێت. هاوکارێک هاوڕێی زمانییەتی: پێکەوە دانیمارکی قسە دەکەن. دەڵێت: «IGU لەگەڵ منداڵی بچووک قورس بوو، بەڵام شارەوانی یارمەتیی دام پلان دابنێم.»

stories-end-ask = ئەمانە نموونە بوون. لەوانەیە IGU بۆ تۆ جیاواز بێت. ئێستا دەتەوێت چی بکەیت؟

## Buttons (at most 30 characters)

stories-button-next = چیرۆکی داهاتوو
stories-button-topics = بابەتی تر
stories-button-first = یەکەم چیرۆک بخوێنەوە
stories-button-interest = من ئارەزوومەندم
stories-button-join = دەتوانم بەشداری بکەم؟
