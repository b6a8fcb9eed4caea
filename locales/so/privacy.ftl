### Flow "privacy" in Somali: the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the organisation that runs this igubot, from facts.yaml (later from the configuration)
privacy-start-ask = Xogtaada. Mas'uulka xogtaada: { $controller }. Inta aad sheekaysanayso, waxaan haynaa jawaabahaaga iyo luqaddaada si sheekadu u shaqeyso. Weligeen kuma weydiinno jinsiyaddaada, diintaada ama caafimaadkaaga.

# Screen 2: what is sent, to whom, why, and on what basis (consent).
privacy-sent-ask = Haddii aad haa dhahdo oo keliya, waxaan u dirnaa magacaaga, taleefanka ama iimaylka, degmada, luqadda, baahida turjumaan, heerka Af-Deenishka iyo goobta shaqada xafiiska shaqada ee degmadaada, si ay kuula soo xiriiraan arrinta IGU. Haa-daada ayaa saldhig sharci u ah.

# Screen 3: how long.
# $chat_idle_days (Number) - days without a message after which a chat is deleted, from facts.yaml
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-keep-ask =
    Sheekada waa la tirtiraa { $chat_idle_days ->
        [one] { $chat_idle_days } maalin
       *[other] { $chat_idle_days } maalmood
    } kadib haddii aan fariin la dirin. Waxa aad dirtay waa la hayaa ilaa kiiskaaga la xiro, ugu badnaanna { $lead_retention_months ->
        [one] { $lead_retention_months } bil
       *[other] { $lead_retention_months } bilood
    } kadib. Haa-daada waad ka noqon kartaa: /forget hal mar ayuu halkan wax walba ka tirtiraa.

# Screen 4: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from facts.yaml (later from the configuration)
privacy-rights-ask = Waxaad xaq u leedahay inaad aragto, saxdo oo tirtirto xogtaada. Weydii { $controller }, ama degmadaada waxa ay heshay. Waxaad cabasho u gudbin kartaa Datatilsynet, hay'adda ilaalinta xogta ee Denmark (datatilsynet.dk).
privacy-forget-ask = Ma rabtaa inaad tirtirto wax kasta oo aan kaa kaydinnay? Tan dib looma celin karo. Haddii degmadaadu horey kuula soo xiriirtay, waxaad sidoo kale ka codsan kartaa inay tirtiraan xogtaada.
privacy-forget-done = Waa la dhammeeyay. Wax kasta oo aan kaa kaydinnay waa la tirtiray. Wax uun qor si aad dib ugu bilowdo.

## Buttons (at most 30 characters)

privacy-button-forget = Tirtir xogtayda
privacy-button-forget-yes = Haa, tirtir
privacy-button-forget-no = Maya, ha tirtirin
privacy-button-next = Xiga
