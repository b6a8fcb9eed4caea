### Flow "privacy" in Somali: the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-start-notice =
    Xogtaada: jawaabahaaga waxaan u gudbinnaa oo keliya haddii aad haa dhahdo. Markaas xafiiska shaqada ee degmadaada ayaa hela, si ay kuula soo xiriiraan arrinta IGU. Waxaan haynaa ilaa kiiskaaga la xiro, ugu badnaanna { $lead_retention_months ->
        [one] { $lead_retention_months } bil
       *[other] { $lead_retention_months } bilood
    } kadib. Weligeen kuma weydiinno jinsiyaddaada, diintaada ama caafimaadkaaga.
privacy-start-ask = Xogtaada waad tirtiri kartaa wakhti kasta. Qor /forget ama taabo badhanka.
privacy-forget-ask = Ma rabtaa inaad tirtirto wax kasta oo aan kaa kaydinnay? Tan dib looma celin karo. Haddii degmadaadu horey kuula soo xiriirtay, waxaad sidoo kale ka codsan kartaa inay tirtiraan xogtaada.
privacy-forget-done = Waa la dhammeeyay. Wax kasta oo aan kaa kaydinnay waa la tirtiray. Wax uun qor si aad dib ugu bilowdo.

## Buttons (at most 30 characters)

privacy-button-forget = Tirtir xogtayda
privacy-button-forget-yes = Haa, tirtir
privacy-button-forget-no = Maya, ha tirtirin
