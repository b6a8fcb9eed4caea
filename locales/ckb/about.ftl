### Flow "about" in Central Kurdish (Sorani, ckb): what IGU is for a learner - a short start, then a sub-menu of topics (pay, school, finding a job, how IGU starts, after IGU) and the example stories.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
about-start-ask =
    IGU کارێکە لەگەڵ خول. بۆ ماوەی { $duration_years ->
        [one] { $duration_years } ساڵ
       *[other] { $duration_years } ساڵ
    } درێژە دەکێشێت. لە کۆمپانیایەک لە دانیمارک کار دەکەیت و مووچە وەردەگریت، بە تێکڕایی لانیکەم { $work_hours_min ->
        [one] { $work_hours_min } کاتژمێر
       *[other] { $work_hours_min } کاتژمێر
    } لە هەفتەیەکدا. هەروەها { $school_weeks ->
        [one] { $school_weeks } هەفتە
       *[other] { $school_weeks } هەفتە
    } بەشداری خول دەکەیت. IGU بۆ پەنابەران، ئەو کەسانەی بە کۆکردنەوەی خێزان هاتوون، و هەندێک کەسی خاوەن مۆڵەتی تایبەتە.

about-topics-ask = دەتەوێت چی دەربارەی IGU بزانیت؟ بابەتێک دابگرە.

## Pay

about-pay-ask = مووچە: لە کاردا مووچەی شاگردی (مووچەی EGU) وەردەگریت، بەپێی ڕێککەوتنی بەکۆمەڵی کۆمپانیاکە. بۆیە یەک بڕە پارە بۆ هەمووان نییە. لە هەفتەکانی خولدا مووچە نییە، بەڵام شارەوانییەکەت (kommune) یارمەتییەکت دەداتێ. پێش دەستپێکردن، لە شارەوانییەکەت بپرسە IGU چ کاریگەرییەکی لەسەر پارەکەت دەبێت.

# $allowance_paid_months_later (Number) - the allowances are paid this many months later (1), from facts.yaml
about-allowance-ask =
    پارە لە هەفتەکانی خولدا: هەموو مانگێک کە خولت تێدایە، داوای یارمەتیی خوێندن لە شارەوانییەکەت دەکەیت. لە هەمان داواکاریدا داوای یارمەتیی هاتوچۆش دەکەیت. شارەوانی هەردووکیان { $allowance_paid_months_later ->
        [one] مانگێک دواتر
       *[other] { $allowance_paid_months_later } مانگ دواتر
    } دەدات.

## School

# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
# "Usually free" (facts.yaml: school_fee): some courses can cost something.
about-school-ask =
    خولەکان: بە گشتی { $school_weeks ->
        [one] { $school_weeks } هەفتە
       *[other] { $school_weeks } هەفتە
    }، { $school_hours_per_week ->
        [one] { $school_hours_per_week } کاتژمێر
       *[other] { $school_hours_per_week } کاتژمێر
    } لە هەفتەیەکدا، بە هەفتەی تەواو یان بە ڕۆژی جیا. بۆ نموونە دانیمارکی، یان خولی کورتی کار (AMU). خولەکان زۆربەی کات بەخۆڕایین.

# $board_lodging_km (Number) - km from home to the course and back; MORE than this gives help for food and a bed, from facts.yaml
# $board_lodging_max_per_night (String) - most money a night for food and a bed, with the currency word of the language ("500 Danish kroner"), from facts.yaml
# The money usually comes back through the school that runs the course (facts.yaml: board_lodging_paid_by).
about-lodging-ask = خولی AMU دوورە؟ ئەگەر ڕێگای چوون و گەڕانەوە زیاتر لە { $board_lodging_km } کیلۆمەتر بێت، دەکرێت پارەی خواردن و جێی خەوت بۆ بدرێت، لانیزۆر { $board_lodging_max_per_night } بۆ هەر شەوێک. پسووڵەکان هەڵبگرە: پارەکە زۆربەی کات لە ڕێگەی ئەو دامەزراوەیەوە دەگەڕێتەوە کە خولەکە دەکات.

# The six kinds of courses that count in IGU (BEK 1825/2023 § 6). AMU is always one part.
about-school-types-ask = چی دەتوانیت فێر بیت؟ دانیمارکی. AMU: خولی کورتی کار، بۆ نموونە لێخوڕینی فۆرکلیفت یان پاکوخاوێنی. FVU: خوێندنەوە، نووسین و بیرکاری. AVU: وانەی گشتی بۆ گەورەساڵان. HF: تاکە وانە. FGU: خوێندنێکی بنەڕەتی کە بۆ زیاتر ئامادەت دەکات. AMU هەمیشە بەشێکە لە IGU. پلانی خوێندنەکەت دەڵێت چی دەخوێنیت.

## Finding an IGU job

# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-job-ask = چۆن کارێکی IGU بدۆزیتەوە: لە Jobnet (jobnet.dk) بۆ کاری IGU بگەڕێ. خۆت پرسیار لە کۆمپانیاکان بکە، هەروەها لەو کۆمپانیایەی کە پێشتر ڕاهێنانی کارت (praktik) لێ کردووە. شارەوانییەکەت دەتوانێت یارمەتیت بدات کۆمپانیایەک بدۆزیتەوە. خولە نوێیەکانی IGU دەتوانن تا { $start_deadline } دەست پێ بکەن.

## How IGU starts

# The deadline for VITAS is not given on purpose: the only source is from 2018.
about-agreement-info = IGU چۆن دەست پێ دەکات: کۆمپانیاکە بەڵگەنامەکانت دەپشکنێت. تۆ و کۆمپانیاکە ڕێککەوتنێکی نووسراوی IGU دەربارەی کارەکەت واژۆ دەکەن. پێکەوە پلانی خوێندن بۆ هەفتەکانی خول دادەنێن. کەمێک دوای واژۆکردن، کۆمپانیاکە ڕێککەوتنەکە لە سیستەمێک بە ناوی VITAS تۆمار دەکات. شارەوانییەکەت یاسا وردەکان دەزانێت.

# $bonus_amount (String) - employer bonus, each payment, with the currency word of the language ("20,000 Danish kroner"), from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
# The second payment only when the IGU is completed (facts.yaml: bonus_second_needs).
about-agreement-bonus-ask =
    باشە ئەمە بە کۆمپانیا بڵێیت: کۆمپانیایەکی تایبەت دەتوانێت { $bonus_amount } وەربگرێت دوای { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } مانگ
       *[other] { $bonus_first_after_months } مانگ
    } لە IGU، و { $bonus_amount } ی تر کاتێک IGU تەواو دەبێت دوای { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } ساڵ
       *[other] { $bonus_second_after_years } ساڵ
    }. هەروەها شوێنە گشتییەکانی کار، وەک شارەوانی، دەتوانن IGU پێشکەش بکەن، بەڵام پاداشت (bonus) وەرناگرن.

## After IGU

# $dimittend_deadline_days (Number) - days after IGU ends to ask an a-kasse to join as a new graduate, from facts.yaml
# Other a-kasse conditions apply: "may join", and the a-kasse decides.
about-after-ask =
    کاتێک IGU تەواو دەبێت، کۆمپانیاکە بڕوانامەیەکت پێ دەدات. کاتێک بەدوای کار یان خوێندنی زیاتردا دەگەڕێیت، نیشانی بدە. دەتوانیت وەک دەرچوویەکی نوێ ببیتە ئەندامی a-kasse (سندووقی بیمەی بێکاری). لانیدرەنگ { $dimittend_deadline_days ->
        [one] { $dimittend_deadline_days } ڕۆژ
       *[other] { $dimittend_deadline_days } ڕۆژ
    } دوای کۆتایی IGU داوای ئەندامبوون بکە، ئەگەر نا ئەو مافە لەدەست دەدەیت.

## Buttons (at most 30 characters)

about-button-more = زیاترم پێ بڵێ
about-button-join = دەتوانم بەشداری بکەم؟
about-button-interest = من ئارەزوومەندم
about-button-next = بابەتی داهاتوو
about-button-continue = بەردەوام بە
about-button-topics = بابەتی تر
about-button-pay = مووچە و پارە
about-button-school = خولەکان
about-button-school-types = چی دەتوانم فێر بم؟
about-button-lodging = خولی دوور لە ماڵ
about-button-job = دۆزینەوەی کاری IGU
about-button-agreement = IGU چۆن دەست پێ دەکات
about-button-after = دوای IGU
about-button-stories = چیرۆکی نموونە
