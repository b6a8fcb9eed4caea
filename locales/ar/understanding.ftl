### Understanding typed messages in Arabic (ar): example phrasings and keywords
### per topic. The bot never says these texts: a matcher compares what a
### learner types with them and picks a topic.
### Review status: draft (machine-assisted; needs review by a native speaker)
### The examples are machine-assisted drafts for a native speaker to review.
### They mix Levantine (Syrian), Iraqi, Egyptian/Sudanese, Gulf/Yemeni and
### standard Arabic, Arabizi (Latin letters with 2 3 5 7), and Danish words
### learners use (løn, SU, kommune, praktik ...). One example per line; the
### .keywords are single words or short terms, separated by commas.

## Questions about IGU

# Topic about: what IGU is in general.
understand-about =
    شو هو IGU
    شنو يعني IGU
    ايش هو برنامج IGU
    يعني ايه IGU
    وش هو IGU
    ما هو التعليم الأساسي للاندماج
    اشرحلي عن IGU
    ممكن تشرح لي شو هو IGU
    شلون يشتغل برنامج IGU
    ابي اعرف عن IGU
    سمعت عن IGU شو هاد
    عرفني على IGU
    integrationsgrunduddannelse شو يعني
    shu hwa IGU
    eish ya3ni igu
    .keywords = اشرح, اشرحلي, تشرح, عرفني, التعليم الأساسي, الاندماج, shu hwa

# Topic pay: the wage in IGU (løn), per month or per hour, tax.
understand-pay =
    كم الراتب
    كم الراتب بال IGU
    قديش الراتب
    قديش رح اقبض بالشهر
    كم راح اخذ فلوس بالشهر
    شكد الراتب
    شكد يطلع المعاش
    الراتب كام
    هقبض كام في الشهر
    كم الأجر في الساعة
    بكم الساعة
    كم يعطوني بالساعة
    كم المعاش بالشهر
    ما هو الأجر في برنامج IGU
    الراتب قبل الضريبة ولا بعد
    كم ال løn في IGU
    قديش ال løn
    kam al ratib
    2addeish el ma3ash
    kam ra7 a5od flos
    .keywords = راتب, الراتب, معاش, المعاش, أجر, فلوس, løn, ratib, ma3ash

# Topic school: the 23 weeks of school, courses (AMU), language school.
understand-school =
    في مدرسة بال IGU
    هل في دراسة
    شو رح ادرس
    شو بندرس بالمدرسة
    شنو ندرس
    ايش ادرس في المدرسة
    كم أسبوع مدرسة
    23 أسبوع مدرسة شو يعني
    وين المدرسة
    المدرسة كل يوم
    في كورسات
    شو هي دورات AMU
    لازم اروح على sprogskole
    في دروس لغة بالمدرسة
    الدراسة بتكون فين
    في دراسة واجد
    fi madrase
    shu badros
    .keywords = مدرسة, المدرسة, دراسة, ادرس, كورسات, دورات, AMU, sprogskole

# Topic job: finding a workplace for IGU; who finds it; praktik confusion.
understand-job =
    كيف لاقي شغل
    كيف ألاقي شغل
    شلون الكه شغل
    ازاي الاقي شغل
    كيف القى وظيفة
    ابغى وظيفة
    بدي شغل
    محتاج شغل
    عايز اشتغل
    مين بيلاقيلي الشغل
    من يدور لي على شركة
    لازم انا دور على شغل
    شو نوع الشغل
    شو الفرق بين praktik و IGU
    هل هو praktik ولا شغل حقيقي
    ما عندي شغل ساعدوني
    ابحث عن عمل
    اريد عمل
    انا اريد عمل
    3ayez ashta8al
    badi sho8el
    كيف الاقي صاحب عمل
    .keywords = شغل, وظيفة, اشتغل, الاقي شغل, ابحث عن عمل, praktik, ashta8al, الاقي صاحب عمل

# Topic start: how an IGU starts: the agreement, who signs, first steps.
understand-start =
    كيف ابدأ
    شلون ابدي
    كيف يبدأ IGU
    من وين ابدأ
    شو أول خطوة
    شنو اول شي اسويه
    ايه أول حاجة اعملها
    مين بيوقع العقد
    شو هو اتفاق IGU
    العقد بيني وبين الشركة
    وقتيش بقدر ابلش
    امتى ابدأ
    متى يبدأ IGU
    kif ballesh
    .keywords = ابدأ, ابدا, ابلش, يبدأ, عقد, العقد, اتفاق, يوقع, أول خطوة

# Topic after: what happens when IGU ends; a-kasse; more jobs or education.
understand-after =
    شو بصير بعد IGU
    بعد السنتين شو
    شو بعد ما يخلص IGU
    وبعدين شو بصير
    بعد ما يخلص IGU بضل بالشغل
    هل الشركة رح تخليني بعد IGU
    ايش يصير بعد السنتين
    شنو يصير من يخلص
    ممكن اكمل دراسة بعد IGU
    بعد IGU لازم a-kasse
    باخد شهادة بالآخر
    هيحصل ايه بعد ما يخلص
    ba3d IGU shu
    .keywords = بعد IGU, بعد السنتين, بعدين, يخلص, ينتهي, a-kasse, شهادة, ba3d

# Topic stories: examples of people who did IGU.
understand-stories =
    في أمثلة
    قصص ناس عملوا IGU
    بدي اسمع تجربة حدا
    مين عمل IGU قبل
    اعطيني مثال
    تجارب ناس
    في حدا نجح بال IGU
    احكيلي قصة
    امثلة لناس زينا
    واحد سوى IGU قبل شلون كانت
    في عرب عملوا IGU
    qesas nas
    .keywords = قصص, قصة, أمثلة, امثلة, مثال, تجربة, تجارب, نجح, qesas

# Topic eligibility: can I join, who is it for, the conditions.
understand-eligibility =
    هل بقدر اعمل IGU
    اقدر اشارك بال IGU
    مسموح لي
    هل انا مؤهل
    مين يحق له IGU
    ما هي الشروط
    شو الشروط
    شنو الشروط
    ايه الشروط
    انا لاجئ هل بقدر
    انا جيت لم شمل ممكن اسوي IGU
    انا من اوكرانيا ممكن
    انا لاجئة بقدر اشارك
    مين بيقدر يعمل IGU
    هل يحق لي
    IGU لمين
    ينفع اقدم
    اگدر اسوي IGU
    momken asharek
    ana laje2 ba2dar
    مين بيقدر يقدم
    مين يحق له التقديم على IGU
    ممكن اقدم على IGU
    عندي لجوء وإقامة هل ينفع اقدم
    بالحماية المؤقتة ممكن اشارك
    هل ممكن اقدم اذا انا لاجئ
    ممكن اسجل وانا لاجئ
    شو نوع الاقامة المطلوبة
    .keywords = شروط, الشروط, مؤهل, يحق, مسموح, لاجئ, لم شمل, ينفع اقدم, shurut, بقدر اقدم, ممكن اقدم, ممكن اسجل, بقدر اسجل, ممكن اشارك, بقدر اشارك, معي اقامة, عندي اقامة, معي لجوء, عندي لجوء

# Topic interest: I want to do IGU, sign me up, register.
understand-interest =
    بدي اعمل IGU
    انا مهتم
    انا مهتمة
    سجلني
    بدي سجل
    ابي اسجل
    عايز اسجل في IGU
    اريد اشترك
    اريد التسجيل
    كيف اسجل
    حابب اشارك
    مهتم بال IGU
    ابغى اشترك
    اكتب اسمي
    سجلوني بالبرنامج
    بدي IGU
    محتاج اسجل
    ana mohtam
    bade sajel
    .keywords = مهتم, مهتمة, سجلني, اسجل, تسجيل, اشترك, سجلوني, mohtam, sajel

# Topic human: talk to a person, call me, the kommune or jobcenter.
understand-human =
    بدي احكي مع شخص
    بدي احكي مع حدا حقيقي
    ابي اكلم احد
    اريد احچي ويا شخص
    عايز اكلم حد
    اتصلوا فيني
    اتصل بي
    كلموني
    ممكن حدا يتصل علي
    رقم الهاتف
    بدي موظف
    بدي احكي مع الكومونه
    كيف اتواصل مع kommune
    بدي احكي مع jobcenter
    انت روبوت بدي انسان
    ابي موظف بشري
    ابغى رقم التلفون
    وين اسأل شخص
    momken a7ki ma3 7ada
    ettasel fiye
    .keywords = شخص, انسان, اتصل, اتصلوا, موظف, كلموني, kommune, jobcenter

# Topic privacy: what the bot does with my data, who sees it.
understand-privacy =
    شو بتعملوا بمعلوماتي
    وين بتروح بياناتي
    مين بيشوف معلوماتي
    هل معلوماتي بأمان
    ايش تسوون ببياناتي
    شنو تسوون بمعلوماتي
    بتعملوا ايه بالبيانات بتاعتي
    هل المحادثة سرية
    هل البيانات محمية
    الخصوصية
    مين بيقرأ رسائلي
    هل تحفظوا اسمي ورقمي
    .keywords = خصوصية, الخصوصية, بياناتي, البيانات, سرية, محمية, بأمان, GDPR

# Topic forget: delete my data.
understand-forget =
    امسح معلوماتي
    احذف بياناتي
    بدي تمسحوا كل شي عني
    امسحوا رقمي
    شيلو اسمي
    احذفوا معلوماتي من عندكم
    ابي تحذفون بياناتي
    امسح بياناتي بليز
    انسى معلوماتي
    ما بدي تخلوا معلوماتي عندكم
    حذف البيانات
    emsa7 ma3lomati
    .keywords = امسح, احذف, حذف, مسح, احذفوا, امسحوا, شيلو, انسى, forget, emsa7

# Topic language: change the language of the conversation.
understand-language =
    غير اللغة
    تغيير اللغة
    بدي لغة تانية
    ابي لغة ثانية
    ممكن بالعربي
    احكي عربي
    كلمني بالعربي
    بدي بالانجليزي
    لغة ثانية لو سمحت
    بدي غير اللغة
    ما بفهم هاي اللغة
    English please
    3arabi please
    .keywords = تغيير اللغة, غير اللغة, لغة تانية, لغة ثانية, بالعربي

# Topic employer: I am an employer or a company that wants to hire.
understand-employer =
    انا صاحب شركة
    انا صاحب عمل
    عندي شركة وبدي وظف حدا
    شركتي بدها توظف بال IGU
    بدي وظف حدا بال IGU
    انا مدير مطعم بدي عامل عن طريق IGU
    كيف الشركة تاخذ عامل IGU
    عندي محل وابي اوظف
    انا صاحب مطعم
    شركتنا تبي توظف
    كيف اوظف شخص بال IGU
    الشركة بتاخد دعم
    .keywords = صاحب شركة, صاحب عمل, شركتي, اوظف, توظيف, شركتنا, arbejdsgiver

# Topic benefits: money in school weeks; kontanthjælp, SU, boligstøtte.
understand-benefits =
    رح اخسر kontanthjælp
    رح يقطعوا عني المساعدة
    بضل اخد المساعدة من الكومونه
    وقت المدرسة مين بيدفعلي
    أسابيع المدرسة بيدفعولي
    هل اخذ SU
    بتأثر على integrationsydelse
    هل تنقطع الإعانة
    بيقطعوا المعونة
    ال boligstøtte بتنقص
    الدعم السكني بيتأثر
    هل اخسر إعانة الأطفال
    فلوس الأطفال بتتأثر
    شو بصير بالمساعدة الاجتماعية
    بيعطوني مصروف وقت الدراسة
    بيعطوني فلوس بوقت المدرسة
    وقت الدراسة بيدفعولي ولا لا
    مين بيصرف علي وانا بالمدرسة
    .keywords = kontanthjælp, integrationsydelse, SU, boligstøtte, المساعدة, فلوس المدرسة, فلوس بوقت المدرسة

# Topic danish: do I need to speak Danish, what level.
understand-danish =
    لازم احكي دنماركي
    لازم اعرف دنماركي
    هل لازم اللغة الدنماركية
    ما بعرف دنماركي
    ما بحكي دنماركي منيح
    الدنماركي تبعي ضعيف
    لغتي الدنماركية ضعيفة
    ما اعرف ولا كلمة دنماركي
    شكد لازم اعرف دنماركي
    اي مستوى دنماركي لازم
    مش بتكلم دانماركي
    ما اتكلم دنماركي ينفع
    لازم امتحان دنماركي
    انا بموديول 3 بال sprogskole بيكفي
    la2zem a7ki danmarki
    .keywords = دنماركي, دانماركي, الدنماركية, دنمركي, موديول, danmarki, dansk

# Topic family: can my spouse, adult children or relatives do IGU too.
understand-family =
    زوجتي بتقدر تعمل IGU
    مرتي كمان بتقدر
    زوجي ممكن يشارك
    ابني عمره 19 بيقدر
    بنتي 20 سنة هل تقدر
    ولادي كمان
    اخوي يقدر يسوي IGU
    مرتي تگدر تسوي IGU
    مراتي ينفع تعمل IGU
    حرمتي تقدر تسجل
    عيلتي كلها ممكن
    أولادي الكبار يقدروا
    zawjti bt2dar
    .keywords = زوجتي, زوجي, مرتي, ابني, بنتي, اخوي, اختي, ولادي, عيلتي, مراتي

# Topic limits: age limits and years in Denmark; often just a number.
understand-limits =
    عمري 52
    انا عمري ٤٨ بقدر
    كم العمر المسموح
    في حد للعمر
    انا كبير بالعمر
    انا عمري 17
    انا 55 سنة
    صارلي 12 سنة بالدنمارك
    انا بالدنمارك من 10 سنين
    عايش هون من ٨ سنين ينفع
    كم سنة لازم اكون بالدنمارك
    شكد عمري لازم يكون
    السن الأقصى
    omri 50
    .keywords = عمري, العمر, السن, سنين, سنة بالدنمارك, حد العمر, omri

# Topic hours: hours per week, part time, full time.
understand-hours =
    كم ساعة بالأسبوع
    قديش ساعات الشغل
    شكد ساعة بالاسبوع
    كام ساعة في الأسبوع
    بقدر اشتغل نص دوام
    دوام جزئي
    دوام كامل ولا لا
    بدوام جزئي ممكن
    كم يوم بالأسبوع
    الدوام من الساعة كم
    37 ساعة بالأسبوع
    ممكن اشتغل deltid
    fuldtid ولا deltid
    kam sa3a bel osbo3
    .keywords = ساعات, كم ساعة, دوام جزئي, دوام كامل, نص دوام, deltid, fuldtid

# Topic leave: sickness, holidays, vacation, pregnancy.
understand-leave =
    اذا مرضت شو بصير
    اذا صرت مريض
    لو تعبت ومرضت
    اذا مرضت بيدفعولي
    في عطلة
    في إجازة
    كم يوم عطلة
    العطلة مدفوعة
    في ferie بالصيف
    اذا كنت syg
    انا حامل شو بصير
    إجازة مرضية
    اذا مرض الطفل
    هل في اجازة سنوية
    .keywords = مرضت, مريض, مرضية, عطلة, إجازة, اجازة, حامل, ferie, syg

# Topic stop: quitting IGU early, being fired, if it does not work out.
understand-stop =
    بقدر اوقف IGU
    ممكن اترك IGU قبل ما يخلص
    اذا ما عجبني IGU
    بدي اطلع من IGU
    اذا طردوني
    اذا فصلوني شو بصير
    ممكن استقيل
    اذا ما زبط
    لو ما نفعش
    اقدر اوقف بالنص
    ابي اطلع من البرنامج
    اذا الشركة ما عجبتني
    .keywords = اوقف, اترك, استقيل, طردوني, فصلوني, انسحب, اطلع من, ما زبط

# Topic once: doing IGU a second time.
understand-once =
    بقدر اعمل IGU مرتين
    مرة ثانية
    عملت IGU قبل بقدر اعيد
    IGU تاني مرة
    هل ممكن اسوي IGU ثاني
    خلصت IGU من قبل
    ينفع اعمل IGU تاني
    مرتين
    مرة وحدة بس
    بدي اعيد IGU
    سويت IGU قبل
    .keywords = مرتين, مرة ثانية, مرة تانية, تاني مرة, اعيد, مرة وحدة, IGU ثاني

# Topic own-case: my residence permit, asylum or family reunification case,
# papers. A person answers these; the examples route them to a person.
understand-own-case =
    اقامتي رح تخلص
    الإقامة تبعي
    بدي اسأل عن قضيتي
    ملفي
    قضية اللجوء
    رفضوا اللجوء تبعي
    طلب لم الشمل تبعي
    متى تجي الإقامة
    الفيزا
    جوازي
    جواز سفر
    الجنسية
    اوراقي
    شلون اجدد الإقامة
    Udlændingestyrelsen ما ردوا علي
    ال opholdstilladelse تبعي
    .keywords = إقامة, اقامة, اقامتي, لجوء, قضيتي, ملفي, جواز, الجنسية, اوراقي

## Conversation words

# Topic greeting: hello, hi, salam.
understand-greeting =
    مرحبا
    مرحبتين
    السلام عليكم
    سلام
    هلا
    اهلين
    اهلا
    هاي
    صباح الخير
    مسا الخير
    شلونك
    كيفك
    ازيك
    هلا والله
    marhaba
    salam 3alaykom
    شو اخبارك
    .keywords = مرحبا, السلام عليكم, سلام, هلا, اهلا, صباح الخير, marhaba, كيف حالك, كيفك, شلونك, شو اخبارك

# Topic thanks: thank you.
understand-thanks =
    شكرا
    شكراً
    شكرا كتير
    مشكور
    يعطيك العافية
    تسلم
    الله يعطيك العافية
    شكرا جزيلا
    ممنون
    ميرسي
    جزاك الله خير
    متشكر
    shukran
    tak
    .keywords = شكرا, مشكور, تسلم, يعطيك العافية, متشكر, ممنون, shukran, tak

# Topic ack: ok, fine, understood (not an answer to a question).
understand-ack =
    اوكي
    ok
    تمام
    طيب
    ماشي
    زين
    فهمت
    اوك
    حلو
    خلاص فهمت
    كويس
    تمام تمام
    okay
    tamam
    نعم
    لا
    ايوه
    اي
    ايوا
    .keywords = اوكي, تمام, طيب, ماشي, زين, حلو, كويس, ok, tamam

# Topic menu: the main menu, start over.
understand-menu =
    القائمة
    القائمة الرئيسية
    رجعني للقائمة
    ابدأ من جديد
    من الأول
    من البداية
    نبدأ من جديد
    menu
    المنيو
    الصفحة الرئيسية
    خذني للبداية
    .keywords = القائمة, قائمة, المنيو, من جديد, من الأول, من البداية, menu

# Topic help: help, I don't understand, what can you do.
understand-help =
    ساعدني
    مساعدة
    ما فهمت
    مش فاهم
    ما بفهم شي
    شو بتقدر تعمل
    شو بقدر اسأل
    كيف استعمل هاد
    شلون استخدم هذا
    شو لازم اكتب
    ممكن تساعدني
    help
    محتاج مساعدة
    ma fhemt
    .keywords = ساعدني, ما فهمت, مش فاهم, تساعدني, شو بتقدر تعمل, help

# Topic back: go back to the previous question or step.
understand-back =
    رجوع
    ارجع
    ارجع لورا
    السابق
    السؤال السابق
    خطوة لورا
    ورا
    ارجع خطوة
    رجعني خطوة
    back
    .keywords = رجوع, ارجع, السابق, لورا, ورا, back
