### Flow "privacy" in Somali: the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the operator or municipality named in the configuration ([privacy] controller), or privacy-controller-unset
privacy-start-ask = Xogtaada. Mas'uulka xogtaada: { $controller }. Inta aad sheekaysanayso, waxaan haynaa luqaddaada iyo jawaabahaaga si sheekadu u shaqeyso. Weligeen kuma weydiinno diintaada ama caafimaadkaaga. Shaashadaha xiga waxay sheegayaan waxa aan weydiinno, waxa aan dirno, inta aan hayno iyo xuquuqdaada.

# Screen 2: what "Can I join?" asks, and that it is never sent; typed messages the bot did not understand.
# $unplaced_message_days (Number) - days a message the bot did not understand is kept, from facts.yaml
privacy-asked-ask =
    “Ma ku biiri karaa?” wuxuu weydiiyaa da'da, sannadahaaga Denmark iyo nooca sharciga deganaanshaha, oo muujin kara halka aad ka timid. Jawaabahan halkan ayay ku jiraan, weligoodna lama diro. Fariin uusan bot-ku fahmin waxaa la hayaa { $unplaced_message_days ->
        [one] { $unplaced_message_days } maalin
       *[other] { $unplaced_message_days } maalmood
    }, lambar la'aan, adigana laguma xiro, si loo hagaajiyo.

# Screen 3: what the form sends, to whom, why, and on what basis (consent).
privacy-sent-ask = Keliya haddii aad haa dhahdo, waxaan u dirnaa magacaaga (sidoo kale Laatiin), taleefan ama iimayl, degmada, luqadda, baahida turjumaan, heerka Deenishka, goobta shaqada iyo natiijada “Ma ku biiri karaa?” xafiiska shaqada ee degmadaada, keliya si laguula xiriiro IGU. Haa-daada waa saldhig sharci.

# Screen 4: what "Talk to a person" sends.
privacy-callback-ask = “La hadal qof”: haddii aad haa dhahdo oo keliya, waxaan u dirnaa lambarka taleefankaaga, degmada, luqadda iyo baahida turjumaan xafiiska shaqada ee degmadaada, si ay kuu soo wacaan. Wax kale oo sheekada ah lama diro. Telegram-ka waxaan sidoo kale u dirnaa haddii aan hal mar kula soo xiriiri karno.

# Screen 5: what "Send question to municipality" sends.
privacy-question-ask = “U dir su'aashayda degmada”: haddii bot-ku ku fahmin, waxaad diri kartaa waxa aad qortay. Haddii aad haa dhahdo oo keliya, waxaan dirnaa su'aashaada sidii aad u qortay, iyo lambarka taleefankaaga, degmada, luqadda iyo baahida turjumaan, si degmadu kuu soo wacdo.

# Screen 6: how long.
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

# Screen 7: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from the configuration (see screen 1)
# $controller_contact (String) - how to reach them (an e-mail address, phone number or web page), from the configuration ([privacy] contact), or privacy-contact-unset
privacy-rights-ask = Waxaad xaq u leedahay inaad aragto, saxdo oo tirtirto xogtaada. Weydii { $controller }: { $controller_contact }. Degmadaada weydii waxa ay heshay. Waxaad cabasho u gudbin kartaa Datatilsynet, hay'adda ilaalinta xogta ee Denmark (datatilsynet.dk).

# Shown instead of $controller and $controller_contact while the configuration does not set them.
privacy-controller-unset = hay'adda wadata sheekadan (weli halkan laguma magacaabin)
privacy-contact-unset = /forget halkan wax walba ayuu tirtiraa
privacy-forget-ask = Ma rabtaa inaad tirtirto wax kasta oo aan kaa kaydinnay? Tan dib looma celin karo. Haddii degmadaadu horey kuula soo xiriirtay, waxaad sidoo kale ka codsan kartaa inay tirtiraan xogtaada.
privacy-forget-done = Waa la dhammeeyay. Wax kasta oo aan kaa kaydinnay waa la tirtiray. Wax uun qor si aad dib ugu bilowdo.

## Buttons (at most 30 characters)

privacy-button-forget = Tirtir xogtayda
privacy-button-forget-yes = Haa, tirtir
privacy-button-forget-no = Maya, ha tirtirin
privacy-button-next = Xiga
