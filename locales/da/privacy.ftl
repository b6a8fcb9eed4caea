### Forløbet "privacy": oplysning om dine data, og sletning af dem (også /forget).
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

# $lead_retention_months (Number) - måneder, en henvendelse gemmes, efter sagen er lukket, fra facts.yaml
privacy-start-notice =
    Dine data: Vi sender kun dine svar videre, hvis du siger ja. Så får beskæftigelsesindsatsen i din kommune dem, så de kan kontakte dig om IGU. Vi gemmer dem, til din sag er lukket, og højst { $lead_retention_months ->
        [one] { $lead_retention_months } måned
       *[other] { $lead_retention_months } måneder
    } efter. Vi spørger aldrig om nationalitet, religion eller helbred.
privacy-start-ask = Du kan slette dine data når som helst. Skriv /forget, eller tryk på knappen.
privacy-forget-ask = Vil du slette alt, hvad vi har gemt om dig? Det kan ikke fortrydes. Har kommunen allerede kontaktet dig, kan du også bede dem om at slette dine data.
privacy-forget-done = Færdig. Alt, hvad vi havde gemt om dig, er slettet. Skriv noget for at starte igen.

## Knapper (højst 30 tegn)

privacy-button-forget = Slet mine data
privacy-button-forget-yes = Ja, slet
privacy-button-forget-no = Nej, behold dem
