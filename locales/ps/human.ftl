### Flow "human" in Pashto (ps): talk to a person from the employment service of the municipality (also /human).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# "Employment service" of the municipality is د کارموندنې څانګه (not "د کار مرکز", a job centre: municipalities need not have one since 2026); "municipality" (kommune) is ښاروالي.

human-start-info = ستاسو د ښاروالۍ د کارموندنې څانګې یو کس کولای شي تاسو ته بېرته زنګ ووهي. هغوی په کاري ورځو کې ځواب ورکوي، نو ښايي څو ورځې ونیسي. دا د بیړني حالت خدمت نه دی.
human-start-ask = آیا غواړئ چې یو کس له تاسو سره اړیکه ونیسي؟
human-municipality-ask = تاسو په کومه ښاروالۍ کې اوسېږئ؟ نوم یې ولیکئ، لکه Aarhus یا Odense.
human-phone-ask = هغوی تاسو ته په کومه تلیفون شمېره زنګ وهلای شي؟ لکه 20 12 34 56.
human-interpreter-ask = آیا په تلیفون کې ترجمان ته اړتیا لرئ؟

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the callback lead's fields), not "your answers".
human-consent-ask =
    آیا اجازه راکوئ چې ستاسو د تلیفون شمېره، ښاروالي، ژبه او د ژباړونکي اړتیا په { $municipality_name } کې د کارموندنې څانګې ته ولېږو؟ یوازې چې بېرته زنګ درته ووهي. موږ یې تر هغه ساتو چې ستاسو دوسیه بنده شي، او له هغې وروسته تر ډېره { $lead_retention_months ->
        [one] { $lead_retention_months } میاشت
       *[other] { $lead_retention_months } میاشتې
    }. /forget یې پاکوي.

# Said when the person chose to send what they typed (the button common-send-question).
# $question (String) - what the person typed and the bot did not understand, as typed
human-question-yours =
    ستاسو پوښتنه:
    { $question }
    یوازې هغه وخت لېږل کېږي چې په پای کې هو ووایئ.

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# As human-consent-ask, and the person's own question goes too: it names it first.
human-consent-question-ask =
    آیا اجازه راکوئ چې ستاسو پوښتنه، د تلیفون شمېره، ښاروالي، ژبه او د ژباړونکي اړتیا په { $municipality_name } کې د کارموندنې څانګې ته ولېږو؟ یوازې چې بېرته زنګ درته ووهي. موږ یې تر هغه ساتو چې ستاسو دوسیه بنده شي، او له هغې وروسته تر ډېره { $lead_retention_months ->
        [one] { $lead_retention_months } میاشت
       *[other] { $lead_retention_months } میاشتې
    }. /forget یې پاکوي.

# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
human-done = مننه! په { $municipality_name } کې د کارموندنې څانګه به له تاسو سره اړیکه ونیسي، معمولاً په یوه کاري ورځ. ښايي څو ورځې ونیسي.
human-not-saved = سمه ده. هېڅ شی خوندي نه شو.
human-self = تاسو پخپله هم له خپلې ښاروالۍ سره اړیکه نیولای شئ. د هغې د تلیفون شمېره د ښاروالۍ په ویب پاڼه کې پیدا کړئ، یا هلته ورشئ. ووایئ چې د کارموندنې له څانګې سره خبرې کول غواړئ او په IGU کې لېوالتیا لرئ.

## Buttons (at most 30 characters)

human-button-myself = نه، پخپله یې کوم
