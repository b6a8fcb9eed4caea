### Flow "interest" in Pashto (ps): the interest form. Only what the municipality needs to contact the person, then consent.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# "Employment service" of the municipality is د کارموندنې څانګه (not "د کار مرکز", a job centre: municipalities need not have one since 2026); "municipality" (kommune) is ښاروالي.

interest-name-ask = څو لنډې پوښتنې کوم، څو ستاسو ښاروالي وکولای شي له تاسو سره اړیکه ونیسي. لومړی: ستاسو نوم څه دی؟

interest-name-latin-ask = ستاسو نوم د استوګنې په کارت (opholdskort) کې په لاتیني تورو (A, B, C) څنګه لیکل شوی؟ که نه پوهېږئ، تڼۍ کېکاږئ.
interest-municipality-ask = تاسو په کومه ښاروالۍ کې اوسېږئ؟ نوم یې ولیکئ، لکه Aarhus یا Odense.
interest-contact-ask = ستاسو ښاروالي له تاسو سره څنګه اړیکه ونیسي؟
interest-phone-ask = ستاسو د تلیفون شمېره څه ده؟ لکه 20 12 34 56.
interest-email-ask = ستاسو د ایمیل پته څه ده؟
interest-interpreter-ask = آیا غواړئ کله چې له خپلې ښاروالۍ سره خبرې کوئ، ترجمان درسره وي؟
interest-danish-ask = څومره ډنمارکي ژبه خبرې کولای شئ؟ هر ځواب سم دی.
interest-work-ask = څه ډول کار خوښوئ؟ هغه یو وټاکئ چې تر ټولو ښه درته برابر دی. وروسته کولای شئ له خپلې ښاروالۍ سره د نورو کارونو په اړه هم خبرې وکړئ.

# Asked only on Telegram, after the questions and before the consent question. "Yes" means one
# message some days later (locales/ps/followup.ftl); "no" means none. Do not state a number of days.
interest-followup-ask = آیا igubot کولای شي څو ورځې وروسته دلته تاسو ته یو لنډ پیغام ولېږي، څو وپوښتي چې ستاسو ښاروالۍ له تاسو سره اړیکه نیولې که نه؟

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the lead's fields), not "your answers".
interest-consent-ask =
    اجازه راکوئ چې ستاسو نوم (په لاتیني تورو هم)، تلیفون یا ایمیل، ښاروالي، ژبه، د ژباړونکي اړتیا، د ډنمارکي کچه، د کار ساحه او د «زه ګډون کولای شم؟» پایله په { $municipality_name } کې د کارموندنې څانګې ته ولېږو؟ یوازې د IGU په اړه د اړیکې لپاره. موږ یې د دوسیې تر بندېدو او وروسته تر ډېره { $lead_retention_months ->
        [one] { $lead_retention_months } میاشت
       *[other] { $lead_retention_months } میاشتې
    } ساتو.

# $name (String) - the name the person wrote
interest-saved = مننه، { $name }! ستاسو ښاروالي به له تاسو سره اړیکه ونیسي، څو د IGU په اړه خبرې وکړي او دا چې ستاسو لپاره څه ممکن دي. دا د کار وړاندیز نه دی: تاسو او یو شرکت په ګډه د IGU هوکړه کوئ.
interest-not-saved = سمه ده. هېڅ شی خوندي نه شو. تاسو هر وخت کولای شئ له مینو څخه فورمه بیا ډکه کړئ.

## Buttons (at most 30 characters)

interest-button-phone = تلیفوني زنګ
interest-button-sms = SMS پیغام
interest-button-email = ایمیل
interest-button-danish-none = هېڅ نه
interest-button-danish-little = لږ څه
interest-button-danish-good = ښه
interest-button-work-retail = دوکان او پلور
interest-button-work-service = پاکول او خدمتونه
interest-button-work-transport = ټرانسپورټ او ګدام
interest-button-work-food = پخلنځی او خواړه
interest-button-work-building = ودانۍ جوړول او لاسي کار
interest-button-work-other = بل څه
interest-button-name-latin-skip = نه پوهېږم / تېرول
