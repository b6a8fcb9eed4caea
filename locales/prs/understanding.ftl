### Understanding typed messages in Dari (prs): example phrasings and keywords
### per topic. The bot never says these texts: a matcher compares what a
### learner types with them and picks a topic.
### Review status: draft (machine-assisted; needs review by a native speaker)
### The examples are machine-assisted drafts for a native speaker to review.
### They use Afghan Dari forms (استم, چطور, میخایم, میتانم, گپ, معاش,
### مکتب), Dari in Latin letters, and Danish words learners use (løn, SU,
### kommune, praktik ...). One example per line; the .keywords are single
### words or short terms, separated by commas.

## Questions about IGU

# Topic about: what IGU is in general.
understand-about =
    IGU چه است
    IGU چیست
    IGU چه معنی داره
    در باره IGU برم معلومات بتین
    IGU ره برم تشریح کنین
    ای پروگرام چه است
    IGU چطور کار میکنه
    نمیدانم IGU چه است
    integrationsgrunduddannelse چه معنی دارد
    شنیدم IGU است این چیست
    IGU ره معرفی کنین
    igu chi ast
    igu che ast
    .keywords = تشریح, معرفی, چه معنی, پروگرام, igu chi ast

# Topic pay: the wage in IGU (løn), per month or per hour, tax.
understand-pay =
    معاش چند است
    معاشش چقدر است
    چقدر معاش میتن
    ماهانه چند میگیرم
    فی ساعت چند میتن
    مزد چند است
    چقدر پیسه میتن
    معاش IGU چند است
    عاید من چقدر میشه
    ساعتی چند پیسه
    بعد از مالیه چقدر میمانه
    løn چند است
    معاش ماهوار چند است
    پیسه کافی میتن یا نی
    mash chand ast
    maash chand ast
    chand paisa metan
    .keywords = معاش, معاشش, مزد, پیسه, عاید, løn, mash, maash, paisa

# Topic school: the 23 weeks of school, courses (AMU), language school.
understand-school =
    مکتب هم داره
    مکتب است
    چه یاد میگیرم
    چه درس میخوانیم
    چند هفته مکتب است
    ۲۳ هفته مکتب یعنی چه
    صنف ها کجا است
    کورس ها چه وقت است
    کورس های AMU چه است
    باید به sprogskole بروم
    کورس زبان هم داره
    تعلیم چطور است
    هر روز مکتب است
    درس خواندن هم است
    maktab dara
    che yad megirom
    .keywords = مکتب, صنف, درس, کورس, تعلیم, AMU, sprogskole, maktab

# Topic job: finding a workplace for IGU; who finds it; praktik confusion.
understand-job =
    چطور کار پیدا کنم
    کار میخایم
    دنبال کار استم
    کار ندارم
    وظیفه چطور پیدا کنم
    کی برم کار پیدا میکنه
    خودم باید کار پیدا کنم
    چه رقم کار است
    یک کار میخواهم
    کمک کنین کار پیدا کنم
    IGU و praktik چه فرق داره
    praktik است یا کار اصلی
    جای کار چطور پیدا کنم
    چه نوع وظیفه ها است
    kar mekhaim
    chetor kar paida konom
    چطور کارفرما پیدا کنم
    .keywords = کار پیدا, وظیفه, دنبال کار, کار میخایم, praktik, kar paida, کارفرما پیدا

# Topic start: how an IGU starts: the agreement, who signs, first steps.
understand-start =
    چطور شروع کنم
    از کجا شروع کنم
    IGU چطور شروع میشه
    قدم اول چه است
    اول باید چه کار کنم
    قرارداد ره کی امضا میکنه
    قرارداد IGU چه است
    چه وقت شروع کرده میتانم
    شروعش چه وقت است
    قرارداد بین من و شرکت
    chetor shoru konom
    .keywords = شروع کنم, شروع میشه, قرارداد, امضا, قدم اول, shoru

# Topic after: what happens when IGU ends; a-kasse; more jobs or education.
understand-after =
    بعد از IGU چه میشه
    بعد از دو سال چه
    وقتی خلاص شد چه میشه
    بعدش چه
    بعد از خلاص شدن کارم میمانه
    شرکت مره نگاه میکنه
    بعدش درس خوانده میتانم
    بعدش a-kasse چطور میشه
    آخرش سند میتن
    بعد از ختم IGU
    bad az IGU che
    .keywords = بعد از IGU, بعدش, خلاص شد, ختم IGU, بعد از دو سال, a-kasse, سند

# Topic stories: examples of people who did IGU.
understand-stories =
    مثال دارین
    یک مثال بگو
    تجربه دیگران
    کسی IGU کده
    قصه مردم
    تجربه کسایی که IGU کدن
    یک نمونه بگوین
    کسی کامیاب شده
    مردم مثل مه
    قصه کامیابی
    misal darin
    .keywords = مثال, نمونه, تجربه, قصه, کامیاب, کامیابی, misal

# Topic eligibility: can I join, who is it for, the conditions.
understand-eligibility =
    مه IGU کده میتانم
    میتانم شامل شوم
    شرایطش چه است
    شرایط IGU چیست
    کی IGU کده میتانه
    مه شرایطش ره دارم
    مه پناهنده استم میتانم
    با یکجا شدن فامیل آمدیم میتانم
    مه از اوکراین استم
    اجازه دارم IGU کنم
    واجد شرایط استم
    برای مه میشه
    کیا شامل شده میتانن
    IGU برای کی است
    مه مهاجر استم حق دارم
    metanom IGU konom
    sharayet chi ast
    کی میتانه درخواست کنه
    کی ها حق دارن شامل شوند
    میتانم درخواست بتم
    مه پناهنده استم اجازه دارم
    اقامت دارم میتانم IGU کنم
    با حمایت موقت میشه شامل شد
    .keywords = شرایط, شرایطش, واجد شرایط, پناهنده, شامل شوم, حق دارم, sharayet, میتانم درخواست, اجازه دارم, میتانم ثبت نام کنم, اقامت دارم, پناهندگی دارم, میتانه ثبت نام, میتانن ثبت نام

# Topic interest: I want to do IGU, sign me up, register.
understand-interest =
    میخایم IGU کنم
    علاقه دارم
    علاقمند استم
    نامم ره ثبت کنین
    میخایم ثبت نام کنم
    چطور ثبت نام کنم
    مره ثبت کنین
    نامم ره بنویسین
    میخایم داخل IGU شوم
    خوش دارم شرکت کنم
    مره راجستر کنین
    نام نویسی میخایم
    مه آماده استم
    sabt nam mekhaim
    nomam ra sabt konin
    .keywords = ثبت نام, ثبت کنین, علاقه, علاقمند, نام نویسی, راجستر, sabt nam

# Topic human: talk to a person, call me, the kommune or jobcenter.
understand-human =
    میخایم با یک نفر گپ بزنم
    با یک آدم گپ بزنم
    زنگ بزنین
    برم زنگ بزنین
    کسی با مه تماس بگیره
    نمبر تیلفون
    با کمون گپ بزنم
    تماس با kommune
    نمبر jobcenter ره بتین
    تو روبات استی آدم میخایم
    کارمند میخایم
    با مسئول گپ بزنم
    کسی برم تیلفون کنه
    میخایم با انسان گپ بزنم
    zang bezanin
    ba yak nafar gap bezanom
    .keywords = زنگ, تماس, گپ بزنم, یک نفر, تیلفون, کارمند, kommune, jobcenter

# Topic privacy: what the bot does with my data, who sees it.
understand-privacy =
    با معلوماتم چه میکنین
    معلوماتم کجا میره
    کی معلومات مره میبینه
    معلوماتم مصون است
    حریم شخصی
    معلومات شخصی مه چه میشه
    پیامهایم ره کی میخوانه
    نام و نمبرم ره نگاه میکنین
    ای گپ ها محرم است
    امنیت معلومات
    .keywords = حریم شخصی, شخصی, مصون, محرم, امنیت, GDPR

# Topic forget: delete my data.
understand-forget =
    معلوماتم ره پاک کنین
    معلومات مره حذف کنین
    همه چیز در باره مه ره پاک کنین
    نمبرم ره پاک کن
    نامم ره حذف کن
    میخایم معلوماتم حذف شوه
    پاکش کن
    حذف معلومات
    مره فراموش کن
    pak konin
    .keywords = پاک کنین, پاک کن, حذف, حذف کنین, فراموش کن, forget, pak konin

# Topic language: change the language of the conversation.
understand-language =
    زبان ره تبدیل کنین
    تغییر زبان
    یک زبان دیگه
    دری میخایم
    به دری گپ بزن
    فارسی میخایم
    انگلیسی میخایم
    به دری لطفا
    زبان ره بدل کو
    English please
    dari lotfan
    .keywords = تغییر زبان, تبدیل کنین, زبان دیگه, دری, فارسی, انگلیسی, dari

# Topic employer: I am an employer or a company that wants to hire.
understand-employer =
    مه کارفرما استم
    شرکت دارم
    شرکتم میخایه کارگر استخدام کنه
    میخایم یک نفر ره استخدام کنم
    صاحب رستورانت استم
    چطور از راه IGU استخدام کنم
    دوکان دارم کارگر میخایم
    ما یک شرکت استیم
    کارفرما چه باید کنه
    شرکت چه کمک میگیره
    .keywords = کارفرما, استخدام, شرکتم, شرکت دارم, کارگر میخایم, arbejdsgiver

# Topic benefits: money in school weeks; kontanthjælp, SU, boligstøtte.
understand-benefits =
    کمک پولی مه قطع میشه
    kontanthjælp ره از دست میتم
    وقت مکتب کی پیسه میته
    SU میگیرم
    integrationsydelse چه میشه
    boligstøtte کم میشه
    کمک کمون قطع میشه
    کمک خانه چه میشه
    پیسه اولادها کم میشه
    در هفته های مکتب کی پیسه میته
    کمک اجتماعی قطع میشه
    در هفته های مکتب معاش میتن
    وقتی مکتب استم کی پیسه میته
    .keywords = kontanthjælp, integrationsydelse, SU, boligstøtte, کمک پولی, پیسه مکتب, پول مکتب, پیسه در مکتب

# Topic danish: do I need to speak Danish, what level.
understand-danish =
    باید دنمارکی یاد داشته باشم
    دنمارکی ضرور است
    دنمارکی نمیفامم
    زبان دنمارکی لازم است
    دنمارکی مه کمزور است
    چقدر دنمارکی باید بفامم
    سطح دنمارکی چقدر باشه
    دنمارکی گپ زده نمیتانم
    بدون دنمارکی میشه
    امتحان دنمارکی ضرور است
    مه modul 2 استم کافی است
    danmarki namefamom
    .keywords = دنمارکی, دنمارکی نمیفامم, سطح, modul, danmarki, dansk

# Topic family: can my spouse, adult children or relatives do IGU too.
understand-family =
    خانمم هم میتانه
    زنم IGU کده میتانه
    شوهرم میتانه
    بچیم ۱۹ ساله است
    دخترم ۲۰ ساله است میتانه
    اولادهایم هم میتانن
    برادرم میتانه
    خواهرم شامل شده میتانه
    فامیلم هم میتانن
    همسرم میتانه
    bachem 19 sala ast
    .keywords = خانمم, زنم, شوهرم, بچیم, دخترم, اولادهایم, برادرم, خواهرم

# Topic limits: age limits and years in Denmark; often just a number.
understand-limits =
    ۵۲ ساله استم
    مه 52 ساله استم
    عمرم ۴۸ است
    سن حد داره
    حد اعظمی سن چند است
    حد سن
    ۱۲ سال است در دنمارک استم
    ۱۰ سال است اینجا استم
    چند سال باید در دنمارک باشم
    عمرم زیاد است
    ۱۷ ساله استم
    umram 50 ast
    .keywords = ساله استم, عمرم, حد سن, سن حد, سال است در دنمارک, umram

# Topic hours: hours per week, part time, full time.
understand-hours =
    چند ساعت در هفته
    هفته وار چند ساعت
    نیمه وقت میشه
    پاره وقت
    تمام وقت
    روزانه چند ساعت کار
    ساعت کاری چند است
    چند روز در هفته
    deltid میشه
    37 ساعت در هفته
    chand saat
    .keywords = چند ساعت, ساعت کاری, پاره وقت, نیمه وقت, تمام وقت, deltid

# Topic leave: sickness, holidays, vacation, pregnancy.
understand-leave =
    اگه مریض شوم
    مریض شدم چه میشه
    رخصتی دارم
    رخصتی ها چند روز است
    چند روز رخصتی
    رخصتی مریضی
    ferie دارم
    اگه syg شوم
    حامله استم
    اولادم مریض شوه
    رخصتی تابستان
    .keywords = مریض, مریضی, رخصتی, حامله, ferie, syg

# Topic stop: quitting IGU early, being fired, if it does not work out.
understand-stop =
    میتانم IGU ره ایله کنم
    نیمه راه ایله کنم
    اگه کار خوب نبود
    استعفا بتم
    میخایم بیرون شوم
    اگه مره اخراج کنن
    اگه نشد چه
    زودتر ختمش کنم
    نمیخایم ادامه بتم
    ترک کنم
    .keywords = ایله کنم, استعفا, اخراج, بیرون شوم, ادامه بتم, ترک کنم

# Topic once: doing IGU a second time.
understand-once =
    دوباره IGU کده میتانم
    دو دفعه میشه
    یک دفعه دیگه
    قبلا IGU کدیم
    IGU دوم
    برای دفعه دوم
    فقط یک دفعه است
    IGU ره تکرار کنم
    dobara IGU
    .keywords = دوباره, دو دفعه, دفعه دوم, یک دفعه دیگه, قبلا, تکرار, dobara

# Topic own-case: my residence permit, asylum or family reunification case,
# papers. A person answers these; the examples route them to a person.
understand-own-case =
    اقامتم خلاص میشه
    اجازه اقامتم
    دوسیه مه
    کیس پناهندگی
    کیس مه
    جواب رد گرفتم
    جواب یکجا شدن فامیلم نیامده
    پاسپورتم
    تابعیت
    اسناد مه
    تذکره مه
    ویزه
    تمدید اقامت
    Udlændingestyrelsen جواب نداده
    opholdstilladelse مه
    eqamat
    .keywords = اقامت, اقامتم, دوسیه, کیس, پناهندگی, پاسپورت, تابعیت, ویزه

## Conversation words

# Topic greeting: hello, hi, salam.
understand-greeting =
    سلام
    سلام علیکم
    السلام علیکم
    صبح بخیر
    سلام چطور استی
    چطور استین
    خوب استی
    جور استی
    سلام وقت بخیر
    salam
    salam chetor asti
    چطور هستی
    حالت چطور است
    خوب هستین
    .keywords = سلام, سلام علیکم, صبح بخیر, چطور استی, جور استی, salam, چطور هستی, خوب هستی

# Topic thanks: thank you.
understand-thanks =
    تشکر
    تشکر زیاد
    تشکر از شما
    مانده نباشی
    مانده نباشین
    ممنون
    سپاس
    خدا خیرت بته
    تشکر از کمکت
    tashakor
    tashakur
    tak
    .keywords = تشکر, مانده نباشی, ممنون, سپاس, خیرت بته, tashakor, tak

# Topic ack: ok, fine, understood (not an answer to a question).
understand-ack =
    خوب
    سمه
    درست است
    صحیح
    اوکی
    ok
    فامیدم
    بلی فامیدم
    خیر است
    درسته
    okay
    khob
    بلی
    بله
    نه
    نی
    bale
    .keywords = سمه, درست است, صحیح, اوکی, خیر است, ok, khob

# Topic menu: the main menu, start over.
understand-menu =
    منو
    مینو
    منوی اصلی
    برو منو
    از سر
    از سر شروع کن
    از اول
    صفحه اصلی
    menu
    .keywords = منوی اصلی, مینو, از سر, از اول, صفحه اصلی, menu

# Topic help: help, I don't understand, what can you do.
understand-help =
    کمک
    کمک کنین
    نفامیدم
    نمیفامم
    چه کار کده میتانی
    چه پرسیده میتانم
    چطور استفاده کنم
    چه باید بنویسم
    رهنمایی
    help
    komak
    .keywords = کمک کنین, نفامیدم, نمیفامم, رهنمایی, help, komak

# Topic back: go back to the previous question or step.
understand-back =
    پس
    پس برو
    برگرد
    قبلی
    سوال قبلی
    یک قدم پس
    عقب
    back
    pas
    .keywords = پس برو, برگرد, قبلی, سوال قبلی, عقب, back
