### Forløbet "employer": IGU for en virksomhed (løn, bonus, sådan starter det, pligter) og derefter en kontakt til arbejdspladsens kommune.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

# $duration_years (Number) - hvor mange år et IGU-forløb varer, fra facts.yaml
# $work_hours_min (Number) - mindste antal timer arbejde om ugen i gennemsnit, fra facts.yaml
# $school_weeks (Number) - antal kursusuger i et IGU-forløb, fra facts.yaml
# $start_deadline (Date) - sidste dag, et nyt IGU-forløb kan starte, fra facts.yaml
employer-start-info =
    IGU for virksomheder: Du ansætter en flygtning eller en familiesammenført i { $duration_years ->
        [one] { $duration_years } år
       *[other] { $duration_years } år
    }. Personen arbejder hos dig, i gennemsnit mindst { $work_hours_min ->
        [one] { $work_hours_min } time
       *[other] { $work_hours_min } timer
    } om ugen, og tager kurser i { $school_weeks ->
        [one] { $school_weeks } uge
       *[other] { $school_weeks } uger
    }. Både private og offentlige arbejdspladser kan tilbyde IGU. Nye forløb kan starte til og med { $start_deadline }.

employer-start-ask = Hvad vil du vide?

employer-pay-ask = Løn: Du betaler EGU-satsen i jeres overenskomst. Har den ingen EGU-sats, betaler du elevlønnen for 1. og 2. år. I kursusugerne betaler du ikke løn: Kommunen betaler personen en godtgørelse. Der er intet løntilskud: IGU er almindelig ansættelse.

# $bonus_amount (String) - bonus til virksomheden, hver udbetaling, med valuta ("20.000 kr."), fra facts.yaml
# $bonus_first_after_months (Number) - måneder med IGU før den første bonus, fra facts.yaml
# $bonus_second_after_years (Number) - år før den anden bonus, fra facts.yaml
employer-bonus-ask =
    Bonus: En privat virksomhed kan få { $bonus_amount } efter { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } måned
       *[other] { $bonus_first_after_months } måneder
    } med IGU og { $bonus_amount } mere, når IGU er gennemført efter { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } år
       *[other] { $bonus_second_after_years } år
    }. Du søger hos SIRI (Styrelsen for International Rekruttering og Integration). Offentlige arbejdspladser får ingen bonus.

# $bonus_de_minimis_since (Date) - siden denne dag er bonussen de minimis-støtte, fra facts.yaml
# Reglen om VITAS: facts.yaml bonus_needs_vitas.
employer-bonus-rules-ask = Når I søger, skal IGU-aftalen og undervisningsplanen være oprettet i VITAS. Siden { $bonus_de_minimis_since } er bonussen de minimis-støtte efter EU's regler: En virksomhed tæt på loftet for den slags støtte kan få mindre eller ingen bonus.

# $age_min (Number) - laveste alder for at starte på IGU, fra facts.yaml
# $age_max (Number) - øvre aldersgrænse (under), fra facts.yaml
# $years_in_dk_max (Number) - højeste antal år med adresse i Danmark, fra facts.yaml
# $prior_employment_months (Number) - måneder uden almindelig ansættelse i samme virksomhed før IGU, fra facts.yaml
# $igu_per_person (Number) - hvor mange IGU-forløb én person kan tage (1), fra facts.yaml
employer-process-check =
    Hvem kan være med: flygtninge, familiesammenførte og personer med gyldigt ophold efter den ukrainske eller afghanske særlov, fra { $age_min } til under { $age_max } år, når IGU starter, og med adresse i Danmark i op til { $years_in_dk_max ->
        [one] { $years_in_dk_max } år
       *[other] { $years_in_dk_max } år
    }. { $igu_per_person ->
        [one] Kun ét IGU-forløb
       *[other] Højst { $igu_per_person } IGU-forløb
    } pr. person, og ingen almindelig ansættelse hos jer de sidste { $prior_employment_months ->
        [one] { $prior_employment_months } måned
       *[other] { $prior_employment_months } måneder
    }.

# Fristen for VITAS står der ikke med vilje: den eneste kilde er fra 2018.
employer-process-ask = Sådan starter det: 1. Du tjekker personens papirer: brevet om opholdstilladelse, opholdskortet eller en bopælsattest. 2. I skriver under på en skriftlig IGU-aftale og laver en undervisningsplan. 3. Du registrerer aftalen i VITAS kort efter underskriften; kommunen kender den aktuelle frist.

# $work_hours_min (Number) - mindste antal timer arbejde om ugen i gennemsnit, fra facts.yaml
# $school_weeks (Number) - antal kursusuger i et IGU-forløb, fra facts.yaml
# "Som regel gratis" (facts.yaml: school_fee).
employer-duties-info =
    Dine pligter: IGU er almindelig ansættelse efter jeres overenskomst. Giv i gennemsnit mindst { $work_hours_min ->
        [one] { $work_hours_min } times
       *[other] { $work_hours_min } timers
    } arbejde om ugen. Lad personen tage kurser i { $school_weeks ->
        [one] { $school_weeks } uge
       *[other] { $school_weeks } uger
    }; undervisningen er som regel gratis. Når IGU slutter, giver du personen et bevis.

# $sprogmakker_hours_per_week (Number) - højst så mange timer om ugen til en sprogmakker, fra facts.yaml
# $sprogmakker_weeks (Number) - højst så mange uger med sprogmakker, fra facts.yaml
employer-duties-buddy-ask =
    Hjælp med dansk: En kollega kan være sprogmakker. Du kan søge om tilskud til sprogmakkerens lønudgift i op til { $sprogmakker_hours_per_week ->
        [one] { $sprogmakker_hours_per_week } time
       *[other] { $sprogmakker_hours_per_week } timer
    } om ugen i op til { $sprogmakker_weeks ->
        [one] { $sprogmakker_weeks } uge
       *[other] { $sprogmakker_weeks } uger
    }. Sprogmakkeren skal tage sprogmakkerkurset.

## Kontaktskemaet

employer-contact-info = Giv os dine kontaktoplysninger. Så kontakter den kommune, hvor arbejdspladsen ligger, dig om IGU. Jeg stiller nogle få, korte spørgsmål.
employer-company-ask = Hvad hedder virksomheden?
employer-municipality-ask = Hvilken kommune ligger arbejdspladsen i? Skriv navnet, for eksempel Aarhus eller Odense.
employer-name-ask = Hvad hedder kontaktpersonen?
employer-contact-ask = Hvordan vil du helst kontaktes af kommunen?
employer-phone-ask = Hvilket nummer kan de ringe til? For eksempel 20 12 34 56.
employer-email-ask = Hvad er din e-mailadresse?

# Denne tekst gemmes sammen med samtykket: en ændring giver en ny samtykkeversion.
# $municipality_name (String) - navnet på arbejdspladsens kommune, fx "Aarhus"
# $lead_retention_months (Number) - måneder, en henvendelse gemmes, efter sagen er lukket, fra facts.yaml
employer-consent-ask =
    Må vi sende firmanavn, kommune, dit navn og din telefon eller e-mail til kommunen ({ $municipality_name })? De bruger dem kun til at kontakte dig om IGU. Vi gemmer dem, til sagen er lukket, og højst { $lead_retention_months ->
        [one] { $lead_retention_months } måned
       *[other] { $lead_retention_months } måneder
    } efter. /forget sletter dem.

# $name (String) - kontaktpersonens navn
# $municipality_name (String) - navnet på arbejdspladsens kommune, fx "Aarhus"
employer-saved = Tak, { $name }! Kommunen i { $municipality_name } kontakter dig om IGU.
employer-not-saved = Okay. Intet er gemt. Du kan også selv ringe til kommunen.

## Knapper (højst 30 tegn)

employer-button-bonus = Bonussen
employer-button-process = Hvordan starter det?
employer-button-duties = Dine pligter
employer-button-pay = Løn
employer-button-rules = Betingelser for bonus
employer-button-who = Hvem kan være med?
employer-button-buddy = Sprogmakker
employer-button-contact = Kontakt mig
employer-button-phone = Telefon
employer-button-email = E-mail
