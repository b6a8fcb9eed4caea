### Flow "privacy" in Pashto (ps): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# "Employment service" (jobcenter) is د کار مرکز; "municipality" (kommune) is ښاروالي.

# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-start-notice =
    ستاسو معلومات: موږ ستاسو ځوابونه یوازې هغه وخت لېږو چې تاسو هو ووایئ. بیا یې ستاسو د ښاروالۍ د کار مرکز ترلاسه کوي، څو د IGU په اړه له تاسو سره اړیکه ونیسي. موږ یې تر هغه ساتو چې ستاسو دوسیه بنده شي، او له هغې وروسته تر ډېره { $lead_retention_months ->
        [one] { $lead_retention_months } میاشت
       *[other] { $lead_retention_months } میاشتې
    }. موږ هېڅکله ستاسو د تابعیت، دین یا روغتیا پوښتنه نه کوو.
privacy-start-ask = تاسو هر وخت خپل معلومات پاکولای شئ. /forget ولیکئ یا تڼۍ کېکاږئ.
privacy-forget-ask = آیا غواړئ هر هغه څه پاک کړئ چې موږ ستاسو په اړه ساتلي دي؟ وروسته یې بېرته نه شئ راګرځولای. که ستاسو ښاروالۍ مخکې له تاسو سره اړیکه نیولې وي، له هغوی هم غوښتلای شئ چې ستاسو معلومات پاک کړي.
privacy-forget-done = وشو. هر هغه څه چې موږ ستاسو په اړه ساتلي وو، پاک شول. د بیا پیل لپاره هر څه ولیکئ.

## Buttons (at most 30 characters)

privacy-button-forget = زما معلومات پاک کړئ
privacy-button-forget-yes = هو، پاک یې کړئ
privacy-button-forget-no = نه، وساتئ یې
