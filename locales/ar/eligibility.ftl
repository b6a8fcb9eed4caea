### Flow "eligibility" (Arabic): a first check by buttons. It never says "yes, you can": the company checks papers, the municipality advises.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

eligibility-start-ask = لنرَ إن كان IGU قد يناسبك. سأطرح 3 أسئلة قصيرة. لا نرسل شيئًا لأحد بدون موافقتك. كم عمرك؟ اكتب عمرك بالأرقام.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-years-ask =
    هل كان لديك عنوان في الدنمارك (في سجل CPR) لمدة { $years_in_dk_max ->
        [zero] { $years_in_dk_max } سنة
        [one] سنة واحدة
        [two] سنتين
        [few] { $years_in_dk_max } سنوات
        [many] { $years_in_dk_max } سنة
       *[other] { $years_in_dk_max } سنة
    } أو أقل؟ احسب كل السنوات التي كان لك فيها عنوان هنا.

# "Refugee" means every permit the IGU law counts as a refugee's (facts.yaml: refugee_permits):
# asylum, UN quota refugees, humanitarian and other protection permits.
eligibility-basis-ask = ما نوع تصريح الإقامة الذي لديك؟ اختر «لاجئ» أيضًا إذا جئت كلاجئ ضمن حصة الأمم المتحدة، أو إذا كان لديك تصريح إنساني أو تصريح حماية آخر.

## Results

# $age_max (Number) - upper age limit (under), judged when IGU starts, from facts.yaml
# $igu_per_person (Number) - how many IGU courses one person can take (1), from facts.yaml
eligibility-likely =
    خبر جيد: قد يكون IGU ممكنًا لك. يجب أن يكون عمرك أقل من { $age_max } عندما يبدأ IGU، ويمكن لكل شخص أن يأخذ IGU { $igu_per_person ->
        [zero] { $igu_per_person } مرة
        [one] مرة واحدة فقط
        [two] مرتين فقط
        [few] { $igu_per_person } مرات فقط
        [many] { $igu_per_person } مرة فقط
       *[other] { $igu_per_person } مرة فقط
    }. هذه ليست إجابة نهائية: الشركة وبلديتك تتحققان من ذلك معك.
eligibility-documents = قبل أن يبدأ IGU، تتحقق الشركة من أنك تستطيع المشاركة. جهّز واحدًا من هذه: رسالة تصريح الإقامة من دائرة الهجرة الدنماركية، أو بطاقة الإقامة، أو مستخرج من سجل CPR (bopælsattest).
eligibility-ukraine = بالنسبة للأوكرانيين، يعتمد IGU على تصريح ساري المفعول حسب القانون الخاص (særloven). بلديتك تتحقق إن كان تصريحك ساريًا وإلى متى. القواعد قد تتغير، لذلك يرجى السؤال قبل أن تضع خططًا.
eligibility-next-ask = هل تريد أن تتواصل معك بلديتك بخصوص IGU؟
eligibility-unsure = لا بأس. كثير من الناس غير متأكدين. يمكن لشخص من بلديتك أن يتحقق من ذلك معك.

# $age_min (Number) - lowest age to start IGU, from facts.yaml
eligibility-too-young =
    IGU للأشخاص الذين عمرهم { $age_min ->
        [zero] { $age_min } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $age_min } سنوات
        [many] { $age_min } سنة
       *[other] { $age_min } سنة
    } على الأقل عند بداية IGU. لذلك IGU غير ممكن لك بعد. ومع ذلك يمكن لبلديتك أن تساعدك في العمل أو التعليم.

# $age_max (Number) - upper age limit (under), from facts.yaml
eligibility-too-old =
    IGU للأشخاص الذين عمرهم أقل من { $age_max ->
        [zero] { $age_max } سنة
        [one] سنة واحدة
        [two] سنتين
        [few] { $age_max } سنوات
        [many] { $age_max } سنة
       *[other] { $age_max } سنة
    } عند بداية IGU. لذلك IGU على الأغلب غير ممكن لك. ومع ذلك يمكن لبلديتك أن تساعدك في إيجاد طرق أخرى إلى العمل.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-too-long =
    IGU للأشخاص الذين كان لهم عنوان في الدنمارك لمدة تصل إلى { $years_in_dk_max ->
        [zero] { $years_in_dk_max } سنة
        [one] سنة واحدة
        [two] سنتين
        [few] { $years_in_dk_max } سنوات
        [many] { $years_in_dk_max } سنة
       *[other] { $years_in_dk_max } سنة
    }. لذلك IGU على الأغلب غير ممكن لك. ومع ذلك يمكن لبلديتك أن تساعدك في إيجاد طرق أخرى إلى العمل.

# Shown before the "talk to a person" question: a permit of another name may still count.
eligibility-other-basis = لتصاريح الإقامة أسماء كثيرة، وقد يُحسب تصريحك لـ IGU. يمكن لشخص من بلديتك أن يتحقق من تصريحك معك.
eligibility-not-ask = هل تريد التحدث مع شخص من بلديتك؟

## Buttons (at most 30 characters)

eligibility-button-no-say = أفضّل عدم الإجابة
eligibility-button-years-over = لا، أكثر من ذلك
eligibility-button-not-sure = لا أعرف بالضبط
eligibility-button-refugee = لاجئ
eligibility-button-family = لمّ شمل العائلة
eligibility-button-ukraine = القانون الخاص للأوكرانيين
eligibility-button-afghan = القانون الخاص للأفغان
eligibility-button-other = تصريح آخر
eligibility-button-interest = نعم، تواصلوا معي
eligibility-button-about = ما هو IGU؟
eligibility-button-documents = ما الأوراق التي أحتاجها؟
