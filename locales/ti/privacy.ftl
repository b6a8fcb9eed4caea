### Flow "privacy" in Tigrinya: the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the operator or municipality named in the configuration ([privacy] controller), or privacy-controller-unset
privacy-start-ask = ሓበሬታኹም። ሓላፍነት ሓበሬታኹም ዝወስድ፦ { $controller }። ክትዘራረቡ ከለኹም፣ እቲ ዝርርብ ክሰርሕ ቋንቋኹምን መልስታትኩምን ንዕቅብ። ብዛዕባ ሃይማኖትኩም ወይ ጥዕናኹም ፈጺምና ኣይንሓትን። ዝቕጽሉ ገጻት እንታይ ከም እንሓትት፣ እንታይ ከም እንሰድድ፣ ክንደይ ከም እንዕቅቦን መሰላትኩምን ይገልጹ።

# Screen 2: what "Can I join?" asks, and that it is never sent; typed messages the bot did not understand.
# $unplaced_message_days (Number) - days a message the bot did not understand is kept, from facts.yaml
privacy-asked-ask =
    «ክሳተፍ ይኽእል ዶ?» ዕድመኹም፣ ኣብ ዴንማርክ ዝነበርኩምዎ ዓመታትን ዓይነት ፍቓድ መንበሪኹምን ይሓትት። እቲ ፍቓድ ካበይ ከም ዝመጻእኩም ከርኢ ይኽእል። እዞም መልስታት ኣብዚ ዝርርብ ይተርፉ፣ ፈጺሞም ኣይስደዱን። እቲ ቦት ዘይተረድኦ መልእኽቲ { $unplaced_message_days ->
        [one] { $unplaced_message_days } መዓልቲ
       *[other] { $unplaced_message_days } መዓልቲ
    } ይዕቀብ፣ ብዘይ ቁጽርታትን ምሳኹም ብዘይ ምትእስሳርን፣ ነቲ ቦት ንምምሕያሽ።

# Screen 3: what the form sends, to whom, why, and on what basis (consent).
privacy-sent-ask = «እወ» እንተበልኩም ጥራይ፣ ስምኩም (ብላቲናዊ ፊደላት እውን)፣ ተሌፎን ወይ ኢመይል፣ ምምሕዳር ከተማ፣ ቋንቋ፣ ድሌት ተርጓሚ፣ ደረጃ ቋንቋ ዴንማርክ፣ ዓይነት ስራሕን ውጽኢት «ክሳተፍ ይኽእል ዶ?»ን ናብ ኣገልግሎት ስራሕ ናይ ምምሕዳር ከተማኹም ንሰድድ፣ ብዛዕባ IGU ንምርኻብኩም ጥራይ። ሕጋዊ መሰረት ናይዚ «እወ» ዝበልኩምዎ እዩ።

# Screen 4: what "Talk to a person" sends.
privacy-callback-ask = «ምስ ሰብ ተዛረቡ»፦ «እወ» እንተበልኩም ጥራይ፣ ቁጽሪ ተሌፎንኩም፣ ምምሕዳር ከተማ፣ ቋንቋን ድሌት ተርጓሚን ናብ ኣገልግሎት ስራሕ ናይ ምምሕዳር ከተማኹም ንሰድድ፣ ምእንቲ ክድውለልኩም። ካልእ ካብቲ ዝርርብ ዝስደድ የለን። ኣብ Telegram ሓንሳብ ክንሓተኩም ይፍቀድ እንተኾይኑ እውን ንሰድድ።

# Screen 5: what "Send question to municipality" sends.
privacy-question-ask = «ሕቶይ ናብ ምምሕዳር ከተማ ስደድ»፦ እቲ ቦት እንተዘይተረድኣኩም፣ ዝጸሓፍኩምዎ ክትሰዱ ትኽእሉ ኢኹም። «እወ» እንተበልኩም ጥራይ፣ ሕቶኹም ከም ዝጸሓፍኩምዎ፣ ምስ ቁጽሪ ተሌፎንኩም፣ ምምሕዳር ከተማ፣ ቋንቋን ድሌት ተርጓሚን ንሰድድ፣ ምምሕዳር ከተማ ምእንቲ ክድውለልኩም።

# Screen 6: how long.
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

# Screen 7: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from the configuration (see screen 1)
# $controller_contact (String) - how to reach them (an e-mail address, phone number or web page), from the configuration ([privacy] contact), or privacy-contact-unset
privacy-rights-ask = ሓበሬታኹም ክትርእዩ፣ ክተእርሙን ክትድምስሱን መሰል ኣለኩም። { $controller } ሕተቱ፦ { $controller_contact }። ብዛዕባ ዝበጽሖ ሓበሬታ ንምምሕዳር ከተማኹም ሕተቱ። ናብ Datatilsynet፣ ናይ ዴንማርክ ኣካል ሓለዋ ሓበሬታ (datatilsynet.dk)፣ ክትጠርዑ ትኽእሉ ኢኹም።

# Shown instead of $controller and $controller_contact while the configuration does not set them.
privacy-controller-unset = እዚ ዝርርብ ዘካይድ ትካል (ኣብዚ ገና ኣይተጠቕሰን)
privacy-contact-unset = /forget ኣብዚ ዘሎ ኩሉ ይድምስስ
privacy-forget-ask = ብዛዕባኹም ዝዓቀብናዮ ኩሉ ክትድምስስዎ ትደልዩ ዶ? ድሕሪኡ ክምለስ ኣይክእልን እዩ። ምምሕዳር ከተማኹም ድሮ ተራኺቡኩም እንተኾይኑ፣ ሓበሬታኹም ክድምስሱ ክትሓትዎም'ውን ትኽእሉ ኢኹም።
privacy-forget-done = ተወዲኡ። ብዛዕባኹም ዝዓቀብናዮ ኩሉ ተደምሲሱ ኣሎ። ደጊምኩም ንምጅማር ዝኾነ ነገር ጽሓፉ።

## Buttons (at most 30 characters)

privacy-button-forget = ሓበሬታይ ይደምሰስ
privacy-button-forget-yes = እወ፣ ይደምሰስ
privacy-button-forget-no = ኣይፋል፣ ይተዓቀብ
privacy-button-next = ዝቕጽል
