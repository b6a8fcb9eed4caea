### Flow "about" in Dari (prs): what IGU is for a learner - a short start, then a sub-menu of topics (pay, school, finding a job, how IGU starts, after IGU) and the example stories.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Dari words used in this file: کورس (course; never مکتب, a children's school), معاش (pay), شاروالی (municipality, kommune),
# پلان درسی (teaching plan), تصدیق‌نامه (certificate).
# Dari uses the singular noun after a number, so the [one] and [other] variants are the same.

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
about-start-ask =
    IGU یک کار همراه با کورس‌های آموزشی است. { $duration_years ->
        [one] { $duration_years } سال
       *[other] { $duration_years } سال
    } دوام می‌کند. شما در یک شرکت در دنمارک کار می‌کنید و معاش می‌گیرید، به طور اوسط دست‌کم { $work_hours_min ->
        [one] { $work_hours_min } ساعت
       *[other] { $work_hours_min } ساعت
    } در هفته. همچنان { $school_weeks ->
        [one] { $school_weeks } هفته
       *[other] { $school_weeks } هفته
    } در کورس‌های آموزشی اشتراک می‌کنید. IGU برای پناهندگان، کسانی که با خانواده یکجا شده‌اند و بعضی کسانی است که اجازه اقامت خاص دارند.

about-topics-ask = درباره IGU چه چیزی می‌خواهید بدانید؟ یک موضوع را انتخاب کنید.

## Pay

about-pay-ask = معاش: در وقت کار، معاش شاگردی (معاش EGU) را طبق قرارداد جمعی کار در شرکت می‌گیرید. پس یک مبلغ برای همه نیست. در هفته‌های کورس معاش نیست، اما از شاروالی کمک‌هزینه می‌گیرید. پیش از شروع، از شاروالی خود بپرسید که IGU برای پول شما چه معنی دارد.

# $allowance_paid_months_later (Number) - the allowances are paid this many months later (1), from facts.yaml
about-allowance-ask =
    پول در هفته‌های کورس: هر ماهی که کورس دارید، از شاروالی خود کمک‌هزینه تحصیلی درخواست می‌کنید. در همان درخواست، کمک‌هزینه رفت‌وآمد را هم می‌خواهید. شاروالی هر دو را { $allowance_paid_months_later ->
        [one] یک ماه بعد
       *[other] { $allowance_paid_months_later } ماه بعد
    } می‌پردازد.

## School

# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
# "Usually free" (facts.yaml: school_fee): some courses can cost something.
about-school-ask =
    کورس‌ها: در مجموع { $school_weeks ->
        [one] { $school_weeks } هفته
       *[other] { $school_weeks } هفته
    }، { $school_hours_per_week ->
        [one] { $school_hours_per_week } ساعت
       *[other] { $school_hours_per_week } ساعت
    } در هفته، به شکل هفته‌های کامل یا روزهای جدا. مثلاً زبان دنمارکی، یا کورس‌های کوتاه کاری (AMU). کورس‌ها معمولاً رایگان هستند.

# $board_lodging_km (Number) - km from home to the course and back; MORE than this gives help for food and a bed, from facts.yaml
# $board_lodging_max_per_night (String) - most money a night for food and a bed, with the currency word of the language ("500 Danish kroner"), from facts.yaml
# The money usually comes back through the school that runs the course (facts.yaml: board_lodging_paid_by).
about-lodging-ask = کورس AMU دور است؟ اگر رفت و برگشت بیشتر از { $board_lodging_km } کیلومتر باشد، مصرف غذا و جای خواب شما پرداخته شده می‌تواند، حداکثر { $board_lodging_max_per_night } برای هر شب. رسیدها را نگه کنید: پول معمولاً از طریق نهادی که کورس را برگزار می‌کند پس داده می‌شود.

# The six kinds of courses that count in IGU (BEK 1825/2023 § 6). AMU is always one part.
about-school-types-ask = چه یاد گرفته می‌توانید؟ زبان دنمارکی. AMU: کورس‌های کوتاه کاری، مثلاً راندن فورک‌لیفت یا حفظ‌الصحه. FVU: خواندن، نوشتن و ریاضی. AVU: مضمون‌های عمومی برای بزرگسالان. HF: مضمون‌های جدا. FGU: آموزش اساسی که شما را برای درس بیشتر آماده می‌کند. AMU همیشه جزء IGU است. پلان درسی شما می‌گوید چه می‌خوانید.

## Finding an IGU job

# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-job-ask = چطور کار IGU پیدا کنید: در Jobnet (jobnet.dk) کارهای IGU را جستجو کنید. خودتان از شرکت‌ها بپرسید، همچنان از شرکتی که در آن کارآموزی (praktik) کرده‌اید. شاروالی شما می‌تواند در پیدا کردن یک شرکت کمک کند. دوره‌های تازه IGU تا { $start_deadline } می‌توانند شروع شوند.

## How IGU starts

# The deadline for VITAS is not given on purpose: the only source is from 2018.
about-agreement-info = IGU چطور شروع می‌شود: شرکت اسناد شما را بررسی می‌کند. شما و شرکت یک قرارداد کتبی IGU درباره کار شما امضا می‌کنید. با هم یک پلان درسی برای هفته‌های کورس می‌سازید. کمی بعد از امضا، شرکت قرارداد را در سیستمی به نام VITAS ثبت می‌کند. شاروالی شما مقررات دقیق را می‌داند.

# $bonus_amount (String) - employer bonus, each payment, with the currency word of the language ("20,000 Danish kroner"), from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
# The second payment only when the IGU is completed (facts.yaml: bonus_second_needs).
about-agreement-bonus-ask =
    خوب است به شرکت بگویید: یک شرکت خصوصی می‌تواند بعد از { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } ماه
       *[other] { $bonus_first_after_months } ماه
    } IGU مبلغ { $bonus_amount } پاداش بگیرد، و وقتی IGU تکمیل شد، بعد از { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } سال
       *[other] { $bonus_second_after_years } سال
    } { $bonus_amount } دیگر. جاهای کار دولتی، مانند شاروالی، هم می‌توانند IGU پیشنهاد کنند، اما پاداش نمی‌گیرند.

## After IGU

# $dimittend_deadline_days (Number) - days after IGU ends to ask an a-kasse to join as a new graduate, from facts.yaml
# Other a-kasse conditions apply: "may join", and the a-kasse decides.
about-after-ask =
    وقتی IGU تمام می‌شود، شرکت یک تصدیق‌نامه به شما می‌دهد. وقتی دنبال کار یا درس بیشتر هستید، آن را نشان بدهید. می‌توانید به حیث فارغ‌التحصیل تازه عضو یک a-kasse (صندوق بیمه بیکاری) شوید. حداکثر تا { $dimittend_deadline_days ->
        [one] { $dimittend_deadline_days } روز
       *[other] { $dimittend_deadline_days } روز
    } بعد از ختم IGU درخواست عضویت بدهید، ورنه این حق را از دست می‌دهید.

## Buttons (at most 30 characters)

about-button-more = بیشتر بگویید
about-button-join = آیا می‌توانم شامل شوم؟
about-button-interest = علاقه دارم
about-button-next = موضوع بعدی
about-button-continue = ادامه
about-button-topics = موضوعات دیگر
about-button-pay = معاش و پول
about-button-school = کورس‌ها
about-button-school-types = چه چیزی یاد می‌گیرم؟
about-button-lodging = کورس دور از خانه
about-button-job = پیدا کردن کار IGU
about-button-agreement = IGU چطور شروع می‌شود
about-button-after = بعد از IGU
about-button-stories = قصه‌های نمونه
