### Forløbet "interest": interesseskemaet. Kun det, kommunen skal bruge for at kontakte personen, og derefter samtykke.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

interest-name-ask = Jeg stiller nogle få, korte spørgsmål, så kommunen kan kontakte dig. Først: Hvad hedder du?

interest-name-latin-ask = Hvordan står dit navn med latinske bogstaver (A, B, C) på dit opholdskort? Hvis du ikke ved det, så tryk på knappen.
interest-municipality-ask = Hvilken kommune bor du i? Skriv navnet, for eksempel Aarhus eller Odense.
interest-contact-ask = Hvordan vil du helst kontaktes af kommunen?
interest-phone-ask = Hvad er dit telefonnummer? For eksempel 20 12 34 56.
interest-email-ask = Hvad er din e-mailadresse?
interest-interpreter-ask = Vil du have en tolk, når du taler med kommunen?
interest-danish-ask = Hvor meget dansk taler du? Alle svar er i orden.
interest-work-ask = Hvilken slags arbejde vil du gerne have? Vælg det, der passer bedst. Du kan tale med kommunen om andre job senere.

# Stilles kun på Telegram, efter spørgsmålene og før samtykket. "Ja" betyder én besked nogle dage
# senere (locales/da/followup.ftl); "nej" betyder ingen. Nævn ikke et antal dage.
interest-followup-ask = Må igubot sende dig én kort besked her om nogle dage for at spørge, om kommunen har kontaktet dig?

# Denne tekst gemmes sammen med samtykket: en ændring giver en ny samtykkeversion.
# Den nævner præcis, hvad der sendes (henvendelsens felter), ikke "dine svar".
# $municipality_name (String) - navnet på personens kommune, fx "Aarhus"
# $lead_retention_months (Number) - måneder, en henvendelse gemmes, efter sagen er lukket, fra facts.yaml
interest-consent-ask =
    Må vi sende dit navn (også med latinske bogstaver), telefon eller e-mail, kommune, sprog, behov for tolk, danskniveau, arbejdsområde og resultat af “Kan jeg være med?” til kommunen ({ $municipality_name })? Kun for at kontakte dig om IGU. Vi gemmer dem, til din sag er lukket, og højst { $lead_retention_months ->
        [one] { $lead_retention_months } måned
       *[other] { $lead_retention_months } måneder
    } efter.

# $name (String) - det navn, personen skrev
interest-saved = Tak, { $name }! Kommunen kontakter dig og taler med dig om IGU og dine muligheder. Det er ikke et jobtilbud: Et IGU-forløb aftaler du og en virksomhed sammen.
interest-not-saved = Okay. Intet er gemt. Du kan udfylde skemaet igen når som helst fra menuen.

## Knapper (højst 30 tegn)

interest-button-phone = Opkald
interest-button-sms = SMS
interest-button-email = E-mail
interest-button-danish-none = Ingen dansk
interest-button-danish-little = Lidt
interest-button-danish-good = Godt
interest-button-work-retail = Butik og handel
interest-button-work-service = Rengøring og service
interest-button-work-transport = Transport og lager
interest-button-work-food = Køkken og mad
interest-button-work-building = Byggeri og håndværk
interest-button-work-other = Noget andet
interest-button-name-latin-skip = Ved ikke / spring over
