### Flow "privacy" in Pashto (ps): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# "Employment service" of the municipality is د کارموندنې څانګه (not "د کار مرکز", a job centre: municipalities need not have one since 2026); "municipality" (kommune) is ښاروالي.

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the operator or municipality named in the configuration ([privacy] controller), or privacy-controller-unset
privacy-start-ask = ستاسو معلومات. د ستاسو د معلوماتو مسؤل: { $controller }. کله چې چټ کوئ، ستاسو ژبه او ځوابونه ساتو چې چټ کار وکړي. موږ هېڅکله ستاسو د دین یا روغتیا پوښتنه نه کوو. راتلونکې پاڼې وايي چې څه پوښتو، څه لېږو، څومره یې ساتو او ستاسو حقونه.

# Screen 2: what "Can I join?" asks, and that it is never sent; typed messages the bot did not understand.
# $unplaced_message_days (Number) - days a message the bot did not understand is kept, from facts.yaml
privacy-asked-ask =
    «زه ګډون کولای شم؟» ستاسو عمر، په ډنمارک کې ستاسو کلونه او د اوسېدو د اجازې ډول پوښتي. اجازه ښودلای شي چې له کومه یاست. دا ځوابونه په همدې چټ کې پاتې کېږي او هېڅکله نه لېږل کېږي. هغه پیغام چې بوټ یې نه پوهېږي { $unplaced_message_days ->
        [one] { $unplaced_message_days } ورځ
       *[other] { $unplaced_message_days } ورځې
    } ساتل کېږي، پرته له شمېرو او له تاسو سره پرته له اړیکې، چې بوټ ښه شي.

# Screen 3: what the form sends, to whom, why, and on what basis (consent).
privacy-sent-ask = یوازې ستاسو په «هو»، ستاسو نوم (په لاتیني تورو هم)، تلیفون یا بریښنالیک، ښاروالي، ژبه، د ژباړونکي اړتیا، د ډنمارکي کچه، د کار ساحه او د «زه ګډون کولای شم؟» پایله ستاسو د ښاروالۍ د کارموندنې څانګې ته لېږو، یوازې د IGU په اړه د اړیکې لپاره. قانوني بنسټ یې ستاسو «هو» ده.

# Screen 4: what "Talk to a person" sends.
privacy-callback-ask = «له یوه کس سره خبرې»: یوازې ستاسو په «هو»، ستاسو د تلیفون شمېره، ښاروالي، ژبه او د ژباړونکي اړتیا ستاسو د ښاروالۍ د کارموندنې څانګې ته لېږو، چې تاسو ته زنګ ووهي. د چټ نور هېڅ نه لېږل کېږي. په Telegram کې دا هم لېږو چې ایا یو ځل له تاسو پوښتنه کولای شو.

# Screen 5: what "Send question to municipality" sends.
privacy-question-ask = «پوښتنه مې ښاروالۍ ته ولېږه»: که بوټ ستاسو خبره ونه پوهېده، هغه څه چې مو لیکلي لېږلای شئ. یوازې ستاسو په «هو»، ستاسو پوښتنه لکه څنګه چې مو لیکلې، ستاسو د تلیفون شمېرې، ښاروالۍ، ژبې او د ژباړونکي اړتیا سره لېږو، چې ښاروالي تاسو ته زنګ ووهي.

# Screen 6: how long.
# $chat_idle_days (Number) - days without a message after which a chat is deleted, from facts.yaml
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-keep-ask =
    چټ له { $chat_idle_days ->
        [one] { $chat_idle_days } ورځ
       *[other] { $chat_idle_days } ورځو
    } پرته له پیغام وروسته پاکېږي. څه چې مو لېږلي تر هغه ساتل کېږي چې ستاسو دوسیه بنده شي، او له هغې وروسته تر ډېره { $lead_retention_months ->
        [one] { $lead_retention_months } میاشت
       *[other] { $lead_retention_months } میاشتې
    }. تاسو خپله «هو» بېرته اخیستلای شئ: /forget دلته هر څه په یو ځل پاکوي.

# Screen 7: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from the configuration (see screen 1)
# $controller_contact (String) - how to reach them (an e-mail address, phone number or web page), from the configuration ([privacy] contact), or privacy-contact-unset
privacy-rights-ask = تاسو حق لرئ خپل معلومات وګورئ، سم یې کړئ او پاک یې کړئ. له { $controller } وپوښتئ: { $controller_contact }. له خپلې ښاروالۍ د هغه څه په اړه وپوښتئ چې ترلاسه کړي یې دي. تاسو کولای شئ Datatilsynet ته، د ډنمارک د معلوماتو د ساتنې ادارې (datatilsynet.dk) ته، شکایت وکړئ.

# Shown instead of $controller and $controller_contact while the configuration does not set them.
privacy-controller-unset = هغه اداره چې دا چټ چلوي (لا دلته نه ده نومول شوې)
privacy-contact-unset = /forget دلته هر څه پاکوي
privacy-forget-ask = آیا غواړئ هر هغه څه پاک کړئ چې موږ ستاسو په اړه ساتلي دي؟ وروسته یې بېرته نه شئ راګرځولای. که ستاسو ښاروالۍ مخکې له تاسو سره اړیکه نیولې وي، له هغوی هم غوښتلای شئ چې ستاسو معلومات پاک کړي.
privacy-forget-done = وشو. هر هغه څه چې موږ ستاسو په اړه ساتلي وو، پاک شول. د بیا پیل لپاره هر څه ولیکئ.

## Buttons (at most 30 characters)

privacy-button-forget = زما معلومات پاک کړئ
privacy-button-forget-yes = هو، پاک یې کړئ
privacy-button-forget-no = نه، وساتئ یې
privacy-button-next = بل
