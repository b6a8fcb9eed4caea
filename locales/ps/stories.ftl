### Flow "stories" in Pashto (ps): short example stories of IGU courses (the idea of "Ugens IGU", 2018). Every story is invented from many courses: no real people, no real companies, no names.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# The label "Example (not a real person):" is بېلګه (ریښتینی کس نه دی): in every story.

stories-intro = دلته د IGU په اړه څو لنډې بېلګې کیسې دي. موږ دا د IGU د ډېرو دورو پر بنسټ جوړې کړې دي. دا د ریښتینو خلکو یا ریښتینو شرکتونو په اړه نه دي. هر IGU بل ډول وي.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-warehouse-ask = بېلګه (ریښتینی کس نه دی): یو سړی د ټرانسپورټ د یوه شرکت په ګدام کې کار کوي. هغه توکي بسته کوي او ځای پر ځای کوي. د کورس په اونیو کې یې د فورک لیفټ چلولو او خوندي کار AMU کورسونه واخیستل. په اونۍ کې یوه ورځ ډنمارکي ژبه زده کوي. اوس هغه فورک لیفټ چلوي او نویو همکارانو ته ښيي چې څنګه یې وچلوي.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-parks-ask = بېلګه (ریښتینی کس نه دی): یوه ښځه د یوې ښاروالۍ د پارکونو په څانګه کې کار کوي. هغه ګلان کري، بوټي پرې کوي او لارې پاکې ساتي. هغې د بوټو او کوچنیو ماشینونو په اړه AMU کورسونه واخیستل، او ډنمارکي ژبه زده کوي. هغه وايي: «اوس زه د خپل کار کلمې پېژنم، او له خپل ټیم سره ډېرې خبرې کوم.»

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-kitchen-ask = بېلګه (ریښتینی کس نه دی): یو سړی د یوې ډوډۍ خونې (کنټین) په پخلنځي کې مرستیال دی. هغه سلاد جوړوي او لوښي مینځي. د کورس په اونیو کې یې د خوړو د پاکوالي AMU کورس او د FVU لوستل او لیکل واخیستل. په پیل کې یې شرم کاوه. اوس هغه د پخلي لارښوونې پخپله لولي او له آشپز سره د سلادونو پلان جوړوي.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-shop = بېلګه (ریښتینی کس نه دی): یوه مور په سوپرمارکېټ کې کار کوي. المارۍ ډکوي او له پېرودونکو سره مرسته کوي. په کورسونو کې ډنمارکي او FVU حساب زده کوي. یو همکار یې د ژبې ملګری دی: دوی په کار کې ډنمارکي تمرینوي. وايي: «IGU له وړو ماشومانو سره ګران و، خو زما ښاروالۍ په پلان کې راسره مرسته وکړه.»

stories-end-ask = دا بېلګې وې. ستاسو IGU ښايي بل ډول وي. اوس څه کول غواړئ؟

## Buttons (at most 30 characters)

stories-button-next = بله کیسه
stories-button-topics = نورې موضوعګانې
stories-button-first = لومړۍ کیسه ولولئ
stories-button-interest = زه لېواله یم
stories-button-join = زه ګډون کولای شم؟
