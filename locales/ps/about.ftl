### Flow "about" in Pashto (ps): what IGU is for a learner - a short start, then a sub-menu of topics (pay, school, finding a job, how IGU starts, after IGU) and the example stories.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Pashto words used in this file: کورس (course; never ښوونځی, a children's school), معاش (pay), ښاروالي (municipality, kommune),
# دوره (an IGU course as a whole), د زده کړې پلان (teaching plan), سند (certificate).
# After a number above one Pashto uses the plural: کال → کاله, ساعت → ساعته, میاشت → میاشتې;
# اونۍ (week) is the same in both forms.

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
about-start-ask =
    IGU له کورسونو سره یوځای کار دی. { $duration_years ->
        [one] { $duration_years } کال
       *[other] { $duration_years } کاله
    } دوام کوي. تاسو په ډنمارک کې په یوه شرکت کې کار کوئ او معاش اخلئ، په اوسط ډول په اونۍ کې لږ تر لږه { $work_hours_min ->
        [one] { $work_hours_min } ساعت
       *[other] { $work_hours_min } ساعته
    }. تاسو { $school_weeks ->
        [one] { $school_weeks } اونۍ
       *[other] { $school_weeks } اونۍ
    } په کورسونو کې هم ګډون کوئ. IGU د کډوالو، د کورنۍ د یوځای کېدو له لارې راغلو کسانو او ځینو هغو کسانو لپاره دی چې ځانګړې اجازه لري.

about-topics-ask = د IGU په اړه څه غواړئ پوه شئ؟ یوه موضوع وټاکئ.

## Pay

about-pay-ask = معاش: په کار کې تاسو د شرکت د ټولیز تړون له مخې د شاګردۍ معاش (EGU معاش) اخلئ، نو د ټولو لپاره یو شان اندازه نشته. د کورس په اونیو کې معاش نشته، خو له ښاروالۍ څخه مرسته اخلئ. مخکې له پیله له خپلې ښاروالۍ وپوښتئ چې IGU ستاسو پر پیسو څه اغېز کوي.

# $allowance_paid_months_later (Number) - the allowances are paid this many months later (1), from facts.yaml
about-allowance-ask =
    د کورس په اونیو کې پیسې: هره هغه میاشت چې کورس لرئ، له خپلې ښاروالۍ د زده کړې د مرستې غوښتنه کوئ. په همدې غوښتنلیک کې د تګ راتګ مرسته هم غواړئ. ښاروالي دواړه { $allowance_paid_months_later ->
        [one] یوه میاشت وروسته
       *[other] { $allowance_paid_months_later } میاشتې وروسته
    } ورکوي.

## School

# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
# "Usually free" (facts.yaml: school_fee): some courses can cost something.
about-school-ask =
    کورسونه: ټولټال { $school_weeks ->
        [one] { $school_weeks } اونۍ
       *[other] { $school_weeks } اونۍ
    }، په اونۍ کې { $school_hours_per_week ->
        [one] { $school_hours_per_week } ساعت
       *[other] { $school_hours_per_week } ساعته
    }، بشپړې اونۍ یا جلا ورځې. لکه ډنمارکي ژبه، یا د کار لنډ کورسونه (AMU). کورسونه معمولاً وړیا دي.

# $board_lodging_km (Number) - km from home to the course and back; MORE than this gives help for food and a bed, from facts.yaml
# $board_lodging_max_per_night (String) - most money a night for food and a bed, with the currency word of the language ("500 Danish kroner"), from facts.yaml
# The money usually comes back through the school that runs the course (facts.yaml: board_lodging_paid_by).
about-lodging-ask = د AMU کورس لرې دی؟ که تګ او راتګ له { $board_lodging_km } کیلومترو زیات وي، د خوړو او خوب ځای لګښت مو ورکول کېدای شي، هره شپه تر { $board_lodging_max_per_night } پورې. رسیدونه وساتئ: پیسې معمولاً د هغې ادارې له لارې بېرته درکول کېږي چې کورس جوړوي.

# The six kinds of courses that count in IGU (BEK 1825/2023 § 6). AMU is always one part.
about-school-types-ask = څه زده کولای شئ؟ ډنمارکي ژبه. AMU: د کار لنډ کورسونه، لکه د فورک لیفټ چلول یا حفظ الصحه. FVU: لوستل، لیکل او حساب. AVU: د لویانو لپاره عمومي مضمونونه. د HF جلا مضمونونه. FGU: بنسټیزه زده کړه چې تاسو نورې زده کړې ته چمتو کوي. AMU تل د IGU برخه ده. ستاسو د زده کړې پلان ښيي چې څه لولئ.

## Finding an IGU job

# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-job-ask = د IGU کار څنګه پیدا کړئ: په Jobnet (jobnet.dk) کې د IGU کارونه ولټوئ. پخپله له شرکتونو وپوښتئ، له هغه شرکت هم چې هلته مو عملي کار (praktik) کړی و. ستاسو ښاروالي کولای شي د شرکت په موندلو کې مرسته درسره وکړي. د IGU نوې دورې تر { $start_deadline } پورې پیل کېدای شي.

## How IGU starts

# The deadline for VITAS is not given on purpose: the only source is from 2018.
about-agreement-info = IGU څنګه پیل کېږي: شرکت ستاسو اسناد ګوري. تاسو او شرکت ستاسو د کار په اړه یو لیکلی IGU تړون لاسلیکوئ. په ګډه د کورس د اونیو لپاره د زده کړې پلان جوړوئ. له لاسلیک لږ وروسته شرکت تړون په VITAS نومي سیستم کې ثبتوي. ستاسو ښاروالي دقیق قواعد پېژني.

# $bonus_amount (String) - employer bonus, each payment, with the currency word of the language ("20,000 Danish kroner"), from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
# The second payment only when the IGU is completed (facts.yaml: bonus_second_needs).
about-agreement-bonus-ask =
    ښه ده چې شرکت ته یې ووایئ: یو خصوصي شرکت کولای شي { $bonus_amount } ترلاسه کړي کله چې د IGU { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } میاشت
       *[other] { $bonus_first_after_months } میاشتې
    } پوره شي، او نور { $bonus_amount } کله چې IGU له { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } کال
       *[other] { $bonus_second_after_years } کاله
    } وروسته بشپړ شي. دولتي کارځایونه، لکه ښاروالي، هم IGU وړاندې کولای شي، خو دا پیسې نه اخلي.

## After IGU

# $dimittend_deadline_days (Number) - days after IGU ends to ask an a-kasse to join as a new graduate, from facts.yaml
# Other a-kasse conditions apply: "may join", and the a-kasse decides.
about-after-ask =
    کله چې IGU پای ته ورسېږي، شرکت تاسو ته سند درکوي. کله چې کار یا نوره زده کړه لټوئ، دا سند وښایئ. تاسو کولای شئ د نوي فارغ التحصیل په توګه په یوه a-kasse (د بېکارۍ د بیمې صندوق) کې ګډون وکړئ. د IGU له پای وروسته تر ډېره { $dimittend_deadline_days ->
        [one] { $dimittend_deadline_days } ورځ
       *[other] { $dimittend_deadline_days } ورځو
    } پورې د غړیتوب غوښتنه وکړئ، که نه دا حق له لاسه ورکوئ.

## Buttons (at most 30 characters)

about-button-more = نور معلومات
about-button-join = زه ګډون کولای شم؟
about-button-interest = زه لېواله یم
about-button-next = بله موضوع
about-button-continue = دوام ورکړئ
about-button-topics = نورې موضوعګانې
about-button-pay = معاش او پیسې
about-button-school = کورسونه
about-button-school-types = څه زده کولای شم؟
about-button-lodging = له کوره لرې کورس
about-button-job = د IGU کار پیدا کول
about-button-agreement = IGU څنګه پیل کېږي
about-button-after = له IGU وروسته
about-button-stories = د بېلګې کیسې
