### Flow "human" in Somali: talk to a person from the employment service of the municipality (also /human).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

human-start-info = Qof ka tirsan xafiiska shaqada ee degmadaada (kommune) ayaa ku soo wici kara. Waxay jawaabaan maalmaha shaqada, markaa waxay qaadan kartaa dhowr maalmood. Tani maaha adeeg degdeg ah.
human-start-ask = Ma rabtaa in qof kula soo xiriiro?
human-municipality-ask = Degmadee ayaad ku nooshahay? Qor magaca, tusaale ahaan Aarhus ama Odense.
human-phone-ask = Lambarkee taleefan ayay ku soo wici karaan? Tusaale ahaan 20 12 34 56.
human-interpreter-ask = Ma u baahan tahay turjubaan taleefanka?

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the callback lead's fields), not "your answers".
human-consent-ask =
    Ma u diri karnaa lambarkaaga taleefanka, degmada, luqadda iyo baahida turjumaan xafiiska shaqada ee { $municipality_name }? Keliya si lagugu soo wacdo. Waxaan hayn doonnaa ilaa kiiskaaga la xiro, ugu badnaanna { $lead_retention_months ->
        [one] { $lead_retention_months } bil
       *[other] { $lead_retention_months } bilood
    } kadib. /forget ayaa tirtira.

# Said when the person chose to send what they typed (the button common-send-question).
# $question (String) - what the person typed and the bot did not understand, as typed
human-question-yours =
    Su'aashaada:
    { $question }
    Waxaa la diraa oo keliya haddii aad dhammaadka tiraahdo haa.

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# As human-consent-ask, and the person's own question goes too: it names it first.
human-consent-question-ask =
    Ma u diri karnaa su'aashaada, lambarkaaga taleefanka, degmada, luqadda iyo baahida turjumaan xafiiska shaqada ee { $municipality_name }? Keliya si lagugu soo wacdo. Waxaan hayn doonnaa ilaa kiiskaaga la xiro, ugu badnaanna { $lead_retention_months ->
        [one] { $lead_retention_months } bil
       *[other] { $lead_retention_months } bilood
    } kadib. /forget ayaa tirtira.

# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
human-done = Mahadsanid! Xafiiska shaqada ee { $municipality_name } ayaa kula soo xiriiri doona, badanaa maalin shaqo. Waxay qaadan kartaa dhowr maalmood.
human-not-saved = Waa hagaag. Waxba lama kaydin.
human-self = Adigu waxaad la xiriiri kartaa degmadaada. Lambarka taleefanka ka hel bogga internetka ee degmadaada, ama halkaas tag. Weydii xafiiska shaqada, una sheeg inaad xiisaynayso IGU.

## Buttons (at most 30 characters)

human-button-myself = Maya, anigaa iska samaynaya
