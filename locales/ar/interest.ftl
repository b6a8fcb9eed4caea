### Flow "interest" (Arabic): the interest form. Only what the municipality needs to contact the person, then consent.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

interest-name-ask = سأطرح بضعة أسئلة قصيرة، حتى تتمكن بلديتك من التواصل معك. أولًا: ما اسمك؟

interest-name-latin-ask = كيف يُكتب اسمك بالحروف اللاتينية (A, B, C) على بطاقة الإقامة (opholdskort)؟ إذا كنت لا تعرف، اضغط على الزر.
interest-municipality-ask = في أي بلدية (kommune) تسكن؟ اكتب الاسم، مثلًا Aarhus أو Odense.
interest-contact-ask = كيف تفضّل أن تتواصل معك بلديتك؟
interest-phone-ask = ما رقم هاتفك؟ مثلًا 20 12 34 56.
interest-email-ask = ما عنوان بريدك الإلكتروني؟
interest-interpreter-ask = هل تريد مترجمًا عندما تتحدث مع بلديتك؟
interest-danish-ask = كم تتكلم من اللغة الدنماركية؟ كل إجابة مقبولة.
interest-work-ask = ما نوع العمل الذي تحبه؟ اختر الأنسب لك. يمكنك أن تتحدث مع بلديتك عن أعمال أخرى لاحقًا.

# Asked only on Telegram, after the questions and before the consent question. "Yes" means one
# message some days later (locales/ar/followup.ftl); "no" means none. Do not state a number of days.
interest-followup-ask = هل تسمح أن يرسل لك igubot رسالة قصيرة واحدة هنا بعد بضعة أيام، ليسألك هل تواصلت معك بلديتك؟

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the lead's fields), not "your answers".
interest-consent-ask =
    هل تسمح لنا أن نرسل اسمك (وبالحروف اللاتينية أيضًا)، وهاتفك أو بريدك الإلكتروني، وبلديتك، ولغتك، وحاجتك إلى مترجم، ومستوى لغتك الدنماركية، ومجال العمل، ونتيجة «هل يمكنني المشاركة؟» إلى قسم التوظيف في { $municipality_name }؟ فقط للتواصل معك بخصوص IGU. نحتفظ بها حتى يُغلق ملفك، وبعد ذلك لمدة أقصاها { $lead_retention_months ->
        [zero] { $lead_retention_months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $lead_retention_months } أشهر
        [many] { $lead_retention_months } شهرًا
       *[other] { $lead_retention_months } شهر
    }.

# $name (String) - the name the person wrote
interest-saved = شكرًا، { $name }! ستتواصل معك بلديتك للحديث عن IGU وعمّا هو ممكن لك. هذا ليس عرض عمل: أنت والشركة تتفقان على IGU معًا.
interest-not-saved = حسنًا. لم نحفظ أي شيء. يمكنك ملء الاستمارة مرة أخرى في أي وقت من القائمة.

## Buttons (at most 30 characters)

interest-button-phone = مكالمة هاتفية
interest-button-sms = رسالة SMS
interest-button-email = بريد إلكتروني
interest-button-danish-none = لا شيء
interest-button-danish-little = قليلًا
interest-button-danish-good = بشكل جيد
interest-button-work-retail = المتاجر والبيع
interest-button-work-service = التنظيف والخدمات
interest-button-work-transport = النقل والمستودعات
interest-button-work-food = المطبخ والطعام
interest-button-work-building = البناء والحِرَف
interest-button-work-other = شيء آخر
interest-button-name-latin-skip = لا أعرف / تخطَّ
