### Forløbet "about": hvad IGU er for en elev – en kort start og derefter en menu med emner (løn, skole, at finde et job, sådan starter IGU, efter IGU) og eksemplerne.
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

about-topics-ask = Hvad vil du vide om IGU? Tryk på et emne.

## Løn

about-pay-ask = Løn: Når du arbejder, får du elevløn (EGU-løn) efter virksomhedens overenskomst. Der er ikke ét beløb for alle. I skoleugerne får du ikke løn. Så søger du kommunen om uddannelsesgodtgørelse hver måned. Spørg kommunen, hvad IGU betyder for din økonomi, før du starter.

## Skole

# $school_weeks (Number) - antal skoleuger i et IGU-forløb, fra facts.yaml
# $school_hours_per_week (Number) - timer i en skoleuge, fra facts.yaml
# $board_lodging_km (Number) - km fra hjem til skole og tilbage, hvorfra der kan gives tilskud til kost og logi, fra facts.yaml
# $board_lodging_max_per_night (Number) - højst så mange kr. om dagen til kost og logi, fra facts.yaml
about-school-ask =
    Skole: { $school_weeks ->
        [one] { $school_weeks } uge
       *[other] { $school_weeks } uger
    } i alt, { $school_hours_per_week ->
        [one] { $school_hours_per_week } time
       *[other] { $school_hours_per_week } timer
    } om ugen, som hele uger eller enkelte dage. For eksempel dansk eller jobkurser (AMU). Skolen er gratis. Er turen til et AMU-kursus og hjem igen { $board_lodging_km } km eller mere? Så kan du få tilskud til kost og logi, højst { $board_lodging_max_per_night } kr. om dagen.

# De seks slags skole, der tæller i IGU (BEK 1825/2023 § 6). AMU er altid en del af det.
about-school-types-ask = Hvad kan du lære? Dansk. AMU: korte jobkurser, for eksempel truckkørsel eller hygiejne. FVU: læsning, skrivning og matematik. AVU: skolefag for voksne. HF-enkeltfag. FGU: en grunduddannelse, der gør dig klar til mere. AMU er altid en del af din IGU. Din undervisningsplan viser, hvad du tager.

## At finde et IGU-job

# $start_deadline (Date) - sidste dag, et nyt IGU-forløb kan starte, fra facts.yaml
about-job-ask = Sådan finder du et IGU-job: Søg efter IGU-job på Jobnet (jobnet.dk). Spørg selv virksomheder, også en virksomhed, hvor du har været i praktik. Kommunen kan hjælpe dig med at finde en virksomhed. Nye IGU-forløb kan starte til og med { $start_deadline }.

## Sådan starter IGU

# Fristen for VITAS står der ikke med vilje: den eneste kilde er fra 2018.
about-agreement-info = Sådan starter IGU: Virksomheden tjekker dine papirer. I skriver under på en skriftlig IGU-aftale om dit arbejde. Sammen laver I en undervisningsplan for dine skoleuger. Kort efter underskriften registrerer virksomheden aftalen i et system, der hedder VITAS. Kommunen kender de præcise regler.

# $bonus_amount (Number) - bonus til virksomheden i kr., hver udbetaling, fra facts.yaml
# $bonus_first_after_months (Number) - måneder med IGU før den første bonus, fra facts.yaml
# $bonus_second_after_years (Number) - år før den anden bonus, fra facts.yaml
about-agreement-bonus-ask =
    Godt at fortælle en virksomhed: En privat virksomhed kan få { $bonus_amount } kr. efter { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } måned
       *[other] { $bonus_first_after_months } måneder
    } med IGU og igen efter { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } år
       *[other] { $bonus_second_after_years } år
    }. Offentlige arbejdspladser, fx en kommune, kan også tilbyde IGU, men de får ingen bonus.

## Efter IGU

# Reglerne for a-kasse som dimittend er ikke bekræftet: skriv altid "spørg en a-kasse".
about-after-ask = Når IGU slutter, giver virksomheden dig et bevis for dit IGU-forløb. Vis det, når du søger nyt job eller mere uddannelse. Du kan måske også blive medlem af en a-kasse som nyuddannet (dimittend). Spørg en a-kasse om reglerne, før dit IGU-forløb slutter.

## Knapper (højst 30 tegn)

about-button-more = Fortæl mere
about-button-join = Kan jeg være med?
about-button-interest = Jeg er interesseret
about-button-next = Næste emne
about-button-topics = Andre emner
about-button-pay = Løn og penge
about-button-school = Skole
about-button-school-types = Hvad kan jeg lære?
about-button-job = Find et IGU-job
about-button-agreement = Sådan starter IGU
about-button-after = Efter IGU
about-button-stories = Eksempler på forløb
