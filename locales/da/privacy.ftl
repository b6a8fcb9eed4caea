### Forløbet "privacy": oplysning om dine data, og sletning af dem (også /forget).
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

# Skærm 1: hvem der er ansvarlig, hvad chatten gemmer.
# $controller (String) - hvem der er ansvarlig for dataene (dataansvarlig), fra facts.yaml (senere fra konfigurationen)
privacy-start-ask = Dine data. Ansvarlig for dine data: { $controller }. Mens du chatter, gemmer vi dine svar og dit sprog, så chatten virker. Vi spørger aldrig om nationalitet, religion eller helbred.

# Skærm 2: hvad der sendes, til hvem, hvorfor, og på hvilket grundlag (samtykke).
privacy-sent-ask = Kun hvis du siger ja, sender vi dit navn, telefon eller e-mail, kommune, sprog, behov for tolk, danskniveau og arbejdsområde til din kommune, så de kan kontakte dig om IGU. Dit ja er det retlige grundlag for det.

# Skærm 3: hvor længe.
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

# Skærm 4: retten til at se, rette og slette og til at klage til Datatilsynet.
# $controller (String) - hvem der er ansvarlig for dataene, fra facts.yaml (senere fra konfigurationen)
privacy-rights-ask = Du har ret til at se, rette og slette dine data. Spørg { $controller }, eller spørg kommunen om det, den har fået. Du kan klage til Datatilsynet (datatilsynet.dk).
privacy-forget-ask = Vil du slette alt, hvad vi har gemt om dig? Det kan ikke fortrydes. Har kommunen allerede kontaktet dig, kan du også bede dem om at slette dine data.
privacy-forget-done = Færdig. Alt, hvad vi havde gemt om dig, er slettet. Skriv noget for at starte igen.

## Knapper (højst 30 tegn)

privacy-button-forget = Slet mine data
privacy-button-forget-yes = Ja, slet
privacy-button-forget-no = Nej, behold dem
privacy-button-next = Næste
