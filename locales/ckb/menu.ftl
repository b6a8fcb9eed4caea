### Flow "menu" in Central Kurdish (Sorani, ckb): the main menu.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

menu-start-ask = دەتەوێت چی بکەیت؟ دەتوانم IGU ڕوون بکەمەوە، سەیر بکەم ئایا لەوانەیە بۆت بگونجێت، و یارمەتیت بدەم پەیوەندی بە شارەوانییەکەتەوە (kommune) بکەیت. دوگمەیەک دابگرە.

## Menu buttons (at most 30 characters)

menu-button-about = IGU چییە؟
menu-button-eligibility = دەتوانم بەشداری بکەم؟
menu-button-employer = من خاوەنکارم
menu-button-interest = من ئارەزوومەندم
menu-button-privacy = پاراستنی زانیاری
