### Understanding typed messages in Persian (fa): example phrasings and
### keywords per topic. The bot never says these texts: a matcher compares
### what a learner types with them and picks a topic.
### Review status: draft (machine-assisted; needs review by a native speaker)
### The examples are machine-assisted drafts for a native speaker to review.
### They mix Iranian colloquial and written Persian, Finglish (Latin letters),
### spellings with and without the half-space, and Danish words learners use
### (løn, SU, kommune, praktik ...). One example per line; the .keywords are
### single words or short terms, separated by commas.

## Questions about IGU

# Topic about: what IGU is in general.
understand-about =
    IGU چیه
    آی جی یو چیه
    IGU یعنی چی
    درباره IGU توضیح بده
    میشه IGU رو توضیح بدی
    این برنامه چیه
    IGU چطوری کار می‌کنه
    اطلاعات درباره IGU می‌خوام
    من نمی‌دونم IGU چیه
    integrationsgrunduddannelse یعنی چی
    شنیدم IGU هست چی هست
    برنامه IGU رو معرفی کن
    igu chie
    igu yani chi
    .keywords = یعنی چی, توضیح بده, توضیح بدی, درباره IGU, معرفی, igu chie

# Topic pay: the wage in IGU (løn), per month or per hour, tax.
understand-pay =
    حقوق چقدره
    حقوقش چنده
    چقدر حقوق میدن
    ماهی چقدر میگیرم
    ساعتی چقدر میدن
    دستمزد چقدره
    چقدر پول میدن
    حقوق IGU چقدر است
    درآمدم چقدر میشه
    مزد ساعتی چنده
    بعد از مالیات چقدر می‌مونه
    løn چقدره
    حقوق ماهانه چقدره
    چقد پول در میارم
    حقوقش کمه یا زیاد
    hoghoogh chande
    hoghugh cheghadre
    chand pool midan
    .keywords = حقوق, حقوقش, دستمزد, مزد, درآمد, پول, løn, hoghoogh, hoghugh

# Topic school: the 23 weeks of school, courses (AMU), language school.
understand-school =
    مدرسه داره
    مدرسه هم هست
    چی یاد میگیرم
    چی درس میخونیم
    چند هفته مدرسه است
    ۲۳ هفته مدرسه یعنی چی
    کلاس‌ها کجاست
    کلاسا چه روزایی هستن
    دوره‌های AMU چیه
    باید برم sprogskole
    کلاس زبان هم داره
    دوره آموزشی چی هست
    آموزشش چطوریه
    مدرسه هر روزه
    درس خوندن هم داره
    madrese dare
    chi yad migiram
    .keywords = مدرسه, کلاس, کلاسا, درس, دوره, آموزش, AMU, sprogskole, madrese

# Topic job: finding a workplace for IGU; who finds it; praktik confusion.
understand-job =
    چطوری کار پیدا کنم
    کار میخوام
    دنبال کار هستم
    کار ندارم
    چطور شغل پیدا کنم
    کی برام کار پیدا میکنه
    خودم باید کار پیدا کنم
    چه جور کاری هست
    یه کار می‌خوام
    کمکم کنید کار پیدا کنم
    IGU با praktik فرقش چیه
    praktik هست یا کار واقعی
    جای کار چطوری پیدا کنم
    چه شغلایی هست
    شرکت برای کار پیدا نمیکنم
    kar mikham
    chetori kar peyda konam
    چطوری کارفرما پیدا کنم
    .keywords = کار پیدا, شغل, دنبال کار, کار میخوام, جای کار, praktik, kar, کارفرما پیدا

# Topic start: how an IGU starts: the agreement, who signs, first steps.
understand-start =
    چطوری شروع کنم
    از کجا شروع کنم
    IGU چطوری شروع میشه
    اولین قدم چیه
    قدم اول چیه
    قرارداد رو کی امضا میکنه
    قرارداد IGU چیه
    کی میتونم شروع کنم
    شروعش کیه
    قرارداد بین من و شرکت
    اولش باید چیکار کنم
    chetori shoroo konam
    .keywords = شروع کنم, شروع میشه, قرارداد, امضا, قدم اول, اولین قدم, shoroo

# Topic after: what happens when IGU ends; a-kasse; more jobs or education.
understand-after =
    بعد از IGU چی میشه
    بعد دو سال چی
    وقتی تموم شد چی
    بعدش چی میشه
    بعد از تموم شدن کارم می‌مونه
    شرکت نگهم میداره
    بعدش میتونم درس بخونم
    بعدش a-kasse چی میشه
    آخرش مدرک میدن
    بعد از تموم شدن IGU
    وقتی دو سال تموم شد
    bad az IGU chi
    .keywords = بعد از IGU, بعدش, تموم شد, تموم شدن, بعد دو سال, a-kasse, مدرک

# Topic stories: examples of people who did IGU.
understand-stories =
    نمونه دارید
    مثال بزن
    تجربه بقیه
    کسی IGU رفته
    داستان آدما
    تجربه کسایی که IGU کردن
    یه نمونه بگو
    کسی موفق شده
    آدمایی مثل من
    داستان موفقیت
    nemune darid
    .keywords = نمونه, مثال, تجربه, داستان, موفق, موفقیت, nemune

# Topic eligibility: can I join, who is it for, the conditions.
understand-eligibility =
    میتونم IGU برم
    من میتونم شرکت کنم
    شرایطش چیه
    شرایط IGU چیه
    کی میتونه IGU بره
    من شرایطش رو دارم
    من پناهنده‌ام میتونم
    با الحاق خانواده اومدم میتونم
    من اوکراینی هستم میتونم
    اجازه دارم IGU برم
    مجاز هستم
    به من میرسه
    واجد شرایط هستم
    کیا میتونن IGU برن
    IGU مال کیه
    برای کیه این برنامه
    mitunam sherkat konam
    sharayetesh chie
    کی میتونه ثبت نام کنه
    کیا میتونن درخواست بدن
    میتونم درخواست بدم
    من پناهنده ام میتونم شرکت کنم
    اقامت دارم اجازه دارم IGU برم
    با حمایت موقت میشه شرکت کرد
    .keywords = شرایط, شرایطش, واجد شرایط, پناهنده, مجاز, میتونم شرکت, sharayet, میتونم درخواست بدم, اجازه دارم, میتونم ثبت نام کنم, اقامت دارم, پناهندگی دارم, میتونه ثبت نام, میتونن ثبت نام

# Topic interest: I want to do IGU, sign me up, register.
understand-interest =
    میخوام IGU برم
    علاقه دارم
    علاقمندم
    ثبت نامم کن
    میخوام ثبت نام کنم
    چطوری ثبت نام کنم
    منو ثبت کن
    اسمم رو بنویس
    میخوام شرکت کنم
    مایلم شرکت کنم
    میخوام عضو بشم
    میخوام تو IGU باشم
    برام ثبت‌نام کنید
    من پایه‌ام
    sabtenam mikham
    mikham sabt nam konam
    .keywords = ثبت نام, ثبت‌نام, ثبتنام, علاقه, علاقمندم, مایلم, sabtenam

# Topic human: talk to a person, call me, the kommune or jobcenter.
understand-human =
    میخوام با یه آدم حرف بزنم
    با یه نفر صحبت کنم
    زنگ بزنید
    بهم زنگ بزنید
    یکی باهام تماس بگیره
    شماره تلفن
    با کمون حرف بزنم
    تماس با kommune
    شماره jobcenter رو بدید
    تو رباتی آدم واقعی میخوام
    با مددکارم حرف بزنم
    میخوام با کارمند حرف بزنم
    با مسئول صحبت کنم
    میشه یکی زنگ بزنه
    با یه انسان صحبت کنم
    zang bezanid
    ba yeki harf bezanam
    .keywords = زنگ, تماس, آدم واقعی, یه نفر, کارمند, kommune, jobcenter, zang

# Topic privacy: what the bot does with my data, who sees it.
understand-privacy =
    با اطلاعاتم چیکار میکنید
    اطلاعاتم کجا میره
    کی اطلاعات منو میبینه
    اطلاعاتم امنه
    حریم خصوصی
    داده‌هام چی میشه
    پیامام رو کی میخونه
    اسم و شمارم رو نگه میدارید
    این گفتگو محرمانه است
    امنیت اطلاعات
    .keywords = حریم خصوصی, خصوصی, امنه, محرمانه, داده‌هام, امنیت, GDPR

# Topic forget: delete my data.
understand-forget =
    اطلاعاتم رو پاک کن
    اطلاعات منو حذف کنید
    همه چیز درباره من رو پاک کنید
    شمارمو پاک کن
    اسمم رو حذف کن
    میخوام اطلاعاتم حذف بشه
    پاکش کن
    حذف اطلاعات
    منو فراموش کن
    pak kon
    .keywords = پاک کن, پاک کنید, حذف, حذف کنید, فراموش کن, forget, pak kon

# Topic language: change the language of the conversation.
understand-language =
    زبان رو عوض کن
    تغییر زبان
    یه زبان دیگه
    فارسی میخوام
    فارسی حرف بزن
    انگلیسی میخوام
    به فارسی لطفا
    دری میخوام
    زبونو عوض کن
    English please
    farsi lotfan
    .keywords = تغییر زبان, زبان رو عوض, زبان دیگه, فارسی, انگلیسی, دری, farsi

# Topic employer: I am an employer or a company that wants to hire.
understand-employer =
    من کارفرما هستم
    شرکت دارم
    شرکتم میخواد استخدام کنه
    میخوام یه نفر استخدام کنم
    صاحب رستوران هستم
    چطوری از طریق IGU استخدام کنم
    مغازه دارم کارگر میخوام
    ما یه شرکتیم
    کارفرما چی باید بکنه
    شرکت چه کمکی میگیره
    .keywords = کارفرما, استخدام, شرکتم, شرکت دارم, کارگر میخوام, arbejdsgiver

# Topic benefits: money in school weeks; kontanthjælp, SU, boligstøtte.
understand-benefits =
    کمک هزینه‌ام قطع میشه
    kontanthjælp رو از دست میدم
    موقع مدرسه کی پول میده
    SU میگیرم
    integrationsydelse چی میشه
    boligstøtte کم میشه
    کمک کمون قطع میشه
    کمک هزینه تحصیلی دارم
    پول بچه‌ها کم میشه
    هفته‌هایی که مدرسه‌ام کی پول میده
    کمک مسکن چی میشه
    کمک اجتماعی قطع میشه
    تو هفته های مدرسه پول میگیرم
    وقتی مدرسه میرم کی پول میده
    .keywords = kontanthjælp, integrationsydelse, SU, boligstøtte, کمک هزینه, پول مدرسه, پول تو مدرسه

# Topic danish: do I need to speak Danish, what level.
understand-danish =
    باید دانمارکی بلد باشم
    دانمارکی لازمه
    دانمارکی بلد نیستم
    زبان دانمارکی لازمه
    دانمارکیم ضعیفه
    چقدر دانمارکی باید بلد باشم
    سطح دانمارکی چقدر باشه
    دانمارکی حرف نمیزنم
    بدون دانمارکی میشه
    امتحان دانمارکی لازمه
    modul 3 هستم کافیه
    danmarki balad nistam
    .keywords = دانمارکی, دانمارکیم, بلد نیستم, سطح, modul, danmarki, dansk

# Topic family: can my spouse, adult children or relatives do IGU too.
understand-family =
    همسرم هم میتونه
    زنم میتونه IGU بره
    شوهرم میتونه
    پسرم ۱۹ سالشه
    دخترم ۲۰ سالشه میتونه
    بچه‌هام هم میتونن
    برادرم میتونه
    خواهرم میتونه شرکت کنه
    خانوادم هم میتونن
    خانمم میتونه
    hamsaram mitune
    .keywords = همسرم, شوهرم, پسرم, دخترم, بچه‌هام, برادرم, خواهرم, خانمم

# Topic limits: age limits and years in Denmark; often just a number.
understand-limits =
    ۵۲ سالمه
    من 52 سالمه
    سن محدودیت داره
    حداکثر سن چنده
    محدودیت سنی
    ۱۲ ساله دانمارکم
    ۱۰ ساله اینجام
    چند سال باید تو دانمارک باشم
    سنم زیاده
    ۱۷ سالمه
    ۴۹ سالمه میشه
    sen mahdudiat dare
    .keywords = سالمه, سنم, محدودیت سنی, حداکثر سن, ساله دانمارکم, ساله اینجام

# Topic hours: hours per week, part time, full time.
understand-hours =
    چند ساعت در هفته
    هفته‌ای چند ساعت
    پاره وقت میشه
    نیمه وقت
    تمام وقت
    روزی چند ساعت کار
    ساعت کاری چیه
    چند روز در هفته
    deltid میشه
    37 ساعت در هفته
    chand saat
    .keywords = چند ساعت, ساعت کاری, پاره وقت, نیمه وقت, تمام وقت, deltid

# Topic leave: sickness, holidays, vacation, pregnancy.
understand-leave =
    اگه مریض بشم
    مریض شدم چی
    مرخصی دارم
    تعطیلات داره
    چند روز مرخصی
    مرخصی استعلاجی
    ferie دارم
    اگه syg بشم
    باردارم
    حامله شدم
    بچه‌ام مریض بشه
    تعطیلی تابستون
    .keywords = مریض, مرخصی, تعطیلات, استعلاجی, باردار, حامله, ferie, syg

# Topic stop: quitting IGU early, being fired, if it does not work out.
understand-stop =
    میتونم IGU رو ول کنم
    میتونم وسطش ولش کنم
    اگه کار خوب نبود
    استعفا بدم
    میخوام کنار بکشم
    اگه اخراجم کنن
    اگه نشد چی
    زودتر تمومش کنم
    انصراف بدم
    نمیخوام ادامه بدم
    .keywords = ول کنم, ولش کنم, استعفا, اخراج, انصراف, کنار بکشم, ادامه بدم

# Topic once: doing IGU a second time.
understand-once =
    میتونم دوباره IGU برم
    دو بار میشه
    یه بار دیگه
    قبلا IGU رفتم
    IGU دوم
    برای بار دوم
    فقط یه باره
    IGU رو تکرار کنم
    dobare IGU
    .keywords = دوباره, دو بار, بار دوم, یه بار دیگه, قبلا, تکرار, dobare

# Topic own-case: my residence permit, asylum or family reunification case,
# papers. A person answers these; the examples route them to a person.
understand-own-case =
    اقامتم داره تموم میشه
    اجازه اقامتم
    پرونده‌ام
    پرونده پناهندگی
    کیس من
    جواب رد گرفتم
    جواب الحاق خانواده‌ام نیومده
    پاسپورتم
    تابعیت
    مدارکم
    ویزا
    تمدید اقامت
    اداره مهاجرت جواب نداده
    Udlændingestyrelsen
    opholdstilladelse
    eghamat
    .keywords = اقامت, اقامتم, پرونده, پناهندگی, کیس, پاسپورت, تابعیت, ویزا

## Conversation words

# Topic greeting: hello, hi, salam.
understand-greeting =
    سلام
    سلام علیکم
    درود
    صبح بخیر
    عصر بخیر
    سلام خوبی
    چطوری
    خوبی
    سلام وقت بخیر
    هی
    salam
    salam khobi
    حالت چطوره
    خوبین
    .keywords = سلام, درود, صبح بخیر, عصر بخیر, وقت بخیر, خوبی, salam, dorood, حالت چطوره, چطوری

# Topic thanks: thank you.
understand-thanks =
    مرسی
    ممنون
    ممنونم
    خیلی ممنون
    سپاس
    تشکر
    دستت درد نکنه
    مرسی از کمکت
    قربونت
    merci
    mamnoon
    tak
    .keywords = مرسی, ممنون, ممنونم, سپاس, تشکر, دستت درد نکنه, merci, tak

# Topic ack: ok, fine, understood (not an answer to a question).
understand-ack =
    باشه
    اوکی
    ok
    خب
    فهمیدم
    حله
    آهان
    عالیه
    اوکیه
    درسته
    okay
    bashe
    بله
    آره
    نه
    نخیر
    are
    .keywords = باشه, اوکی, حله, آهان, خب, اوکیه, ok, bashe

# Topic menu: the main menu, start over.
understand-menu =
    منو
    منوی اصلی
    برو به منو
    از اول
    از اول شروع کن
    دوباره از اول
    صفحه اصلی
    menu
    برو منوی اصلی
    .keywords = منوی اصلی, منوی, از اول, صفحه اصلی, menu

# Topic help: help, I don't understand, what can you do.
understand-help =
    کمک
    کمکم کن
    نفهمیدم
    متوجه نشدم
    چیکار میتونی بکنی
    چی میتونم بپرسم
    چطوری ازت استفاده کنم
    چی باید بنویسم
    راهنما
    help
    komak
    .keywords = کمکم کن, نفهمیدم, متوجه نشدم, راهنما, help, komak

# Topic back: go back to the previous question or step.
understand-back =
    برگرد
    برگشت
    قبلی
    سوال قبلی
    یه مرحله عقب
    عقب
    برگردیم
    back
    bargard
    .keywords = برگرد, برگشت, قبلی, سوال قبلی, عقب, back, bargard
