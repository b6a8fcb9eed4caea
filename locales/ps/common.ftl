### Shared messages of igubot in Pashto (ps): buttons, help, and the reasons shown when an answer is not valid.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

## Buttons used in many flows

common-yes = هو
common-no = نه
common-menu = اصلي مینو
common-offer-human = له یوه کس سره خبرې
# A form's municipality question when the link the person came by (a poster's) named one.
# $hint_municipality_name (String) - that municipality's Danish name, e.g. Aarhus
common-municipality-hint-ask = ایا تاسو په { $hint_municipality_name } کې اوسېږئ؟
common-button-other-municipality = نه، بله ښاروالي

## Replies to typed messages

# Said before 2 or 3 buttons, each a topic the message may be about, and "Talk to a person".
common-did-you-mean = ایا ستاسو مطلب له دې څخه یو دی؟
common-not-understood = بښنه غواړم، پوه نه شوم. زه کولای شم IGU درته تشریح کړم، وګورم چې ایا تاسو ګډون کولای شئ، او ستاسو لېوالتیا خپلې ښاروالۍ (kommune) ته ورسوم. په څو کلمو کې پوښتنه وکړئ، یا یوه تڼۍ کېکاږئ.
common-hello = سلام! 👋
common-welcome = هیڅ خبره نه ده!
common-ack = 👍
# Never shown: words that, typed as the whole message at a question that waits for typed
# text (a name, a phone number), leave the form for the main menu. Comma-separated; add the
# words people of this language type to stop (English and Danish ones work in every language).
common-stop-words = ودرېږه, بس, لغوه, بند یې کړه, وتل
# A button after typed messages the bot could not place (at most 30 characters).
common-send-question = پوښتنه مې ښاروالۍ ته ولېږه

## Messages the engine can show on any step

common-help =
    د ځواب لپاره یوه تڼۍ کېکاږئ. دا کلمې هم لیکلای شئ:
    /menu – اصلي مینو
    /back – مخکینۍ پوښتنه
    /language – ژبه بدلول
    /human – له یوه کس سره خبرې
    /forget – خپل معلومات پاکول
common-error = بښنه غواړو، یوه ستونزه پیدا شوه. مهرباني وکړئ بیا هڅه وکړئ، یا د بیا پیل لپاره /menu ولیکئ.
common-resume = دا چټ تازه شو. له هماغه ځایه دوام ورکوو چې تاسو پکې وئ.
common-ended = بیا ښه راغلاست! دلته اصلي مینو ګورئ.
common-form-already-sent = دا فورمه مخکې لېږل شوې ده. ستاسو ځوابونه نور په دې چټ کې نه ساتل کېږي. د نوي فورمې د لېږلو لپاره، هغه بیا له مینو څخه وټاکئ.

## Reasons for an answer that is not valid (the question is then asked again)

error-empty = مهرباني وکړئ یو ځواب ولیکئ.
# $max_length (Number) - the most characters the answer may have
# تر ... زیات takes the oblique form: توري (one letter), تورو (letters).
error-too-long =
    دا ډېر اوږد دی. مهرباني وکړئ تر { $max_length ->
        [one] { $max_length } توري
       *[other] { $max_length } تورو
    } زیات مه لیکئ.
error-number = مهرباني وکړئ یو شمېر په رقمونو ولیکئ، لکه 3.
# $minimum (Number) - the smallest number allowed
# $maximum (Number) - the biggest number allowed
error-number-range = مهرباني وکړئ له { $minimum } څخه تر { $maximum } پورې یو شمېر ولیکئ.
error-age = مهرباني وکړئ خپل عمر په شمېر ولیکئ، لکه 34.
error-phone = دا د تلیفون شمېره نه ښکاري. مهرباني وکړئ داسې یې ولیکئ: 20 12 34 56
error-email = دا د ایمیل پته نه ښکاري. مهرباني وکړئ داسې یې ولیکئ: name@example.com
# Names written in Pashto (Arabic script) are understood too: do not ask for Latin letters.
error-municipality = دا ښاروالي مې پیدا نه کړه. مهرباني وکړئ نوم یې ولیکئ، لکه «Aarhus»، یا شمېره یې، لکه 751.
error-latin = مهرباني وکړئ خپل نوم په لاتیني تورو (A, B, C) ولیکئ لکه د استوګنې په کارت کې، یا د تېرولو لپاره تڼۍ کېکاږئ.
error-choose = مهرباني وکړئ له تڼیو څخه یوه کېکاږئ.

## Check before consent: a consent question first shows what it sends, one answer a line

common-review = مهرباني وکړئ خپل ځوابونه وګورئ:
common-review-line = { $label }: { $value }
common-review-ok = ټول سم دي
common-review-change = یو ځواب بدل کړئ
common-review-which = کوم ځواب بدلول غواړئ؟
common-review-send = هو، ولېږئ

## The answers' labels in that list and on their buttons (at most 30 characters)

review-field-name = نوم
review-field-municipality = ښاروالي
review-field-contact = اړیکه د
review-field-phone = تلیفون
review-field-email = ایمیل
review-field-interpreter = ژباړونکی
review-field-danish_level = ډنمارکي ژبه
review-field-work_area = کار
review-field-followup_ok = له څو ورځو وروسته پیغام
review-field-question = ستاسو پوښتنه
review-field-company = شرکت
review-field-name_latin = نوم په لاتیني تورو
review-field-eligibility = د «زه ګډون کولای شم؟» پایله
review-field-eligibility-likely = ښايي IGU ممکن وي
review-field-eligibility-ukraine = ستاسو په اجازې پورې اړه لري
review-field-eligibility-unsure = لا ډاډه نه یم
review-field-eligibility-not_eligible = ښايي ممکن نه وي
