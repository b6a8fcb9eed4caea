### Forløbet "about": hvad IGU er, i fire korte beskeder (arbejde og skole, skole, løn, at finde en virksomhed).
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

# $duration_years (Number) - hvor mange år et IGU-forløb varer, fra facts.yaml
# $work_hours_min (Number) - mindste antal timer arbejde om ugen i gennemsnit, fra facts.yaml
# $school_weeks (Number) - antal skoleuger i et IGU-forløb, fra facts.yaml
about-start-ask =
    IGU er et job med skole. Et IGU-forløb varer { $duration_years ->
        [one] { $duration_years } år
       *[other] { $duration_years } år
    }. Du arbejder i en virksomhed i Danmark og får løn, i gennemsnit mindst { $work_hours_min ->
        [one] { $work_hours_min } time
       *[other] { $work_hours_min } timer
    } om ugen. Du går også i skole i { $school_weeks ->
        [one] { $school_weeks } uge
       *[other] { $school_weeks } uger
    }. IGU er for flygtninge, familiesammenførte og nogle med ophold efter en særlov.

# $school_weeks (Number) - antal skoleuger i et IGU-forløb, fra facts.yaml
# $school_hours_per_week (Number) - timer i en skoleuge, fra facts.yaml
# $board_lodging_km (Number) - km fra hjem til skole og tilbage, hvorfra der kan gives tilskud til kost og logi, fra facts.yaml
# $board_lodging_max_per_day (Number) - højst så mange kr. om dagen til kost og logi, fra facts.yaml
about-school-ask =
    Skole: { $school_weeks ->
        [one] { $school_weeks } uge
       *[other] { $school_weeks } uger
    } i alt, { $school_hours_per_week ->
        [one] { $school_hours_per_week } time
       *[other] { $school_hours_per_week } timer
    } om ugen, som hele uger eller enkelte dage. For eksempel dansk eller jobkurser (AMU). Skolen er gratis. Er AMU-kurset { $board_lodging_km } km eller mere væk, frem og tilbage? Så kan du få tilskud til kost og logi, højst { $board_lodging_max_per_day } kr. om dagen.

about-pay-ask = Løn: Når du arbejder, får du elevløn (EGU-løn) efter virksomhedens overenskomst. Der er ikke ét beløb for alle. I skoleugerne får du ikke løn. Så søger du kommunen om uddannelsesgodtgørelse hver måned. Spørg kommunen, hvad IGU betyder for din økonomi, før du starter.

# $bonus_amount (Number) - bonus til virksomheden i kr., hver udbetaling, fra facts.yaml
# $bonus_first_after_months (Number) - måneder før den første bonus, fra facts.yaml
# $bonus_second_after_years (Number) - år før den anden bonus, fra facts.yaml
# $start_deadline (Date) - sidste dag, et nyt IGU-forløb kan starte, fra facts.yaml
about-company-ask =
    Du finder selv en virksomhed, eller kommunen hjælper dig. Du kan også søge IGU-job på Jobnet. Fortæl virksomheden: En privat virksomhed kan få { $bonus_amount } kr. efter { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } måned
       *[other] { $bonus_first_after_months } måneder
    } og igen efter { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } år
       *[other] { $bonus_second_after_years } år
    }. Nye IGU-forløb kan starte til og med { $start_deadline }.

## Knapper (højst 30 tegn)

about-button-more = Fortæl mere
about-button-join = Kan jeg være med?
about-button-interest = Jeg er interesseret
