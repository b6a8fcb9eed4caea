### Flow "about" in Persian (fa): what IGU is for a learner - a short start, then a sub-menu of topics (pay, school, finding a job, how IGU starts, after IGU) and the example stories.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
about-start-ask =
    IGU یک کار همراه با دوره‌های آموزشی است. { $duration_years ->
        [one] { $duration_years } سال
       *[other] { $duration_years } سال
    } طول می‌کشد. شما در یک شرکت در دانمارک کار می‌کنید و حقوق می‌گیرید، به طور میانگین دست‌کم { $work_hours_min ->
        [one] { $work_hours_min } ساعت
       *[other] { $work_hours_min } ساعت
    } در هفته. همچنین { $school_weeks ->
        [one] { $school_weeks } هفته
       *[other] { $school_weeks } هفته
    } در دوره‌های آموزشی شرکت می‌کنید. IGU برای پناهندگان، کسانی که با الحاق خانواده آمده‌اند و بعضی افراد با اجازه اقامت ویژه است.

about-topics-ask = درباره IGU چه می‌خواهید بدانید؟ روی یک موضوع بزنید.

## Pay

about-pay-ask = حقوق: سر کار، حقوق کارآموزی (حقوق EGU) را طبق قرارداد جمعی کار در آن شرکت می‌گیرید. پس یک مبلغ برای همه نیست. در هفته‌های دوره حقوق نمی‌گیرید، اما از شهرداری کمک‌هزینه می‌گیرید. قبل از شروع، از شهرداری خود بپرسید IGU برای پول شما چه معنایی دارد.

# $allowance_paid_months_later (Number) - the allowances are paid this many months later (1), from facts.yaml
about-allowance-ask =
    پول در هفته‌های دوره: هر ماهی که دوره دارید، از شهرداری خود کمک‌هزینه تحصیلی درخواست می‌کنید. در همان درخواست، کمک‌هزینه رفت‌وآمد هم می‌خواهید. شهرداری هر دو را { $allowance_paid_months_later ->
        [one] یک ماه بعد
       *[other] { $allowance_paid_months_later } ماه بعد
    } می‌پردازد.

## School

# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
# "Usually free" (facts.yaml: school_fee): some courses can cost something.
about-school-ask =
    دوره‌ها: در کل { $school_weeks ->
        [one] { $school_weeks } هفته
       *[other] { $school_weeks } هفته
    }، { $school_hours_per_week ->
        [one] { $school_hours_per_week } ساعت
       *[other] { $school_hours_per_week } ساعت
    } در هفته، به صورت هفته‌های کامل یا روزهای جدا. مثلاً زبان دانمارکی، یا دوره‌های کوتاه شغلی (AMU). دوره‌ها معمولاً رایگان هستند.

# $board_lodging_km (Number) - km from home to the course and back; MORE than this gives help for food and a bed, from facts.yaml
# $board_lodging_max_per_night (String) - most money a night for food and a bed, with the currency word of the language ("500 Danish kroner"), from facts.yaml
# The money usually comes back through the school that runs the course (facts.yaml: board_lodging_paid_by).
about-lodging-ask = دوره AMU دور است؟ اگر راه رفت و برگشت بیشتر از { $board_lodging_km } کیلومتر باشد، هزینه غذا و جای خواب شما می‌تواند پرداخت شود، حداکثر { $board_lodging_max_per_night } برای هر شب. رسیدها را نگه دارید: پول معمولاً از طریق مؤسسه‌ای که دوره را برگزار می‌کند برمی‌گردد.

# The six kinds of courses that count in IGU (BEK 1825/2023 § 6). AMU is always one part.
about-school-types-ask = چه چیزی می‌توانید یاد بگیرید؟ دانمارکی. AMU: دوره‌های کوتاه شغلی، مثلاً رانندگی لیفتراک یا بهداشت. FVU: خواندن، نوشتن و ریاضی. AVU: درس‌های عمومی برای بزرگسالان. درس‌های جداگانه HF. FGU: آموزش پایه که شما را برای ادامه آماده می‌کند. AMU همیشه جزو IGU است. برنامه آموزشی شما می‌گوید چه می‌خوانید.

## Finding an IGU job

# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-job-ask = چطور کار IGU پیدا کنید: در Jobnet (jobnet.dk) دنبال کارهای IGU بگردید. خودتان از شرکت‌ها بپرسید، از شرکتی هم که در آن کارآموزی (praktik) کرده‌اید. شهرداری شما می‌تواند کمک کند یک شرکت پیدا کنید. دوره‌های جدید IGU تا { $start_deadline } می‌توانند شروع شوند.

## How IGU starts

# The deadline for VITAS is not given on purpose: the only source is from 2018.
about-agreement-info = IGU چطور شروع می‌شود: شرکت مدارک شما را بررسی می‌کند. شما و شرکت یک قرارداد کتبی IGU درباره کار شما امضا می‌کنید. با هم یک برنامه آموزشی برای هفته‌های دوره می‌نویسید. کمی بعد از امضا، شرکت قرارداد را در سیستمی به نام VITAS ثبت می‌کند. شهرداری شما قوانین دقیق را می‌داند.

# $bonus_amount (String) - employer bonus, each payment, with the currency word of the language ("20,000 Danish kroner"), from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
# The second payment only when the IGU is completed (facts.yaml: bonus_second_needs).
about-agreement-bonus-ask =
    خوب است به شرکت بگویید: یک شرکت خصوصی می‌تواند بعد از { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } ماه
       *[other] { $bonus_first_after_months } ماه
    } IGU پاداش { $bonus_amount } بگیرد، و وقتی IGU کامل شد، بعد از { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } سال
       *[other] { $bonus_second_after_years } سال
    } { $bonus_amount } دیگر. محل‌های کار دولتی، مثل شهرداری، هم می‌توانند کار IGU بدهند، اما پاداش نمی‌گیرند.

## After IGU

# $dimittend_deadline_days (Number) - days after IGU ends to ask an a-kasse to join as a new graduate, from facts.yaml
# Other a-kasse conditions apply: "may join", and the a-kasse decides.
about-after-ask =
    وقتی IGU تمام می‌شود، شرکت یک گواهی به شما می‌دهد. وقتی دنبال کار یا آموزش بیشتر هستید، آن را نشان دهید. می‌توانید به عنوان فارغ‌التحصیل تازه عضو یک a-kasse (صندوق بیمه بیکاری) شوید. حداکثر تا { $dimittend_deadline_days ->
        [one] { $dimittend_deadline_days } روز
       *[other] { $dimittend_deadline_days } روز
    } بعد از پایان IGU درخواست عضویت بدهید، وگرنه این حق را از دست می‌دهید.

## Buttons (at most 30 characters)

about-button-more = بیشتر بگویید
about-button-join = آیا می‌توانم وارد IGU شوم؟
about-button-interest = علاقه‌مند هستم
about-button-next = موضوع بعدی
about-button-continue = ادامه
about-button-topics = موضوع‌های دیگر
about-button-pay = حقوق و پول
about-button-school = دوره‌ها
about-button-school-types = چه چیزی یاد می‌گیرم؟
about-button-lodging = دوره دور از خانه
about-button-job = پیدا کردن کار IGU
about-button-agreement = IGU چطور شروع می‌شود
about-button-after = بعد از IGU
about-button-stories = داستان‌های نمونه
