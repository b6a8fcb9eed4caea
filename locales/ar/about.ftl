### Flow "about" (Arabic): what IGU is for a learner - a short start, then a sub-menu of topics (pay, school, finding a job, how IGU starts, after IGU) and the example stories.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of school in an IGU course, from facts.yaml
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
    } على الأقل في الأسبوع. وتذهب أيضًا إلى المدرسة لمدة { $school_weeks ->
        [zero] { $school_weeks } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $school_weeks } أسابيع
        [many] { $school_weeks } أسبوعًا
       *[other] { $school_weeks } أسبوع
    }. IGU للاجئين، وللقادمين عبر لمّ الشمل، ولبعض الأشخاص الذين لديهم تصريح خاص.

about-topics-ask = ماذا تريد أن تعرف عن IGU؟ اضغط على موضوع.

## Pay

about-pay-ask = الأجر: في العمل تحصل على أجر متدرب (أجر EGU) حسب الاتفاقية الجماعية في الشركة، لذلك لا يوجد مبلغ واحد للجميع. في أسابيع الدراسة لا يوجد أجر: كل شهر تقدّم طلبًا إلى بلديتك للحصول على بدل دراسة. اسأل بلديتك قبل أن تبدأ: ماذا يعني IGU لدخلك؟

## School

# $school_weeks (Number) - weeks of school in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of school, from facts.yaml
# $board_lodging_km (Number) - km from home to school and back from which help for food and a bed is possible, from facts.yaml
# $board_lodging_max_per_night (Number) - most DKK a day for food and a bed, from facts.yaml
about-school-ask =
    المدرسة: { $school_weeks ->
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
    } في الأسبوع، أسابيع كاملة أو أيام منفردة. مثلًا دروس اللغة الدنماركية أو دورات مهنية (AMU). الدراسة مجانية. هل طريق الذهاب إلى دورة AMU والعودة منها { $board_lodging_km } كم أو أكثر؟ عندها يمكنك الحصول على مساعدة للطعام والمبيت، حتى { $board_lodging_max_per_night } kr. في اليوم.

# The six kinds of school that count in IGU (BEK 1825/2023 § 6). AMU is always one part.
about-school-types-ask = ماذا يمكنك أن تتعلم؟ اللغة الدنماركية. AMU: دورات عمل قصيرة، مثلًا قيادة الرافعة الشوكية أو النظافة الصحية. FVU: القراءة والكتابة والحساب. AVU: مواد مدرسية للكبار. مواد منفردة من HF. FGU: تعليم أساسي يجهّزك لتعليم أكثر. AMU دائمًا جزء من IGU. خطة التعليم الخاصة بك تحدد ما تدرسه.

## Finding an IGU job

# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-job-ask = كيف تجد عمل IGU: ابحث عن وظائف IGU في Jobnet (jobnet.dk). اسأل الشركات بنفسك، وأيضًا شركة قمت فيها بتدريب عملي (praktik). يمكن لبلديتك أن تساعدك في إيجاد شركة. يمكن أن تبدأ برامج IGU جديدة حتى { $start_deadline }.

## How IGU starts

# The deadline for VITAS is not given on purpose: the only source is from 2018.
about-agreement-info = كيف يبدأ IGU: الشركة تفحص أوراقك. أنت والشركة توقّعان اتفاقية IGU مكتوبة عن عملك. ومعًا تضعان خطة تعليم لأسابيع الدراسة. بعد التوقيع بوقت قصير، تسجّل الشركة الاتفاقية في نظام اسمه VITAS. بلديتك تعرف القواعد الدقيقة.

# $bonus_amount (Number) - employer bonus in DKK, each payment, from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
about-agreement-bonus-ask =
    معلومة مفيدة للشركة: يمكن للشركة الخاصة أن تحصل على { $bonus_amount } kr. بعد { $bonus_first_after_months ->
        [zero] { $bonus_first_after_months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $bonus_first_after_months } أشهر
        [many] { $bonus_first_after_months } شهرًا
       *[other] { $bonus_first_after_months } شهر
    } من IGU، ومرة أخرى بعد { $bonus_second_after_years ->
        [zero] { $bonus_second_after_years } سنة
        [one] سنة واحدة
        [two] سنتين
        [few] { $bonus_second_after_years } سنوات
        [many] { $bonus_second_after_years } سنة
       *[other] { $bonus_second_after_years } سنة
    }. أماكن العمل العامة، مثل البلدية، يمكنها أيضًا أن تقدّم IGU، لكنها لا تحصل على مكافأة.

## After IGU

# The a-kasse rules for new graduates (dimittend) are not confirmed: always "ask an a-kasse".
about-after-ask = عندما ينتهي IGU، تعطيك الشركة شهادة عن IGU. أظهرها عندما تبحث عن عمل جديد أو تعليم إضافي. قد تستطيع أيضًا أن تنضم إلى a-kasse (صندوق تأمين ضد البطالة) كخرّيج جديد. اسأل a-kasse عن القواعد قبل أن ينتهي IGU.

## Buttons (at most 30 characters)

about-button-more = أخبرني المزيد
about-button-join = هل يمكنني المشاركة؟
about-button-interest = أنا مهتم/ة
about-button-next = الموضوع التالي
about-button-topics = مواضيع أخرى
about-button-pay = الأجر والمال
about-button-school = المدرسة
about-button-school-types = ماذا يمكنني أن أتعلم؟
about-button-job = البحث عن عمل IGU
about-button-agreement = كيف يبدأ IGU
about-button-after = بعد IGU
about-button-stories = قصص توضيحية
