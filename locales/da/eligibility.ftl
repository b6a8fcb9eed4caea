### Forløbet "eligibility": et første tjek med knapper. Det siger aldrig "ja, du kan": virksomheden tjekker papirerne, kommunen rådgiver.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

eligibility-start-ask = Lad os se, om IGU måske passer til dig. Jeg stiller 3 korte spørgsmål. Intet bliver sendt til nogen uden dit ja. Hvor gammel er du? Skriv din alder som et tal.

# $years_in_dk_max (Number) - højeste antal år med adresse i Danmark, fra facts.yaml
eligibility-years-ask =
    Har du haft adresse i Danmark (i CPR-registret) i { $years_in_dk_max ->
        [one] { $years_in_dk_max } år
       *[other] { $years_in_dk_max } år
    } eller mindre? Tæl alle dine år med adresse her sammen.

# "Flygtning" dækker alle tilladelser, IGU-loven regner som flygtninges (facts.yaml: refugee_permits):
# asyl, kvoteflygtninge, humanitært ophold og anden beskyttelse.
eligibility-basis-ask = Hvilken slags opholdstilladelse har du? Vælg også "Flygtning", hvis du er kvoteflygtning fra FN eller har humanitært ophold eller en anden slags beskyttelse.

## Resultater

# $age_max (Number) - øvre aldersgrænse (under), når IGU starter, fra facts.yaml
# $igu_per_person (Number) - hvor mange IGU-forløb én person kan tage (1), fra facts.yaml
eligibility-likely =
    Godt nyt: IGU kan måske være en mulighed for dig. Du skal være under { $age_max } år, når IGU starter, og man kan kun tage IGU { $igu_per_person ->
        [one] én gang
       *[other] { $igu_per_person } gange
    }. Det er ikke et endeligt svar: Virksomheden og kommunen tjekker det sammen med dig.
eligibility-documents = Før et IGU-forløb starter, tjekker virksomheden, at du kan være med. Hav et af disse klar: brevet fra Udlændingestyrelsen om din opholdstilladelse, dit opholdskort eller en bopælsattest.
eligibility-ukraine = For ukrainere afhænger IGU af, at du har en gyldig tilladelse efter særloven. Kommunen tjekker, om din tilladelse er gyldig, og hvor længe. Reglerne kan ændre sig, så spørg kommunen, før du lægger planer.
eligibility-next-ask = Vil du have, at kommunen kontakter dig om IGU?
eligibility-unsure = Det er helt i orden. Mange er ikke sikre. En medarbejder fra kommunen kan tjekke det sammen med dig.

# $age_min (Number) - laveste alder for at starte på IGU, fra facts.yaml
eligibility-too-young =
    IGU er for personer, der er fyldt { $age_min ->
        [one] { $age_min } år
       *[other] { $age_min } år
    }, når forløbet starter. Så IGU er ikke muligt for dig endnu. Kommunen kan stadig hjælpe dig med job eller uddannelse.

# $age_max (Number) - øvre aldersgrænse (under), fra facts.yaml
eligibility-too-old =
    IGU er for personer under { $age_max ->
        [one] { $age_max } år
       *[other] { $age_max } år
    }, når forløbet starter. Så IGU er nok ikke muligt for dig. Kommunen kan stadig hjælpe dig med at finde andre veje til arbejde.

# $years_in_dk_max (Number) - højeste antal år med adresse i Danmark, fra facts.yaml
eligibility-too-long =
    IGU er for personer, der har haft adresse i Danmark i op til { $years_in_dk_max ->
        [one] { $years_in_dk_max } år
       *[other] { $years_in_dk_max } år
    }. Så IGU er nok ikke muligt for dig. Kommunen kan stadig hjælpe dig med at finde andre veje til arbejde.

# Vises før spørgsmålet om at tale med en medarbejder: en tilladelse med et andet navn kan godt passe.
eligibility-other-basis = Opholdstilladelser har mange navne, og din kan godt passe til IGU. En medarbejder fra kommunen kan tjekke din tilladelse sammen med dig.
eligibility-not-ask = Vil du tale med en medarbejder fra kommunen?

## Knapper (højst 30 tegn)

eligibility-button-no-say = Det vil jeg helst ikke sige
eligibility-button-years-over = Nej, længere tid
eligibility-button-not-sure = Jeg er ikke sikker
eligibility-button-refugee = Flygtning
eligibility-button-family = Familiesammenføring
eligibility-button-ukraine = Ukrainsk særlov
eligibility-button-afghan = Afghansk særlov
eligibility-button-other = Andet ophold
eligibility-button-interest = Ja, kontakt mig
eligibility-button-about = Hvad er IGU?
eligibility-button-documents = Hvilke papirer skal jeg have?
