### Flow "interest" in Somali: the interest form. Only what the municipality needs to contact the person, then consent.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

interest-name-ask = Waxaan ku weydiin doonaa dhowr su'aalood oo gaagaaban, si degmadaadu kula soo xiriirto. Marka hore: magacaagu waa maxay?

interest-name-latin-ask = Sidee magacaaga loogu qoray xarfaha Laatiinka (A, B, C) kaarka degenaanshaha (opholdskort)? Haddii aadan garanayn, taabo badhanka.
interest-municipality-ask = Degmadee ayaad ku nooshahay? Qor magaca, tusaale ahaan Aarhus ama Odense.
interest-contact-ask = Sidee ayaad jeclaan lahayd in degmadaadu kula soo xiriirto?
interest-phone-ask = Waa imisa lambarka taleefankaagu? Tusaale ahaan 20 12 34 56.
interest-email-ask = Waa maxay ciwaanka iimaylkaagu?
interest-interpreter-ask = Ma rabtaa turjubaan marka aad la hadlayso degmadaada?
interest-danish-ask = Intee in le'eg ayaad ku hadashaa Af-Deenish? Jawaab kasta waa caadi.
interest-work-ask = Shaqo noocee ah ayaad jeclaan lahayd? Dooro midda kuugu habboon. Shaqooyin kale waad kala hadli kartaa degmadaada mar dambe.

# Asked only on Telegram, after the questions and before the consent question. "Yes" means one
# message some days later (locales/so/followup.ftl); "no" means none. Do not state a number of days.
interest-followup-ask = Ma oggolaanaysaa in igubot halkan kuugu soo diro hal fariin oo gaaban dhowr maalmood kadib? Wuxuu ku weydiin doonaa haddii degmadaadu kula soo xiriirtay.

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the lead's fields), not "your answers".
interest-consent-ask =
    Ma u diri karnaa magacaaga (iyo Laatiin), taleefan ama iimayl, degmada, luqadda, baahi turjumaan, heerka Deenishka, goobta shaqada iyo natiijada “Ma ku biiri karaa?” xafiiska shaqada ee { $municipality_name }? Keliya si laguula xiriiro IGU. Waan haynaa ilaa kiiskaagu xirmo iyo ugu badnaan { $lead_retention_months ->
        [one] { $lead_retention_months } bil
       *[other] { $lead_retention_months } bilood
    } kadib.

# $name (String) - the name the person wrote
interest-saved = Mahadsanid, { $name }! Degmadaadu way kula soo xiriiri doontaa si ay kuula hadasho IGU iyo waxa kuu suurtagal ah. Tani maaha dalab shaqo: IGU waxaa wadajir ku heshiiya adiga iyo shirkad.
interest-not-saved = Waa hagaag. Waxba lama kaydin. Foomka mar kale waad buuxin kartaa wakhti kasta, adigoo ka bilaabaya liiska.

## Buttons (at most 30 characters)

interest-button-phone = Wicitaan taleefan
interest-button-sms = SMS
interest-button-email = Iimayl
interest-button-danish-none = Waxba
interest-button-danish-little = Wax yar
interest-button-danish-good = Si fiican
interest-button-work-retail = Dukaan iyo iibin
interest-button-work-service = Nadiifin iyo adeeg
interest-button-work-transport = Gaadiid iyo bakhaar
interest-button-work-food = Jiko iyo cunto
interest-button-work-building = Dhismo iyo farsamo
interest-button-work-other = Wax kale
interest-button-name-latin-skip = Ma garanayo / ka bood
