### Flow "eligibility" in Pashto (ps): a first check by buttons. It never says "yes, you can": the company checks papers, the municipality advises.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# After a number above one Pashto uses the plural: کال → کاله; after له / تر (oblique) کال → کلونو.

eligibility-start-ask = راځئ وګورو چې آیا IGU ښايي ستاسو لپاره مناسب وي. درې لنډې پوښتنې کوم. ستاسو له «هو» پرته هېڅ شی چا ته نه لېږل کېږي. تاسو څو کلن یاست؟ خپل عمر په شمېر ولیکئ.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-years-ask =
    آیا تاسو { $years_in_dk_max ->
        [one] { $years_in_dk_max } کال
       *[other] { $years_in_dk_max } کاله
    } یا تر دې لږ وخت په ډنمارک کې پته (د CPR په ثبت کې) درلودلې ده؟ هغه ټول کلونه وشمېرئ چې دلته مو پته درلوده.

# "Refugee" means every permit the IGU law counts as a refugee's (facts.yaml: refugee_permits):
# asylum, UN quota refugees, humanitarian and other protection permits.
eligibility-basis-ask = تاسو د اوسېدو څه ډول اجازه لرئ؟ که د ملګرو ملتونو د سهمیې کډوال یاست، یا بشري یا بله د ساتنې اجازه لرئ، هم «کډوال» وټاکئ.

## Results

# $age_max (Number) - upper age limit (under), judged when IGU starts, from facts.yaml
# $igu_per_person (Number) - how many IGU courses one person can take (1), from facts.yaml
eligibility-likely =
    ښه خبر: ښايي IGU ستاسو لپاره ممکن وي. کله چې IGU پیلېږي باید عمر مو له { $age_max } کلونو کم وي، او هر کس IGU یوازې { $igu_per_person ->
        [one] یو ځل
       *[other] { $igu_per_person } ځله
    } کولای شي. دا وروستی ځواب نه دی: شرکت او ستاسو ښاروالي به یې له تاسو سره وګوري.
eligibility-documents = مخکې له دې چې IGU پیل شي، شرکت ګوري چې تاسو ګډون کولای شئ. له دې اسنادو څخه یو چمتو ولرئ: د ډنمارک د کډوالۍ ادارې (Udlændingestyrelsen) لیک چې ستاسو د اوسېدو د اجازې په اړه دی، د اوسېدو کارت، یا د CPR سند (bopælsattest).
eligibility-ukraine = د اوکراینیانو لپاره، IGU په دې پورې اړه لري چې د ځانګړي قانون (særloven) له مخې ستاسو اجازه معتبره وي. ستاسو ښاروالي ګوري چې اجازه مو معتبره ده او تر کومه وخته. قواعد بدلېدای شي، نو مهرباني وکړئ مخکې له پلان جوړولو وپوښتئ.
eligibility-next-ask = آیا غواړئ چې ستاسو ښاروالي د IGU په اړه له تاسو سره اړیکه ونیسي؟
eligibility-unsure = کومه ستونزه نشته. ډېر خلک ډاډه نه دي. ستاسو د ښاروالۍ یو کس کولای شي دا له تاسو سره وګوري.

# $age_min (Number) - lowest age to start IGU, from facts.yaml
eligibility-too-young =
    IGU د هغو کسانو لپاره دی چې د IGU د پیل پر وخت لږ تر لږه { $age_min ->
        [one] { $age_min } کال
       *[other] { $age_min } کاله
    } عمر ولري. نو IGU لا ستاسو لپاره ممکن نه دی. ستاسو ښاروالي بیا هم کولای شي د کار یا زده کړې په برخه کې مرسته درسره وکړي.

# $age_max (Number) - upper age limit (under), from facts.yaml
eligibility-too-old =
    IGU د هغو کسانو لپاره دی چې د IGU د پیل پر وخت یې عمر له { $age_max ->
        [one] { $age_max } کال
       *[other] { $age_max } کلونو
    } کم وي. نو احتمالاً IGU ستاسو لپاره ممکن نه دی. ستاسو ښاروالي بیا هم کولای شي کار ته د نورو لارو په موندلو کې مرسته درسره وکړي.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-too-long =
    IGU د هغو کسانو لپاره دی چې تر { $years_in_dk_max ->
        [one] { $years_in_dk_max } کال
       *[other] { $years_in_dk_max } کلونو
    } پورې یې په ډنمارک کې پته درلودلې وي. نو احتمالاً IGU ستاسو لپاره ممکن نه دی. ستاسو ښاروالي بیا هم کولای شي کار ته د نورو لارو په موندلو کې مرسته درسره وکړي.

# Shown before the "talk to a person" question: a permit of another name may still count.
eligibility-other-basis = د اجازو ډېر نومونه دي، او ښايي ستاسو اجازه هم د IGU لپاره حساب شي. ستاسو د ښاروالۍ یو کس کولای شي ستاسو اجازه له تاسو سره وګوري.
eligibility-not-ask = آیا غواړئ چې ستاسو د ښاروالۍ له یوه کس سره خبرې وکړئ؟

## Buttons (at most 30 characters)

eligibility-button-no-say = نه غواړم ووایم
eligibility-button-years-over = نه، تر دې ډېر وخت
eligibility-button-not-sure = ډاډه نه یم
eligibility-button-refugee = کډوال
eligibility-button-family = د کورنۍ یوځای کېدل
eligibility-button-ukraine = د اوکراین ځانګړی قانون
eligibility-button-afghan = د افغانستان ځانګړی قانون
eligibility-button-other = بله اجازه
eligibility-button-interest = هو، اړیکه راسره ونیسئ
eligibility-button-about = IGU څه شی دی؟
eligibility-button-documents = کوم اسناد اړین دي؟
