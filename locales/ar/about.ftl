### Flow "about" (Arabic): what IGU is for a learner - a short start, then a sub-menu of topics (pay, school, finding a job, how IGU starts, after IGU) and the example stories.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
about-start-ask =
    IGU هو عمل مع دراسة. مدته { $duration_years ->
        [zero] { $duration_years } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $duration_years } سنوات
        [many] { $duration_years } سنة
       *[other] { $duration_years } سنة
    }. تعمل بأجر في شركة في الدنمارك، في المتوسط { $work_hours_min ->
        [zero] { $work_hours_min } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $work_hours_min } ساعات
        [many] { $work_hours_min } ساعة
       *[other] { $work_hours_min } ساعة
    } على الأقل في الأسبوع. وتحضر أيضًا دورات تعليمية لمدة { $school_weeks ->
        [zero] { $school_weeks } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $school_weeks } أسابيع
        [many] { $school_weeks } أسبوعًا
       *[other] { $school_weeks } أسبوع
    }. IGU للاجئين، وللقادمين عبر لمّ الشمل، ولبعض الأشخاص الذين لديهم تصريح خاص.

about-topics-ask = ماذا تريد أن تعرف عن IGU؟ اضغط على موضوع.

## Pay

about-pay-ask = الأجر: في العمل تحصل على أجر متدرب (أجر EGU) حسب الاتفاقية الجماعية في الشركة، لذلك لا يوجد مبلغ واحد للجميع. في أسابيع الدورات لا تحصل على أجر، بل على بدل من بلديتك. اسأل بلديتك قبل أن تبدأ: ماذا يعني IGU لدخلك؟

# $allowance_paid_months_later (Number) - the allowances are paid this many months later (1), from facts.yaml
about-allowance-ask =
    المال في أسابيع الدورات: في كل شهر فيه دورات، تقدّم طلبًا إلى بلديتك للحصول على بدل دراسة. وفي الطلب نفسه تطلب بدل مواصلات. تدفع البلدية الاثنين بعد { $allowance_paid_months_later ->
        [zero] { $allowance_paid_months_later } شهر
        [one] شهر
        [two] شهرين
        [few] { $allowance_paid_months_later } أشهر
        [many] { $allowance_paid_months_later } شهرًا
       *[other] { $allowance_paid_months_later } شهر
    }.

## School

# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
# "Usually free" (facts.yaml: school_fee): some courses can cost something.
about-school-ask =
    الدورات: { $school_weeks ->
        [zero] { $school_weeks } أسبوع
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $school_weeks } أسابيع
        [many] { $school_weeks } أسبوعًا
       *[other] { $school_weeks } أسبوع
    } في المجموع، { $school_hours_per_week ->
        [zero] { $school_hours_per_week } ساعة
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $school_hours_per_week } ساعات
        [many] { $school_hours_per_week } ساعة
       *[other] { $school_hours_per_week } ساعة
    } في الأسبوع، أسابيع كاملة أو أيام منفردة. مثلًا اللغة الدنماركية، أو دورات عمل قصيرة (AMU). الدورات مجانية عادةً.

# $board_lodging_km (Number) - km from home to the course and back; MORE than this gives help for food and a bed, from facts.yaml
# $board_lodging_max_per_night (String) - most money a night for food and a bed, with the currency word of the language ("500 Danish kroner"), from facts.yaml
# The money usually comes back through the school that runs the course (facts.yaml: board_lodging_paid_by).
about-lodging-ask = هل دورة AMU بعيدة؟ إذا كانت رحلة الذهاب والعودة أكثر من { $board_lodging_km } كم، يمكن أن تُدفع تكاليف طعامك ومبيتك، بحد أقصى { $board_lodging_max_per_night } لليلة الواحدة. احتفظ بالإيصالات: يعود المال عادةً عن طريق المؤسسة التي تنظّم الدورة.

# The six kinds of courses that count in IGU (BEK 1825/2023 § 6). AMU is always one part.
about-school-types-ask = ماذا يمكنك أن تتعلم؟ اللغة الدنماركية. AMU: دورات عمل قصيرة، مثلًا قيادة الرافعة الشوكية أو النظافة الصحية. FVU: القراءة والكتابة والحساب. AVU: مواد عامة للكبار. مواد منفردة من HF. FGU: تعليم أساسي يجهّزك لتعليم أكثر. AMU دائمًا جزء من IGU. خطة التعليم الخاصة بك تحدد ما تدرسه.

## Finding an IGU job

# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-job-ask = كيف تجد عمل IGU: ابحث عن وظائف IGU في Jobnet (jobnet.dk). اسأل الشركات بنفسك، وأيضًا شركة قمت فيها بتدريب عملي (praktik). يمكن لبلديتك أن تساعدك في إيجاد شركة. يمكن أن تبدأ برامج IGU جديدة حتى { $start_deadline }.

## How IGU starts

# The deadline for VITAS is not given on purpose: the only source is from 2018.
about-agreement-info = كيف يبدأ IGU: الشركة تفحص أوراقك. أنت والشركة توقّعان اتفاقية IGU مكتوبة عن عملك. ومعًا تضعان خطة تعليم لأسابيع الدورات. بعد التوقيع بوقت قصير، تسجّل الشركة الاتفاقية في نظام اسمه VITAS. بلديتك تعرف القواعد الدقيقة.

# $bonus_amount (String) - employer bonus, each payment, with the currency word of the language ("20,000 Danish kroner"), from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
# The second payment only when the IGU is completed (facts.yaml: bonus_second_needs).
about-agreement-bonus-ask =
    معلومة مفيدة للشركة: يمكن للشركة الخاصة أن تحصل على { $bonus_amount } بعد { $bonus_first_after_months ->
        [zero] { $bonus_first_after_months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $bonus_first_after_months } أشهر
        [many] { $bonus_first_after_months } شهرًا
       *[other] { $bonus_first_after_months } شهر
    } من IGU، و{ $bonus_amount } أخرى عندما يكتمل IGU بعد { $bonus_second_after_years ->
        [zero] { $bonus_second_after_years } سنة
        [one] سنة واحدة
        [two] سنتين
        [few] { $bonus_second_after_years } سنوات
        [many] { $bonus_second_after_years } سنة
       *[other] { $bonus_second_after_years } سنة
    }. أماكن العمل العامة، مثل البلدية، يمكنها أيضًا أن تقدّم IGU، لكنها لا تحصل على مكافأة.

## After IGU

# $dimittend_deadline_days (Number) - days after IGU ends to ask an a-kasse to join as a new graduate, from facts.yaml
# Other a-kasse conditions apply: "may join", and the a-kasse decides.
about-after-ask =
    عندما ينتهي IGU، تعطيك الشركة شهادة. أظهرها عندما تبحث عن عمل أو تعليم إضافي. قد تستطيع أن تنضم إلى a-kasse (صندوق تأمين ضد البطالة) كخرّيج جديد. اطلب الانضمام خلال { $dimittend_deadline_days ->
        [zero] { $dimittend_deadline_days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $dimittend_deadline_days } أيام
        [many] { $dimittend_deadline_days } يومًا
       *[other] { $dimittend_deadline_days } يوم
    } على الأكثر بعد انتهاء IGU، وإلا تفقد هذا الحق.

## Buttons (at most 30 characters)

about-button-more = أخبرني المزيد
about-button-join = هل يمكنني المشاركة؟
about-button-interest = أنا مهتم/ة
about-button-next = الموضوع التالي
about-button-continue = متابعة
about-button-topics = مواضيع أخرى
about-button-pay = الأجر والمال
about-button-school = الدورات
about-button-school-types = ماذا يمكنني أن أتعلم؟
about-button-lodging = دورة بعيدة عن البيت
about-button-job = البحث عن عمل IGU
about-button-agreement = كيف يبدأ IGU
about-button-after = بعد IGU
about-button-stories = قصص توضيحية
