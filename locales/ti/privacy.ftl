### Flow "privacy" in Tigrinya: the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-start-notice =
    ሓበሬታኹም፦ «እወ» እንተበልኩም ጥራይ ኢና መልስታትኩም ንሰዶም። ሽዑ ኣገልግሎት ስራሕ ናይ ምምሕዳር ከተማኹም ይረኽቦም፣ ብዛዕባ IGU ምሳኹም ንምርኻብ። ጉዳይኩም ክሳብ ዝዕጾ፣ ድሕሪኡ ድማ እንተበዝሐ { $lead_retention_months ->
        [one] { $lead_retention_months } ወርሒ
       *[other] { $lead_retention_months } ወርሒ
    } ንዕቅቦም። ብዛዕባ ዜግነትኩም፣ ሃይማኖትኩም ወይ ጥዕናኹም ፈጺምና ኣይንሓትን።
privacy-start-ask = ኣብ ዝኾነ ግዜ ሓበሬታኹም ክትድምስስዎ ትኽእሉ ኢኹም። /forget ጽሓፉ ወይ ነቲ መልጎም ጠውቑ።
privacy-forget-ask = ብዛዕባኹም ዝዓቀብናዮ ኩሉ ክትድምስስዎ ትደልዩ ዶ? ድሕሪኡ ክምለስ ኣይክእልን እዩ። ምምሕዳር ከተማኹም ድሮ ተራኺቡኩም እንተኾይኑ፣ ሓበሬታኹም ክድምስሱ ክትሓትዎም'ውን ትኽእሉ ኢኹም።
privacy-forget-done = ተወዲኡ። ብዛዕባኹም ዝዓቀብናዮ ኩሉ ተደምሲሱ ኣሎ። ደጊምኩም ንምጅማር ዝኾነ ነገር ጽሓፉ።

## Buttons (at most 30 characters)

privacy-button-forget = ሓበሬታይ ይደምሰስ
privacy-button-forget-yes = እወ፣ ይደምሰስ
privacy-button-forget-no = ኣይፋል፣ ይተዓቀብ
