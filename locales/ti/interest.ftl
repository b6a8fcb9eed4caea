### Flow "interest" in Tigrinya: the interest form. Only what the municipality needs to contact the person, then consent.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

interest-name-ask = ምምሕዳር ከተማኹም ምሳኹም ክራኸብ ምእንቲ፣ ገለ ሓጸርቲ ሕቶታት ክሓተኩም እየ። መጀመርታ፦ ሽምኩም መን እዩ?

interest-name-latin-ask = ሽምኩም ኣብ ካርድ መንበሪኹም (opholdskort) ብላቲናዊ ፊደላት (A, B, C) ብኸመይ ተጻሒፉ ኣሎ? እንተ ዘይፈለጥኩም፣ ነቲ መልጎም ጠውቑ።
interest-municipality-ask = ኣብ ኣየናይ ምምሕዳር ከተማ ኢኹም ትነብሩ? ስሙ ጽሓፉ፣ ንኣብነት Aarhus ወይ Odense።
interest-contact-ask = ምምሕዳር ከተማኹም ብኸመይ ክራኸበኩም ትደልዩ?
interest-phone-ask = ቁጽሪ ተሌፎንኩም እንታይ እዩ? ንኣብነት 20 12 34 56።
interest-email-ask = ኣድራሻ ኢመይልኩም እንታይ እዩ?
interest-interpreter-ask = ምስ ምምሕዳር ከተማኹም ክትዛረቡ ከለኹም ተርጓሚ ትደልዩ ዶ?
interest-danish-ask = ክሳብ ክንደይ ቋንቋ ዴንማርክ ትዛረቡ? ዝኾነ መልሲ ጽቡቕ እዩ።
interest-work-ask = እንታይ ዓይነት ስራሕ ትደልዩ? እቲ ዝበለጸ ዝሰማማዓኩም ምረጹ። ብዛዕባ ካልእ ስራሕ ድሒርኩም ምስ ምምሕዳር ከተማኹም ክትዛረቡ ትኽእሉ ኢኹም።

# Asked only on Telegram, after the questions and before the consent question. "Yes" means one
# message some days later (locales/ti/followup.ftl); "no" means none. Do not state a number of days.
interest-followup-ask = igubot ድሕሪ ገለ መዓልታት ኣብዚ ሓንቲ ሓጻር መልእኽቲ ክሰደልኩም ትፈቕዱሉ ዶ? ምምሕዳር ከተማኹም ምሳኹም ተራኺቡ ድዩ ንምሕታት እዩ።

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the lead's fields), not "your answers".
interest-consent-ask =
    ስምኩም (ብላቲናዊ ፊደላት እውን)፣ ተሌፎን ወይ ኢመይል፣ ምምሕዳር ከተማ፣ ቋንቋ፣ ድሌት ተርጓሚ፣ ደረጃ ቋንቋ ዴንማርክ፣ ዓይነት ስራሕን ውጽኢት «ክሳተፍ ይኽእል ዶ?»ን ናብ ኣገልግሎት ስራሕ ኣብ { $municipality_name } ክንሰዶም ትፈቕዱልና ዶ? ብዛዕባ IGU ንምርኻብኩም ጥራይ። ጉዳይኩም ክሳብ ዝዕጾ፣ ድሕሪኡ ድማ እንተበዝሐ { $lead_retention_months ->
        [one] { $lead_retention_months } ወርሒ
       *[other] { $lead_retention_months } ወርሒ
    } ንዕቅቦም።

# $name (String) - the name the person wrote
interest-saved = የቐንየልና፣ { $name }! ምምሕዳር ከተማኹም ብዛዕባ IGU ከምኡ'ውን ንዓኹም እንታይ ከም ዝከኣል ንምዝርራብ ክራኸበኩም እዩ። እዚ ስራሕ ከም ዝተዋህበኩም ማለት ኣይኮነን፦ ንስኹምን ሓደ ትካልን ብሓባር ኢኹም ብዛዕባ IGU ትሰማምዑ።
interest-not-saved = ሕራይ። ዋላ ሓደ ነገር ኣይተዓቀበን። ኣብ ዝኾነ ግዜ ካብ ሜኑ ነዚ ቅጥዒ ደጊምኩም ክትመልእዎ ትኽእሉ ኢኹም።

## Buttons (at most 30 characters)

interest-button-phone = ደወል ተሌፎን
interest-button-sms = SMS
interest-button-email = ኢመይል
interest-button-danish-none = ዋላ ሓንቲ
interest-button-danish-little = ቁሩብ
interest-button-danish-good = ጽቡቕ
interest-button-work-retail = ድኳንን ንግድን
interest-button-work-service = ጽሬትን ኣገልግሎትን
interest-button-work-transport = መጓዓዝያን መኽዘንን
interest-button-work-food = ክሽነን መግብን
interest-button-work-building = ህንጻን ኢደ-ጥበብን
interest-button-work-other = ካልእ ነገር
interest-button-name-latin-skip = ኣይፈልጥን / ሕለፍ
