### Forløbet "human": tal med en medarbejder fra kommunen (også /human).
### Ord: sig "kommunen" for kommunens beskæftigelsesindsats (ikke "jobcenter", ikke "beskæftigelsesindsatsen").
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

human-start-info = En medarbejder fra din kommune kan ringe dig op. De svarer på hverdage, så det kan tage nogle dage. Det er ikke en akuttjeneste.
human-start-ask = Vil du gerne kontaktes af en medarbejder?
human-municipality-ask = Hvilken kommune bor du i? Skriv navnet, for eksempel Aarhus eller Odense.
human-phone-ask = Hvilket nummer kan de ringe til? For eksempel 20 12 34 56.
human-interpreter-ask = Har du brug for en tolk i telefonen?

# Denne tekst gemmes sammen med samtykket: en ændring giver en ny samtykkeversion.
# Den nævner præcis, hvad der sendes (henvendelsens felter), ikke "dine svar".
# $municipality_name (String) - navnet på personens kommune, fx "Aarhus"
# $lead_retention_months (Number) - måneder, en henvendelse gemmes, efter sagen er lukket, fra facts.yaml
human-consent-ask =
    Må vi sende dit telefonnummer, din kommune, dit sprog og dit behov for tolk til kommunen ({ $municipality_name })? Kun så de kan ringe dig op. Vi gemmer dem, til din sag er lukket, og højst { $lead_retention_months ->
        [one] { $lead_retention_months } måned
       *[other] { $lead_retention_months } måneder
    } efter. /forget sletter dem.

# Siges, når personen har valgt at sende det, de skrev (knappen common-send-question).
# $question (String) - det, personen skrev, og som botten ikke forstod, som det blev skrevet
human-question-yours =
    Dit spørgsmål:
    { $question }
    Det bliver kun sendt, hvis du siger ja til sidst.

# Denne tekst gemmes sammen med samtykket: en ændring giver en ny samtykkeversion.
# Som human-consent-ask, og personens eget spørgsmål sendes med: det nævnes først.
# $municipality_name (String) - navnet på personens kommune, fx "Aarhus"
# $lead_retention_months (Number) - måneder, en henvendelse gemmes, efter sagen er lukket, fra facts.yaml
human-consent-question-ask =
    Må vi sende dit spørgsmål, dit telefonnummer, din kommune, dit sprog og dit behov for tolk til kommunen ({ $municipality_name })? Kun så de kan ringe dig op. Vi gemmer dem, til din sag er lukket, og højst { $lead_retention_months ->
        [one] { $lead_retention_months } måned
       *[other] { $lead_retention_months } måneder
    } efter. /forget sletter dem.

# $municipality_name (String) - navnet på personens kommune, fx "Aarhus"
human-done = Tak! Kommunen i { $municipality_name } kontakter dig, som regel på en hverdag. Det kan tage nogle dage.
human-not-saved = Okay. Intet er gemt.
human-self = Du kan selv kontakte kommunen. Find telefonnummeret på kommunens hjemmeside, eller gå derhen. Spørg efter hjælp til job, og sig, at du er interesseret i IGU.

## Knapper (højst 30 tegn)

human-button-myself = Nej, jeg gør det selv
