### Flow "privacy" in Tigrinya: the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the organisation that runs this igubot, from facts.yaml (later from the configuration)
privacy-start-ask = ሓበሬታኹም። ሓላፍነት ሓበሬታኹም ዝወስድ፦ { $controller }። ክትዘራረቡ ከለኹም፣ እቲ ዝርርብ ክሰርሕ መልስታትኩምን ቋንቋኹምን ንዕቅብ። ብዛዕባ ዜግነትኩም፣ ሃይማኖትኩም ወይ ጥዕናኹም ፈጺምና ኣይንሓትን።

# Screen 2: what is sent, to whom, why, and on what basis (consent).
privacy-sent-ask = «እወ» እንተበልኩም ጥራይ፣ ስምኩም፣ ተሌፎን ወይ ኢመይል፣ ምምሕዳር ከተማ፣ ቋንቋ፣ ድሌት ተርጓሚ፣ ደረጃ ቋንቋ ዴንማርክን ዓይነት ስራሕን ናብ ኣገልግሎት ስራሕ ናይ ምምሕዳር ከተማኹም ንሰድድ፣ ብዛዕባ IGU ንምርኻብኩም ጥራይ። ሕጋዊ መሰረት ናይዚ «እወ» ዝበልኩምዎ እዩ።

# Screen 3: how long.
# $chat_idle_days (Number) - days without a message after which a chat is deleted, from facts.yaml
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-keep-ask =
    ዝርርብ ድሕሪ { $chat_idle_days ->
        [one] { $chat_idle_days } መዓልቲ
       *[other] { $chat_idle_days } መዓልቲ
    } ብዘይ መልእኽቲ ይድምሰስ። ዝሰደድኩምዎ ጉዳይኩም ክሳብ ዝዕጾ፣ ድሕሪኡ ድማ እንተበዝሐ { $lead_retention_months ->
        [one] { $lead_retention_months } ወርሒ
       *[other] { $lead_retention_months } ወርሒ
    } ይዕቀብ። «እወ» ዝበልኩምዎ ክትመልስዎ ትኽእሉ ኢኹም፦ /forget ኣብዚ ዘሎ ኩሉ ብሓንሳብ ይድምስሶ።

# Screen 4: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from facts.yaml (later from the configuration)
privacy-rights-ask = ሓበሬታኹም ክትርእዩ፣ ክተእርሙን ክትድምስሱን መሰል ኣለኩም። { $controller } ሕተቱ፣ ወይ ብዛዕባ ዝበጽሖ ሓበሬታ ንምምሕዳር ከተማኹም ሕተቱ። ናብ Datatilsynet፣ ናይ ዴንማርክ ኣካል ሓለዋ ሓበሬታ (datatilsynet.dk)፣ ክትጠርዑ ትኽእሉ ኢኹም።
privacy-forget-ask = ብዛዕባኹም ዝዓቀብናዮ ኩሉ ክትድምስስዎ ትደልዩ ዶ? ድሕሪኡ ክምለስ ኣይክእልን እዩ። ምምሕዳር ከተማኹም ድሮ ተራኺቡኩም እንተኾይኑ፣ ሓበሬታኹም ክድምስሱ ክትሓትዎም'ውን ትኽእሉ ኢኹም።
privacy-forget-done = ተወዲኡ። ብዛዕባኹም ዝዓቀብናዮ ኩሉ ተደምሲሱ ኣሎ። ደጊምኩም ንምጅማር ዝኾነ ነገር ጽሓፉ።

## Buttons (at most 30 characters)

privacy-button-forget = ሓበሬታይ ይደምሰስ
privacy-button-forget-yes = እወ፣ ይደምሰስ
privacy-button-forget-no = ኣይፋል፣ ይተዓቀብ
privacy-button-next = ዝቕጽል
