### Flow "human" in Tigrinya: talk to a person from the employment service of the municipality (also /human).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

human-start-info = ሓደ ሰብ ካብ ኣገልግሎት ስራሕ ናይ ምምሕዳር ከተማኹም (kommune) ተመሊሱ ክድውለልኩም ይኽእል። ኣብ መዓልታት ስራሕ ይምልሱ፣ ስለዚ ገለ መዓልታት ክወስድ ይኽእል። እዚ ናይ ህጹጽ ረድኤት ኣገልግሎት ኣይኮነን።
human-start-ask = ሓደ ሰብ ክራኸበኩም ትደልዩ ዶ?
human-municipality-ask = ኣብ ኣየናይ ምምሕዳር ከተማ ኢኹም ትነብሩ? ስሙ ጽሓፉ፣ ንኣብነት Aarhus ወይ Odense።
human-phone-ask = ኣብ ኣየናይ ቁጽሪ ተሌፎን ክድውሉልኩም ይኽእሉ? ንኣብነት 20 12 34 56።
human-interpreter-ask = ኣብ ተሌፎን ተርጓሚ የድልየኩም ዶ?

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the callback lead's fields), not "your answers".
human-consent-ask =
    ቁጽሪ ተሌፎንኩም፣ ምምሕዳር ከተማ፣ ቋንቋን ድሌት ተርጓሚን ናብ ኣገልግሎት ስራሕ ኣብ { $municipality_name } ክንሰዶም ትፈቕዱልና ዶ? ተመሊሶም ክድውሉልኩም ጥራይ። ጉዳይኩም ክሳብ ዝዕጾ፣ ድሕሪኡ ድማ እንተበዝሐ { $lead_retention_months ->
        [one] { $lead_retention_months } ወርሒ
       *[other] { $lead_retention_months } ወርሒ
    } ንዕቅቦም። /forget ይድምስሶም።

# Said when the person chose to send what they typed (the button common-send-question).
# $question (String) - what the person typed and the bot did not understand, as typed
human-question-yours =
    ሕቶኹም:
    { $question }
    ኣብ መወዳእታ እወ እንተበልኩም ጥራይ እዩ ዝስደድ።

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# As human-consent-ask, and the person's own question goes too: it names it first.
human-consent-question-ask =
    ሕቶኹም፣ ቁጽሪ ተሌፎንኩም፣ ምምሕዳር ከተማ፣ ቋንቋን ድሌት ተርጓሚን ናብ ኣገልግሎት ስራሕ ኣብ { $municipality_name } ክንሰዶም ትፈቕዱልና ዶ? ተመሊሶም ክድውሉልኩም ጥራይ። ጉዳይኩም ክሳብ ዝዕጾ፣ ድሕሪኡ ድማ እንተበዝሐ { $lead_retention_months ->
        [one] { $lead_retention_months } ወርሒ
       *[other] { $lead_retention_months } ወርሒ
    } ንዕቅቦም። /forget ይድምስሶም።

# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
human-done = የቐንየልና! ኣገልግሎት ስራሕ ናይ { $municipality_name } ክራኸበኩም እዩ፣ መብዛሕትኡ ግዜ ኣብ መዓልቲ ስራሕ። ገለ መዓልታት ክወስድ ይኽእል።
human-not-saved = ሕራይ። ዋላ ሓደ ነገር ኣይተዓቀበን።
human-self = ባዕልኹም ምስ ምምሕዳር ከተማኹም ክትራኸቡ ትኽእሉ ኢኹም። ቁጽሪ ተሌፎኑ ኣብ መርበብ ሓበሬታ (website) ናይ ምምሕዳር ከተማኹም ድለዩ፣ ወይ ናብኡ ኪዱ። ንኣገልግሎት ስራሕ ሕተቱ፣ ኣብ IGU ድሌት ከም ዘለኩም ድማ ንገርዎም።

## Buttons (at most 30 characters)

human-button-myself = ኣይፋል፣ ባዕለይ ክገብሮ
