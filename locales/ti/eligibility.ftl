### Flow "eligibility" in Tigrinya: a first check by buttons. It never says "yes, you can": the company checks papers, the municipality advises.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

eligibility-start-ask = IGU ምናልባት ንዓኹም ዝሰማማዕ እንተኾይኑ ንርአ። 3 ሓጸርቲ ሕቶታት ክሓተኩም እየ። «እወ» እንተዘይበልኩም፣ ዋላ ሓደ ሓበሬታ ናብ ዝኾነ ሰብ ኣይስደድን። ዕድሜኹም ክንደይ እዩ? ዕድሜኹም ብቁጽሪ ጽሓፉ።

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-years-ask =
    ኣብ ዴንማርክ (ኣብ መዝገብ CPR) { $years_in_dk_max ->
        [one] { $years_in_dk_max } ዓመት
       *[other] { $years_in_dk_max } ዓመት
    } ወይ ካብኡ ዝወሓደ ኣድራሻ ነይሩኩም ድዩ? ኣብዚ ኣድራሻ ዝነበረኩም ኩሉ ዓመታት ቁጸሩ።

# "Refugee" means every permit the IGU law counts as a refugee's (facts.yaml: refugee_permits):
# asylum, UN quota refugees, humanitarian and other protection permits.
eligibility-basis-ask = እንታይ ዓይነት ፍቓድ መንበሪ ኣለኩም? ብኮታ ሕቡራት ሃገራት ዝመጻእኩም ስደተኛታት እንተኾንኩም፣ ወይ ሰብኣዊ ወይ ካልእ ናይ ሓለዋ ፍቓድ እንተሃልዩኩም'ውን «ስደተኛ» ምረጹ።

## Results

# $age_max (Number) - upper age limit (under), judged when IGU starts, from facts.yaml
# $igu_per_person (Number) - how many IGU courses one person can take (1), from facts.yaml
eligibility-likely =
    ጽቡቕ ዜና፦ IGU ንዓኹም ዝከኣል ክኸውን ይኽእል። IGU ክጅምር ከሎ ዕድሜኹም ትሕቲ { $age_max } ክኸውን ኣለዎ፣ ነፍሲ ወከፍ ሰብ ድማ IGU { $igu_per_person ->
        [one] ሓንሳብ ጥራይ
       *[other] { $igu_per_person } ግዜ ጥራይ
    } ክወስድ ይኽእል። እዚ ናይ መወዳእታ መልሲ ኣይኮነን፦ እቲ ትካልን ምምሕዳር ከተማኹምን ምሳኹም ኮይኖም ይፍትሽዎ።
eligibility-documents = IGU ከይጀመረ፣ እቲ ትካል ክትሳተፉ ትኽእሉ እንተኾይንኩም ይፍትሽ። ሓደ ካብዞም ዝስዕቡ ኣዳልዉ፦ ካብ ቤት ጽሕፈት ኢሚግሬሽን ዴንማርክ (Udlændingestyrelsen) ዝመጸ ደብዳቤ ብዛዕባ ፍቓድ መንበሪኹም፣ ካርድ መንበሪኹም፣ ወይ ካብ CPR ዝወጸ ሰነድ (bopælsattest)።
eligibility-ukraine = ንዩክረናውያን፣ IGU ብመሰረት ፍሉይ ሕጊ (særloven) ዝሰርሕ ፍቓድ ኣብ ምህላውኩም ይምርኮስ። ፍቓድኩም ይሰርሕ እንተሎን ክሳብ መዓስ ከም ዝሰርሕን ምምሕዳር ከተማኹም ይፍትሽ። ሕግታት ክቕየሩ ይኽእሉ እዮም፣ ስለዚ በጃኹም ቅድሚ መደብ ምግባርኩም ሕተቱ።
eligibility-next-ask = ምምሕዳር ከተማኹም ብዛዕባ IGU ክራኸበኩም ትደልዩ ዶ?
eligibility-unsure = ጸገም የለን። ብዙሓት ሰባት ርግጸኛታት ኣይኮኑን። ሓደ ሰብ ካብ ምምሕዳር ከተማኹም ምሳኹም ኮይኑ ክፍትሾ ይኽእል።

# $age_min (Number) - lowest age to start IGU, from facts.yaml
eligibility-too-young =
    IGU፣ ክጅምርዎ ከለዉ ዕድሜኦም እንተወሓደ { $age_min ->
        [one] { $age_min } ዓመት
       *[other] { $age_min } ዓመት
    } ንዝኾኑ ሰባት እዩ። ስለዚ IGU ገና ንዓኹም ኣይከኣልን። ምምሕዳር ከተማኹም ግን ኣብ ስራሕ ወይ ትምህርቲ ክሕግዘኩም ይኽእል እዩ።

# $age_max (Number) - upper age limit (under), from facts.yaml
eligibility-too-old =
    IGU፣ ክጅምርዎ ከለዉ ዕድሜኦም ትሕቲ { $age_max ->
        [one] { $age_max } ዓመት
       *[other] { $age_max } ዓመት
    } ንዝኾኑ ሰባት እዩ። ስለዚ IGU ንዓኹም ዝከኣል ኣይመስልን። ምምሕዳር ከተማኹም ግን ናብ ስራሕ ዘእትዉ ካልኦት መገድታት ክትረኽቡ ክሕግዘኩም ይኽእል እዩ።

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-too-long =
    IGU ኣብ ዴንማርክ ክሳብ { $years_in_dk_max ->
        [one] { $years_in_dk_max } ዓመት
       *[other] { $years_in_dk_max } ዓመት
    } ኣድራሻ ንዝነበሮም ሰባት እዩ። ስለዚ IGU ንዓኹም ዝከኣል ኣይመስልን። ምምሕዳር ከተማኹም ግን ናብ ስራሕ ዘእትዉ ካልኦት መገድታት ክትረኽቡ ክሕግዘኩም ይኽእል እዩ።

# Shown before the "talk to a person" question: a permit of another name may still count.
eligibility-other-basis = ፍቓዳት ብዙሕ ኣስማት ኣለዎም፣ ናትኩም'ውን ን IGU ክቑጸር ይኽእል እዩ። ሓደ ሰብ ካብ ምምሕዳር ከተማኹም ምሳኹም ኮይኑ ፍቓድኩም ክፍትሾ ይኽእል።
eligibility-not-ask = ምስ ሓደ ሰብ ካብ ምምሕዳር ከተማኹም ክትዛረቡ ትደልዩ ዶ?

## Buttons (at most 30 characters)

eligibility-button-no-say = ክነግር ኣይደልን
eligibility-button-years-over = ኣይፋል፣ ካብኡ ንላዕሊ
eligibility-button-not-sure = ርግጸኛ ኣይኮንኩን
eligibility-button-refugee = ስደተኛ
eligibility-button-family = ምትእኽኻብ ስድራቤት
eligibility-button-ukraine = ፍሉይ ሕጊ ዩክረን
eligibility-button-afghan = ፍሉይ ሕጊ ኣፍጋኒስታን
eligibility-button-other = ካልእ ፍቓድ
eligibility-button-interest = እወ፣ ተራኸቡኒ
eligibility-button-about = IGU እንታይ እዩ?
eligibility-button-documents = እንታይ ወረቓቕቲ የድልየኒ?
