### Flow "about" in Pashto (ps): what IGU is for a learner - a short start, then a sub-menu of topics (pay, school, finding a job, how IGU starts, after IGU) and the example stories.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Pashto words used in this file: ښوونځی (school), معاش (pay), ښاروالي (municipality, kommune),
# کورس (course), دوره (an IGU course as a whole), د زده کړې پلان (teaching plan), سند (certificate).
# After a number above one Pashto uses the plural: کال → کاله, ساعت → ساعته, میاشت → میاشتې;
# اونۍ (week) is the same in both forms.

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of school in an IGU course, from facts.yaml
about-start-ask =
    IGU له ښوونځي سره یوځای کار دی. { $duration_years ->
        [one] { $duration_years } کال
       *[other] { $duration_years } کاله
    } دوام کوي. تاسو په ډنمارک کې په یوه شرکت کې کار کوئ او معاش اخلئ، په اوسط ډول په اونۍ کې لږ تر لږه { $work_hours_min ->
        [one] { $work_hours_min } ساعت
       *[other] { $work_hours_min } ساعته
    }. تاسو { $school_weeks ->
        [one] { $school_weeks } اونۍ
       *[other] { $school_weeks } اونۍ
    } ښوونځي ته هم ځئ. IGU د کډوالو، د کورنۍ د یوځای کېدو له لارې راغلو کسانو او ځینو هغو کسانو لپاره دی چې ځانګړې اجازه لري.

about-topics-ask = د IGU په اړه څه غواړئ پوه شئ؟ یوه موضوع وټاکئ.

## Pay

about-pay-ask = معاش: په کار کې تاسو د شرکت د ټولیز تړون له مخې د شاګردۍ معاش (EGU معاش) اخلئ، نو د ټولو لپاره یو شان اندازه نشته. د ښوونځي په اونیو کې معاش نشته: هره میاشت له خپلې ښاروالۍ څخه د زده کړې د مرستې غوښتنه کوئ. مخکې له پیله له هغوی وپوښتئ چې IGU ستاسو پر پیسو څه اغېز کوي.

## School

# $school_weeks (Number) - weeks of school in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of school, from facts.yaml
# $board_lodging_km (Number) - km from home to school and back from which help for food and a bed is possible, from facts.yaml
# $board_lodging_max_per_night (Number) - most DKK a day for food and a bed, from facts.yaml
about-school-ask =
    ښوونځی: ټولټال { $school_weeks ->
        [one] { $school_weeks } اونۍ
       *[other] { $school_weeks } اونۍ
    }، په اونۍ کې { $school_hours_per_week ->
        [one] { $school_hours_per_week } ساعت
       *[other] { $school_hours_per_week } ساعته
    }، بشپړې اونۍ یا جلا ورځې. لکه ډنمارکي ژبه یا د کار کورسونه (AMU). ښوونځی وړیا دی. آیا د AMU کورس ته تګ او راتګ { $board_lodging_km } کیلومتره یا زیات دی؟ نو د خوړو او د خوب ځای لپاره مرسته اخیستلای شئ، په ورځ کې تر { $board_lodging_max_per_night } kr. پورې.

# The six kinds of school that count in IGU (BEK 1825/2023 § 6). AMU is always one part.
about-school-types-ask = څه زده کولای شئ؟ ډنمارکي ژبه. AMU: د کار لنډ کورسونه، لکه د فورک لیفټ چلول یا حفظ الصحه. FVU: لوستل، لیکل او حساب. AVU: د لویانو لپاره د ښوونځي مضمونونه. د HF جلا مضمونونه. FGU: بنسټیزه زده کړه چې تاسو نورې زده کړې ته چمتو کوي. AMU تل د IGU برخه ده. ستاسو د زده کړې پلان ښيي چې څه لولئ.

## Finding an IGU job

# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-job-ask = د IGU کار څنګه پیدا کړئ: په Jobnet (jobnet.dk) کې د IGU کارونه ولټوئ. پخپله له شرکتونو وپوښتئ، له هغه شرکت هم چې هلته مو عملي کار (praktik) کړی و. ستاسو ښاروالي کولای شي د شرکت په موندلو کې مرسته درسره وکړي. د IGU نوې دورې تر { $start_deadline } پورې پیل کېدای شي.

## How IGU starts

# The deadline for VITAS is not given on purpose: the only source is from 2018.
about-agreement-info = IGU څنګه پیل کېږي: شرکت ستاسو اسناد ګوري. تاسو او شرکت ستاسو د کار په اړه یو لیکلی IGU تړون لاسلیکوئ. په ګډه د ښوونځي د اونیو لپاره د زده کړې پلان جوړوئ. له لاسلیک لږ وروسته شرکت تړون په VITAS نومي سیستم کې ثبتوي. ستاسو ښاروالي دقیق قواعد پېژني.

# $bonus_amount (Number) - employer bonus in DKK, each payment, from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
about-agreement-bonus-ask =
    ښه ده چې شرکت ته یې ووایئ: یو خصوصي شرکت کولای شي { $bonus_amount } kr. ترلاسه کړي کله چې د IGU { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } میاشت
       *[other] { $bonus_first_after_months } میاشتې
    } پوره شي، او بیا کله چې { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } کال
       *[other] { $bonus_second_after_years } کاله
    } پوره شي. دولتي کارځایونه، لکه ښاروالي، هم IGU وړاندې کولای شي، خو دا پیسې نه اخلي.

## After IGU

# The a-kasse rules for new graduates (dimittend) are not confirmed: always "ask an a-kasse".
about-after-ask = کله چې IGU پای ته ورسېږي، شرکت تاسو ته د IGU سند درکوي. کله چې نوی کار یا نوره زده کړه لټوئ، دا سند وښایئ. ښايي تاسو وکولای شئ د نوي فارغ التحصیل په توګه په یوه a-kasse (د بېکارۍ د بیمې صندوق) کې هم ګډون وکړئ. مخکې له دې چې IGU مو پای ته ورسېږي، له یوه a-kasse څخه د قواعدو پوښتنه وکړئ.

## Buttons (at most 30 characters)

about-button-more = نور معلومات
about-button-join = زه ګډون کولای شم؟
about-button-interest = زه لېواله یم
about-button-next = بله موضوع
about-button-topics = نورې موضوعګانې
about-button-pay = معاش او پیسې
about-button-school = ښوونځی
about-button-school-types = څه زده کولای شم؟
about-button-job = د IGU کار پیدا کول
about-button-agreement = IGU څنګه پیل کېږي
about-button-after = له IGU وروسته
about-button-stories = د بېلګې کیسې
