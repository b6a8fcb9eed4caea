### Understanding typed messages in Pashto (ps): example phrasings and
### keywords per topic. The bot never says these texts: a matcher compares
### what a learner types with them and picks a topic.
### Review status: draft (machine-assisted; needs review by a native speaker)
### The examples are machine-assisted drafts for a native speaker to review.
### They use Afghan Pashto as people type it (with ګ or گ, ي or ی, now and
### then without the Pashto letters), Pashto in Latin letters, and Danish
### words learners use (løn, SU, kommune, praktik ...). One example per line;
### the .keywords are single words or short terms, separated by commas.

## Questions about IGU

# Topic about: what IGU is in general.
understand-about =
    IGU څه شی دی
    IGU څه ته وایي
    IGU مانا څه ده
    IGU راته تشریح کړه
    د IGU په اړه معلومات غواړم
    دا پروګرام څه دی
    IGU څنګه کار کوي
    زه نه پوهیږم چې IGU څه دی
    integrationsgrunduddannelse څه شی دی
    اورېدلي مې دي IGU څه دی
    د IGU په اړه راته ووایه
    igu sa shay dai
    igu sa de
    .keywords = څه شی دی, تشریح, مانا, د IGU په اړه, پروګرام, sa shay dai

# Topic pay: the wage in IGU (løn), per month or per hour, tax.
understand-pay =
    معاش څومره دی
    تنخوا څو ده
    څومره پیسې راکوي
    په میاشت کې څومره پیسې اخلم
    په ساعت کې څو پیسې
    مزد څومره دی
    د IGU معاش څومره دی
    løn څومره ده
    مالیه پرې لګیږي
    معاش کم دی که زیات
    میاشتنی معاش
    څومره ګټه کوم
    معاش سومره دی
    mash sumra dai
    tankhwa sumra da
    sumra paise rakawi
    .keywords = معاش, تنخوا, پیسې, مزد, ګټه, løn, mash, tankhwa, paise

# Topic school: the 23 weeks of school, courses (AMU), language school.
understand-school =
    ښوونځی هم شته
    مکتب شته
    زه به څه زده کړم
    څو اونۍ ښوونځی دی
    ۲۳ اونۍ ښوونځی څه مانا لري
    ټولګي چیرې دي
    کورسونه کله دي
    AMU کورسونه څه دي
    sprogskole ته باید لاړ شم
    د ژبې کورس هم شته
    هره ورځ ښوونځی دی
    زده کړه څنګه ده
    درس به چیرته وي
    maktab shta
    sa ba zda kawam
    .keywords = ښوونځی, مکتب, کورس, کورسونه, ټولګي, AMU, sprogskole, maktab

# Topic job: finding a workplace for IGU; who finds it; praktik confusion.
understand-job =
    کار څنګه پیدا کړم
    کار غواړم
    زه کار لټوم
    کار نه لرم
    دنده څنګه پیدا کړم
    څوک به راته کار پیدا کړي
    پخپله باید کار پیدا کړم
    څه ډول کار دی
    یو کار راته پیدا کړئ
    IGU او praktik څه توپیر لري
    دا praktik دی که اصلي کار
    د کار ځای څنګه پیدا کړم
    کار راته پکار دی
    kar ghwaram
    kar sanga paida kram
    څنګه کارفرما پیدا کړم
    .keywords = کار پیدا, کار غواړم, کار لټوم, دنده, د کار ځای, praktik, کارفرما پیدا

# Topic start: how an IGU starts: the agreement, who signs, first steps.
understand-start =
    څنګه پیل وکړم
    له کومه ځایه پیل وکړم
    لومړی ګام څه دی
    IGU څنګه پیل کیږي
    تړون څوک لاسلیک کوي
    د IGU تړون څه دی
    کله پیل کولی شم
    لومړی باید څه وکړم
    زما او شرکت ترمنځ تړون
    قرارداد څوک لاسلیکوي
    څنګه شروع کړم
    sanga shuru kram
    .keywords = پیل, شروع, تړون, قرارداد, لاسلیک, لومړی ګام, shuru

# Topic after: what happens when IGU ends; a-kasse; more jobs or education.
understand-after =
    له IGU وروسته څه کیږي
    له دوو کلونو وروسته څه
    کله چې ختم شي بیا څه
    وروسته بیا څه کیږي
    شرکت به مې وساتي
    وروسته زده کړې ته دوام ورکولی شم
    وروسته a-kasse څنګه کیږي
    سند راکوي
    کله چې IGU پای ته ورسیږي
    له ختمیدو وروسته کار پاتې کیږي
    wrusta sa kegi
    .keywords = وروسته, ختم شي, پای ته, دوو کلونو, a-kasse, سند, wrusta

# Topic stories: examples of people who did IGU.
understand-stories =
    بېلګې لرئ
    یو مثال راکړه
    د نورو تجربې
    چا IGU کړی
    د خلکو کیسې
    د هغو تجربې چې IGU یې کړی
    بریالي خلک
    زما په شان خلک
    د بریالیتوب کیسه
    misal rakra
    .keywords = بېلګې, بیلګه, مثال, تجربې, کیسې, کیسه, بریالي, misal

# Topic eligibility: can I join, who is it for, the conditions.
understand-eligibility =
    زه IGU کولی شم
    زه ګډون کولی شم
    شرایط یې څه دي
    د IGU شرطونه څه دي
    څوک IGU کولی شي
    زه کډوال یم کولی شم
    زه مهاجر یم اجازه لرم
    زه د کورنۍ یوځای کیدو له لارې راغلی یم
    زه له اوکراین څخه یم
    زه وړ یم
    دا زما لپاره دی
    IGU د چا لپاره دی
    کوم خلک کولی شي
    زه حق لرم
    za igu kawalay sham
    sharayit sa di
    څوک غوښتنه کولی شي
    څوک حق لري ګډون وکړي
    زه غوښتنه کولی شم
    زه کډوال یم کولی شم ګډون وکړم
    اقامه لرم IGU کولی شم
    .keywords = شرایط, شرطونه, کډوال, مهاجر, وړ یم, حق لرم, sharayit, کولی شم غوښتنه, کولی شم ګډون, ګډون کولی شم, اقامت لرم, اقامه لرم

# Topic interest: I want to do IGU, sign me up, register.
understand-interest =
    زه IGU کول غواړم
    زه علاقه لرم
    ما ثبت کړه
    نوم مې ولیکه
    غواړم نوم لیکنه وکړم
    څنګه نوم ثبت کړم
    زه لیواله یم
    ګډون غواړم
    گډون کول غواړم
    ما راجستر کړئ
    زه چمتو یم
    ځان ثبتول غواړم
    زما نوم ولیکئ
    sabt nam ghwaram
    za alaqa laram
    .keywords = علاقه, ثبت, نوم لیکنه, لیواله, ګډون غواړم, راجستر, sabt nam

# Topic human: talk to a person, call me, the kommune or jobcenter.
understand-human =
    له یو سړي سره خبرې کول غواړم
    له انسان سره خبرې کول غواړم
    ماته زنګ ووهئ
    زنګ راته ووهه
    څوک دې راسره اړیکه ونیسي
    د تلیفون شمېره
    له کمون سره خبرې
    kommune سره اړیکه
    د jobcenter شمېره راکړئ
    ته روبوټ یې انسان غواړم
    له کارمند سره خبرې کول غواړم
    له مسؤل سره خبرې
    څوک دې راته ټیلیفون وکړي
    zang raata wawaha
    khabare ghwaram
    .keywords = زنګ, اړیکه, انسان, سړي, تلیفون, کارمند, kommune, jobcenter

# Topic privacy: what the bot does with my data, who sees it.
understand-privacy =
    زما معلوماتو سره څه کوئ
    زما معلومات چیرته ځي
    زما معلومات څوک ویني
    معلومات مې خوندي دي
    محرمیت
    شخصي معلومات
    زما پیغامونه څوک لولي
    زما نوم او شمېره ساتئ
    دا خبرې پټې دي
    خوندیتوب
    .keywords = محرمیت, خوندي, خوندیتوب, پټې, شخصي, GDPR

# Topic forget: delete my data.
understand-forget =
    زما معلومات پاک کړئ
    معلومات مې ړنګ کړئ
    زما نوم لرې کړئ
    ټول معلومات مې حذف کړئ
    شمېره مې پاکه کړه
    غواړم معلومات مې حذف شي
    پاک یې کړه
    هیر مې کړه
    معلومات حذف
    pak ye kra
    .keywords = پاک کړئ, پاک یې کړه, حذف, ړنګ, لرې کړئ, هیر مې کړه, forget

# Topic language: change the language of the conversation.
understand-language =
    ژبه بدله کړه
    ژبه بدلول
    بله ژبه
    په پښتو
    پښتو غواړم
    دري غواړم
    په انګلیسي
    په پښتو خبرې وکړه
    English please
    pashto
    .keywords = ژبه بدله, بدلول, بله ژبه, پښتو, دري, انګلیسي, pashto

# Topic employer: I am an employer or a company that wants to hire.
understand-employer =
    زه کارفرما یم
    شرکت لرم
    زما شرکت غواړي کارګر ونیسي
    غواړم یو کس استخدام کړم
    د رستورانت مالک یم
    څنګه د IGU له لارې کارګر ونیسم
    دوکان لرم کارګر غواړم
    موږ یو شرکت یو
    کارفرما باید څه وکړي
    شرکت څه مرسته اخلي
    .keywords = کارفرما, استخدام, زما شرکت, شرکت لرم, کارګر غواړم, arbejdsgiver

# Topic benefits: money in school weeks; kontanthjælp, SU, boligstøtte.
understand-benefits =
    kontanthjælp به مې قطع شي
    مالي مرسته مې بندیږي
    د ښوونځي په اونیو کې پیسې څوک راکوي
    SU اخلم
    integrationsydelse څه کیږي
    boligstøtte کمیږي
    د کمون مرسته قطع کیږي
    د کور کرایې مرسته
    د ماشومانو پیسې کمیږي
    ټولنیزه مرسته
    د ښوونځي په اونیو کې معاش راکوي
    کله چې ښوونځي ته ځم څوک پیسې راکوي
    .keywords = kontanthjælp, integrationsydelse, SU, boligstøtte, مالي مرسته, پیسې په ښوونځي, د ښوونځي پیسې

# Topic danish: do I need to speak Danish, what level.
understand-danish =
    ډنمارکي ژبه باید زده وي
    ډنمارکي ضروري ده
    ډنمارکي نه پوهیږم
    دنمارکي ژبه اړینه ده
    ډنمارکي مې کمزورې ده
    څومره ډنمارکي باید زده وي
    د ډنمارکي کچه
    ډنمارکي خبرې نشم کولی
    بې له ډنمارکي کیږي
    د ډنمارکي ازموینه
    modul 3 کې یم بس دی
    danmarki na pohegam
    .keywords = ډنمارکي, دنمارکي, کچه, modul, danmarki, dansk

# Topic family: can my spouse, adult children or relatives do IGU too.
understand-family =
    ښځه مې هم کولی شي
    میړه مې کولی شي
    زوی مې ۱۹ کلن دی
    لور مې ۲۰ کلنه ده
    ماشومان مې هم کولی شي
    ورور مې کولی شي
    خور مې ګډون کولی شي
    کورنۍ مې هم
    مېرمن مې IGU کولی شي
    zoy me 19 kalan dai
    .keywords = ښځه, میړه, زوی, لور, ورور, خور, کورنۍ مې, مېرمن, ماشومان مې

# Topic limits: age limits and years in Denmark; often just a number.
understand-limits =
    زه ۵۲ کلن یم
    عمر مې ۵۲ دی
    زه 48 کلن یم
    د عمر حد
    تر څو کلنۍ
    ۱۲ کاله په ډنمارک کې یم
    ۱۰ کاله دلته یم
    څو کاله باید په ډنمارک کې وم
    زه زوړ یم
    ۱۷ کلن یم
    zama umar 50 dai
    .keywords = کلن یم, عمر, د عمر حد, کاله په ډنمارک, زوړ, umar

# Topic hours: hours per week, part time, full time.
understand-hours =
    په اونۍ کې څو ساعته
    اونۍ کې څو ساعته کار
    نیم وخت کار کیږي
    بشپړ وخت
    پوره وخت
    په ورځ کې څو ساعته
    د کار ساعتونه
    په اونۍ کې څو ورځې
    deltid کیږي
    37 ساعته په اونۍ کې
    so sata
    .keywords = څو ساعته, ساعتونه, نیم وخت, بشپړ وخت, پوره وخت, deltid

# Topic leave: sickness, holidays, vacation, pregnancy.
understand-leave =
    که ناروغ شم
    ناروغه شوم څه کیږي
    رخصتي لرم
    څو ورځې رخصتي
    د ناروغۍ رخصتي
    چوټي شته
    ferie لرم
    که syg شم
    امیندواره یم
    ماشوم مې ناروغ شي
    د اوړي رخصتي
    .keywords = ناروغ, ناروغه, ناروغۍ, رخصتي, چوټي, امیندواره, ferie, syg

# Topic stop: quitting IGU early, being fired, if it does not work out.
understand-stop =
    IGU پریښودلی شم
    په منځ کې یې پریږدم
    که کار ښه نه و
    استعفا ورکړم
    وتل غواړم
    که له کاره وشړل شم
    که ونه شول څه
    ژر یې ختم کړم
    نور نه غواړم دوام ورکړم
    پرېږدم یې
    .keywords = پریږدم, پرېږدم, پریښودلی, استعفا, وشړل, وتل, دوام ورکړم

# Topic once: doing IGU a second time.
understand-once =
    بیا IGU کولی شم
    دوه ځله کیږي
    یو ځل بیا
    مخکې مې IGU کړی
    دویم IGU
    د دویم ځل لپاره
    یوازې یو ځل دی
    IGU تکرارول
    bia IGU
    .keywords = دوه ځله, یو ځل بیا, دویم ځل, دویم IGU, تکرار, مخکې مې

# Topic own-case: my residence permit, asylum or family reunification case,
# papers. A person answers these; the examples route them to a person.
understand-own-case =
    اقامت مې ختمیږي
    د اقامې اجازه
    زما دوسیه
    د پناه غوښتنې کیس
    زما کیس
    منفي ځواب راغلی
    د کورنۍ یوځای کیدو ځواب نه دی راغلی
    پاسپورت مې
    تابعیت
    اسناد مې
    تذکره مې
    ویزه
    د اقامې تمدید
    Udlændingestyrelsen ځواب نه دی ورکړی
    opholdstilladelse
    eqamat
    .keywords = اقامت, اقامې, دوسیه, کیس, پناه, پاسپورت, تابعیت, ویزه, تذکره

## Conversation words

# Topic greeting: hello, hi, salam.
understand-greeting =
    سلام
    السلام علیکم
    ستړي مه شې
    څنګه یې
    ښه یې
    جوړ یې
    سهار مو پخیر
    سلام ورور
    salam
    staray ma she
    ته څنګه یې
    ستاسو حال څنګه دی
    .keywords = سلام, السلام علیکم, ستړي مه شې, څنګه یې, جوړ یې, پخیر, salam, حال څنګه دی

# Topic thanks: thank you.
understand-thanks =
    مننه
    ډېره مننه
    ډیره مننه
    تشکر
    مهرباني
    منندوی یم
    الله دې خیر درکړي
    ستا له مرستې مننه
    manana
    dera manana
    tak
    .keywords = مننه, ډېره مننه, تشکر, منندوی, manana, tak

# Topic ack: ok, fine, understood (not an answer to a question).
understand-ack =
    سمه ده
    ښه
    هو
    پوه شوم
    ok
    اوکې
    صحیح ده
    ښه ده
    هو سمه ده
    سم
    okay
    sama da
    نه
    هو هو
    ho
    na
    .keywords = سمه ده, ښه ده, اوکې, صحیح, ok, sama da

# Topic menu: the main menu, start over.
understand-menu =
    مینو
    اصلي مینو
    بیرته مینو ته
    له سره پیل
    له سره
    بیا له سره
    اصلي پاڼه
    menu
    مینو ته لاړ شه
    .keywords = مینو, اصلي مینو, له سره, اصلي پاڼه, menu

# Topic help: help, I don't understand, what can you do.
understand-help =
    مرسته
    مرسته وکړه
    نه پوه شوم
    نه پوهیږم
    څه کولی شې
    څه وپوښتم
    دا څنګه کاروم
    څه ولیکم
    لارښوونه
    مرسته غواړم
    help
    komak
    .keywords = مرسته وکړه, مرسته غواړم, نه پوه شوم, لارښوونه, help, komak

# Topic back: go back to the previous question or step.
understand-back =
    شاته
    بیرته
    شاته لاړ شه
    مخکینی
    مخکینۍ پوښتنه
    یو ګام شاته
    بیرته لاړ شه
    back
    shata
    .keywords = شاته, بیرته, مخکینۍ, مخکینی, back, shata
