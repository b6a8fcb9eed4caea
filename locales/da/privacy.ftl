### Forløbet "privacy": oplysning om dine data, og sletning af dem (også /forget).
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

# Skærm 1: hvem der er ansvarlig, hvad chatten gemmer.
# $controller (String) - hvem der er ansvarlig for dataene (dataansvarlig): operatøren eller kommunen, der er navngivet i konfigurationen ([privacy] controller), eller privacy-controller-unset
privacy-start-ask = Dine data. Ansvarlig for dine data: { $controller }. Mens du chatter, gemmer vi dit sprog og dine svar, så chatten virker. Vi spørger aldrig om din religion eller dit helbred. De næste skærme fortæller, hvad vi spørger om, hvad vi sender, hvor længe vi gemmer det, og dine rettigheder.

# Skærm 2: hvad “Kan jeg være med?” spørger om, og at det aldrig sendes; beskeder, botten ikke forstod.
# $unplaced_message_days (Number) - dage, en besked, botten ikke forstod, gemmes, fra facts.yaml
privacy-asked-ask =
    “Kan jeg være med?” spørger om din alder, dine år i Danmark og din slags opholdstilladelse. Tilladelsen kan vise, hvor du kommer fra. Disse svar bliver i chatten og sendes aldrig. En besked, botten ikke forstår, gemmes i { $unplaced_message_days ->
        [one] { $unplaced_message_days } dag
       *[other] { $unplaced_message_days } dage
    } uden tal og uden forbindelse til dig, så botten kan blive bedre.

# Skærm 3: hvad formularen sender, til hvem, hvorfor, og på hvilket grundlag (samtykke).
privacy-sent-ask = Kun hvis du siger ja, sender vi dit navn (også med latinske bogstaver), telefon eller e-mail, kommune, sprog, behov for tolk, danskniveau, arbejdsområde og resultatet af “Kan jeg være med?” til din kommune, kun for at kontakte dig om IGU. Dit ja er det retlige grundlag.

# Skærm 4: hvad “Tal med et menneske” sender.
privacy-callback-ask = “Tal med et menneske”: kun hvis du siger ja, sender vi dit telefonnummer, din kommune, dit sprog og dit behov for tolk til din kommune, så de kan ringe dig op. Intet andet fra chatten bliver sendt. På Telegram sender vi også, om vi må skrive til dig én gang.

# Skærm 5: hvad “Send spørgsmål til kommunen” sender.
privacy-question-ask = “Send spørgsmål til kommunen”: hvis botten ikke forstod dig, kan du sende det, du skrev. Kun hvis du siger ja, sender vi dit spørgsmål, som du skrev det, med dit telefonnummer, din kommune, dit sprog og dit behov for tolk, så kommunen kan ringe dig op.

# Skærm 6: hvor længe.
# $chat_idle_days (Number) - dage uden beskeder, hvorefter en chat slettes, fra facts.yaml
# $lead_retention_months (Number) - måneder, en henvendelse gemmes, efter sagen er lukket, fra facts.yaml
privacy-keep-ask =
    En chat bliver slettet efter { $chat_idle_days ->
        [one] { $chat_idle_days } dag
       *[other] { $chat_idle_days } dage
    } uden beskeder. Det, du har sendt, gemmer vi, til din sag er lukket, og højst { $lead_retention_months ->
        [one] { $lead_retention_months } måned
       *[other] { $lead_retention_months } måneder
    } efter. Du kan trække dit ja tilbage: /forget sletter alt her på én gang.

# Skærm 7: retten til at se, rette og slette og til at klage til Datatilsynet.
# $controller (String) - hvem der er ansvarlig for dataene, fra konfigurationen (se skærm 1)
# $controller_contact (String) - hvordan man når dem (e-mail, telefon eller webside), fra konfigurationen ([privacy] contact), eller privacy-contact-unset
privacy-rights-ask = Du har ret til at se, rette og slette dine data. Spørg { $controller }: { $controller_contact }. Spørg kommunen om det, den har fået. Du kan klage til Datatilsynet (datatilsynet.dk).

# Vises i stedet for $controller og $controller_contact, så længe de ikke er sat i konfigurationen.
privacy-controller-unset = den organisation, der driver denne chat (endnu ikke navngivet her)
privacy-contact-unset = /forget sletter alt her
privacy-forget-ask = Vil du slette alt, hvad vi har gemt om dig? Det kan ikke fortrydes. Har kommunen allerede kontaktet dig, kan du også bede dem om at slette dine data.
privacy-forget-done = Færdig. Alt, hvad vi havde gemt om dig, er slettet. Skriv noget for at starte igen.

## Knapper (højst 30 tegn)

privacy-button-forget = Slet mine data
privacy-button-forget-yes = Ja, slet
privacy-button-forget-no = Nej, behold dem
privacy-button-next = Næste
