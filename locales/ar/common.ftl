### Shared messages of igubot (Arabic): buttons, help, and the reasons shown when an answer is not valid.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

## Buttons used in many flows

common-yes = نعم
common-no = لا
common-menu = القائمة الرئيسية
common-offer-human = التحدث مع شخص
# A form's municipality question when the link the person came by (a poster's) named one.
# $hint_municipality_name (String) - that municipality's Danish name, e.g. Aarhus
common-municipality-hint-ask = هل تسكن في { $hint_municipality_name }؟
common-button-other-municipality = لا، بلدية أخرى

## Replies to typed messages

# Said before 2 or 3 buttons, each a topic the message may be about, and "Talk to a person".
common-did-you-mean = هل تقصد أحد هذه؟
common-not-understood = عذرًا، لم أفهم ذلك. يمكنني أن أشرح لك IGU، وأن أتحقق إن كان بإمكانك المشاركة، وأن أنقل اهتمامك إلى بلديتك. اسأل بكلمات قليلة، أو اضغط على زر.
common-hello = مرحبًا! 👋
common-welcome = على الرحب والسعة!
common-ack = 👍
# Never shown: words that, typed as the whole message at a question that waits for typed
# text (a name, a phone number), leave the form for the main menu. Comma-separated; add the
# words people of this language type to stop (English and Danish ones work in every language).
common-stop-words = توقف, وقف, قف, الغاء, إلغاء, خروج, بس
# A button after typed messages the bot could not place (at most 30 characters).
common-send-question = أرسل سؤالي إلى البلدية

## Messages the engine can show on any step

common-help =
    اضغط على زر للإجابة. يمكنك أيضًا كتابة هذه الكلمات:
    /menu – القائمة الرئيسية
    /back – السؤال السابق
    /language – تغيير اللغة
    /human – التحدث مع شخص
    /forget – حذف بياناتك
common-error = عذرًا، حدث خطأ. يرجى المحاولة مرة أخرى، أو اكتب /menu للبدء من جديد.
common-resume = تم تحديث هذه المحادثة. نكمل من حيث توقفت.
common-ended = أهلًا بعودتك! هذه هي القائمة الرئيسية.
common-form-already-sent = تم إرسال هذا النموذج بالفعل. لم تعد إجاباتك محفوظة في هذه المحادثة. لإرسال نموذج جديد، اختره مرة أخرى من القائمة.

## Reasons for an answer that is not valid (the question is then asked again)

error-empty = يرجى كتابة إجابة.
# $max_length (Number) - the most characters the answer may have
error-too-long =
    هذا طويل جدًا. يرجى ألّا تكتب أكثر من { $max_length ->
        [zero] { $max_length } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max_length } أحرف
        [many] { $max_length } حرفًا
       *[other] { $max_length } حرف
    }.
error-number = يرجى كتابة رقم بالأرقام، مثلًا 3.
# $minimum (Number) - the smallest number allowed
# $maximum (Number) - the biggest number allowed
error-number-range = يرجى كتابة رقم من { $minimum } إلى { $maximum }.
error-age = يرجى كتابة عمرك بالأرقام، مثلًا 34.
error-phone = هذا لا يبدو رقم هاتف. يرجى كتابته هكذا: 20 12 34 56
error-email = هذا لا يبدو عنوان بريد إلكتروني. يرجى كتابته هكذا: name@example.com
error-municipality = لم أجد هذه البلدية. يرجى كتابة اسمها، مثلًا Aarhus، أو رقمها، مثلًا 751.
error-latin = يرجى كتابة اسمك بالحروف اللاتينية (A, B, C) كما على بطاقة الإقامة، أو اضغط على الزر للتخطي.
error-choose = يرجى الضغط على أحد الأزرار.

## Check before consent: a consent question first shows what it sends, one answer a line

common-review = يرجى التحقق من إجاباتك:
common-review-line = { $label }: { $value }
common-review-ok = كل شيء صحيح
common-review-change = تغيير إجابة
common-review-which = أي إجابة تريد تغييرها؟
common-review-send = نعم، أرسل

## The answers' labels in that list and on their buttons (at most 30 characters)

review-field-name = الاسم
review-field-municipality = البلدية
review-field-contact = التواصل عبر
review-field-phone = الهاتف
review-field-email = البريد الإلكتروني
review-field-interpreter = مترجم
review-field-danish_level = اللغة الدنماركية
review-field-work_area = العمل
review-field-followup_ok = رسالة بعد أيام
review-field-question = سؤالك
review-field-company = الشركة
review-field-name_latin = الاسم بالحروف اللاتينية
review-field-eligibility = نتيجة «هل يمكنني المشاركة؟»
review-field-eligibility-likely = قد يكون IGU ممكنًا
review-field-eligibility-ukraine = يعتمد على تصريحك
review-field-eligibility-unsure = لست متأكدًا بعد
review-field-eligibility-not_eligible = على الأرجح غير ممكن
