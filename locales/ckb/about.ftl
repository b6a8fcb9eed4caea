### Flow "about" in Central Kurdish (Sorani, ckb): what IGU is for a learner - a short start, then a sub-menu of topics (pay, school, finding a job, how IGU starts, after IGU) and the example stories.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of school in an IGU course, from facts.yaml
# Sorani keeps the noun singular after a number (1 ساڵ، 2 ساڵ), so both variants look alike.
about-start-ask =
    IGU کارێکە لەگەڵ قوتابخانە. بۆ ماوەی { $duration_years ->
        [one] { $duration_years } ساڵ
       *[other] { $duration_years } ساڵ
    } درێژە دەکێشێت. لە کۆمپانیایەک لە دانیمارک کار دەکەیت و مووچە وەردەگریت، بە تێکڕایی لانیکەم { $work_hours_min ->
        [one] { $work_hours_min } کاتژمێر
       *[other] { $work_hours_min } کاتژمێر
    } لە هەفتەیەکدا. هەروەها { $school_weeks ->
        [one] { $school_weeks } هەفتە
       *[other] { $school_weeks } هەفتە
    } دەچیتە قوتابخانە. IGU بۆ پەنابەران، ئەو کەسانەی بە کۆکردنەوەی خێزان هاتوون، و هەندێک کەسی خاوەن مۆڵەتی تایبەتە.

about-topics-ask = دەتەوێت چی دەربارەی IGU بزانیت؟ بابەتێک دابگرە.

## Pay

about-pay-ask = مووچە: لە کاردا مووچەی شاگردی (مووچەی EGU) وەردەگریت، بەپێی ڕێککەوتنی بەکۆمەڵی کۆمپانیاکە. بۆیە یەک بڕە پارە بۆ هەمووان نییە. لە هەفتەکانی قوتابخانەدا مووچە نییە: هەموو مانگێک داوای یارمەتیی خوێندن لە شارەوانییەکەت (kommune) دەکەیت. پێش دەستپێکردن، لێیان بپرسە IGU چ کاریگەرییەکی لەسەر پارەکەت دەبێت.

## School

# $school_weeks (Number) - weeks of school in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of school, from facts.yaml
# $board_lodging_km (Number) - km from home to school and back from which help for food and a bed is possible, from facts.yaml
# $board_lodging_max_per_night (Number) - most DKK a day for food and a bed, from facts.yaml
about-school-ask =
    قوتابخانە: بە گشتی { $school_weeks ->
        [one] { $school_weeks } هەفتە
       *[other] { $school_weeks } هەفتە
    }، { $school_hours_per_week ->
        [one] { $school_hours_per_week } کاتژمێر
       *[other] { $school_hours_per_week } کاتژمێر
    } لە هەفتەیەکدا، بە هەفتەی تەواو یان بە ڕۆژی جیا. بۆ نموونە دانیمارکی یان خولی کار (AMU). قوتابخانە بەخۆڕاییە. ئایا ڕێگای خولی AMU، چوون و گەڕانەوە، { $board_lodging_km } کیلۆمەتر یان زیاترە؟ ئەوا دەتوانیت بۆ خواردن و جێی خەو یارمەتی وەربگریت، هەتا { $board_lodging_max_per_night } kr. لە ڕۆژێکدا.

# The six kinds of school that count in IGU (BEK 1825/2023 § 6). AMU is always one part.
about-school-types-ask = چی دەتوانیت فێر بیت؟ دانیمارکی. AMU: خولی کورتی کار، بۆ نموونە لێخوڕینی فۆرکلیفت یان پاکوخاوێنی. FVU: خوێندنەوە، نووسین و بیرکاری. AVU: وانەی قوتابخانە بۆ گەورەساڵان. HF: تاکە وانە. FGU: خوێندنێکی بنەڕەتی کە بۆ زیاتر ئامادەت دەکات. AMU هەمیشە بەشێکە لە IGU. پلانی خوێندنەکەت دەڵێت چی دەخوێنیت.

## Finding an IGU job

# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-job-ask = چۆن کارێکی IGU بدۆزیتەوە: لە Jobnet (jobnet.dk) بۆ کاری IGU بگەڕێ. خۆت پرسیار لە کۆمپانیاکان بکە، هەروەها لەو کۆمپانیایەی کە پێشتر ڕاهێنانی کارت (praktik) لێ کردووە. شارەوانییەکەت دەتوانێت یارمەتیت بدات کۆمپانیایەک بدۆزیتەوە. خولە نوێیەکانی IGU دەتوانن تا { $start_deadline } دەست پێ بکەن.

## How IGU starts

# The deadline for VITAS is not given on purpose: the only source is from 2018.
about-agreement-info = IGU چۆن دەست پێ دەکات: کۆمپانیاکە بەڵگەنامەکانت دەپشکنێت. تۆ و کۆمپانیاکە ڕێککەوتنێکی نووسراوی IGU دەربارەی کارەکەت واژۆ دەکەن. پێکەوە پلانی خوێندن بۆ هەفتەکانی قوتابخانە دادەنێن. کەمێک دوای واژۆکردن، کۆمپانیاکە ڕێککەوتنەکە لە سیستەمێک بە ناوی VITAS تۆمار دەکات. شارەوانییەکەت یاسا وردەکان دەزانێت.

# $bonus_amount (Number) - employer bonus in DKK, each payment, from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
about-agreement-bonus-ask =
    باشە ئەمە بە کۆمپانیا بڵێیت: کۆمپانیایەکی تایبەت دەتوانێت { $bonus_amount } kr. وەربگرێت دوای { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } مانگ
       *[other] { $bonus_first_after_months } مانگ
    } لە IGU، و جارێکی تر دوای { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } ساڵ
       *[other] { $bonus_second_after_years } ساڵ
    }. هەروەها شوێنە گشتییەکانی کار، وەک شارەوانی، دەتوانن IGU پێشکەش بکەن، بەڵام پاداشت (bonus) وەرناگرن.

## After IGU

# The a-kasse rules for new graduates (dimittend) are not confirmed: always "ask an a-kasse".
about-after-ask = کاتێک IGU تەواو دەبێت، کۆمپانیاکە بڕوانامەیەکت بۆ IGU پێ دەدات. کاتێک بەدوای کارێکی نوێ یان خوێندنی زیاتردا دەگەڕێیت، نیشانی بدە. لەوانەیە هەروەها بتوانیت وەک دەرچوویەکی نوێ ببیتە ئەندامی a-kasse (سندووقی بیمەی بێکاری). پێش تەواوبوونی IGU، دەربارەی یاساکان پرسیار لە a-kasse بکە.

## Buttons (at most 30 characters)

about-button-more = زیاترم پێ بڵێ
about-button-join = دەتوانم بەشداری بکەم؟
about-button-interest = من ئارەزوومەندم
about-button-next = بابەتی داهاتوو
about-button-topics = بابەتی تر
about-button-pay = مووچە و پارە
about-button-school = قوتابخانە
about-button-school-types = چی دەتوانم فێر بم؟
about-button-job = دۆزینەوەی کاری IGU
about-button-agreement = IGU چۆن دەست پێ دەکات
about-button-after = دوای IGU
about-button-stories = چیرۆکی نموونە
