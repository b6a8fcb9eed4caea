### Forløbet "about": hvad IGU er for en elev – en kort start og derefter en menu med emner (løn, kurser, at finde et job, sådan starter IGU, efter IGU) og eksemplerne.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)
### Ord: Undervisningen i IGU er for voksne: sig "kurser" og "kursusuger" frem for "skole".

# $duration_years (Number) - hvor mange år et IGU-forløb varer, fra facts.yaml
# $work_hours_min (Number) - mindste antal timer arbejde om ugen i gennemsnit, fra facts.yaml
# $school_weeks (Number) - antal kursusuger i et IGU-forløb, fra facts.yaml
about-start-ask =
    IGU er et job med kurser. Et IGU-forløb varer { $duration_years ->
        [one] { $duration_years } år
       *[other] { $duration_years } år
    }. Du arbejder i en virksomhed i Danmark og får løn, i gennemsnit mindst { $work_hours_min ->
        [one] { $work_hours_min } time
       *[other] { $work_hours_min } timer
    } om ugen. Du tager også kurser i { $school_weeks ->
        [one] { $school_weeks } uge
       *[other] { $school_weeks } uger
    }. IGU er for flygtninge, familiesammenførte og nogle med ophold efter en særlov.

about-topics-ask = Hvad vil du vide om IGU? Tryk på et emne.

## Løn

about-pay-ask = Løn: Når du arbejder, får du elevløn (EGU-løn) efter virksomhedens overenskomst. Der er ikke ét beløb for alle. I kursusugerne får du ikke løn, men en godtgørelse fra kommunen. Spørg kommunen, hvad IGU betyder for din økonomi, før du starter.

# $allowance_paid_months_later (Number) - godtgørelserne betales så mange måneder senere (1), fra facts.yaml
about-allowance-ask =
    Penge i kursusugerne: Hver måned med kurser søger du kommunen om uddannelsesgodtgørelse. I den samme ansøgning søger du om befordringsgodtgørelse (penge til transport). Kommunen betaler begge dele { $allowance_paid_months_later ->
        [one] en måned senere
       *[other] { $allowance_paid_months_later } måneder senere
    }.

## Kurser

# $school_weeks (Number) - antal kursusuger i et IGU-forløb, fra facts.yaml
# $school_hours_per_week (Number) - timer i en kursusuge, fra facts.yaml
# "Som regel gratis" (facts.yaml: school_fee): nogle kurser kan koste noget.
about-school-ask =
    Kurser: { $school_weeks ->
        [one] { $school_weeks } uge
       *[other] { $school_weeks } uger
    } i alt, { $school_hours_per_week ->
        [one] { $school_hours_per_week } time
       *[other] { $school_hours_per_week } timer
    } om ugen, som hele uger eller enkelte dage. For eksempel dansk eller korte jobkurser (AMU). Kurserne er som regel gratis.

# $board_lodging_km (Number) - km ud og hjem; MERE end det giver tilskud til kost og logi, fra facts.yaml
# $board_lodging_max_per_night (String) - højst så meget pr. nat til kost og logi, med valuta ("500 kr."), fra facts.yaml
# Pengene kommer som regel tilbage gennem uddannelsesstedet (facts.yaml: board_lodging_paid_by).
about-lodging-ask = Er et AMU-kursus langt væk? Er turen ud og hjem mere end { $board_lodging_km } km, kan du få betalt kost og logi, højst { $board_lodging_max_per_night } pr. nat. Gem kvitteringerne: Pengene kommer som regel tilbage gennem det sted, der holder kurset.

# De seks slags undervisning, der tæller i IGU (BEK 1825/2023 § 6). AMU er altid en del af det.
about-school-types-ask = Hvad kan du lære? Dansk. AMU: korte jobkurser, for eksempel truckkørsel eller hygiejne. FVU: læsning, skrivning og matematik. AVU: almene fag for voksne. HF-enkeltfag. FGU: en grunduddannelse, der gør dig klar til mere. AMU er altid en del af din IGU. Din undervisningsplan viser, hvad du tager.

## At finde et IGU-job

# $start_deadline (Date) - sidste dag, et nyt IGU-forløb kan starte, fra facts.yaml
about-job-ask = Sådan finder du et IGU-job: Søg efter IGU-job på Jobnet (jobnet.dk). Spørg selv virksomheder, også en virksomhed, hvor du har været i praktik. Kommunen kan hjælpe dig med at finde en virksomhed. Nye IGU-forløb kan starte til og med { $start_deadline }.

## Sådan starter IGU

# Fristen for VITAS står der ikke med vilje: den eneste kilde er fra 2018.
about-agreement-info = Sådan starter IGU: Virksomheden tjekker dine papirer. I skriver under på en skriftlig IGU-aftale om dit arbejde. Sammen laver I en undervisningsplan for dine kursusuger. Kort efter underskriften registrerer virksomheden aftalen i et system, der hedder VITAS. Kommunen kender de præcise regler.

# $bonus_amount (String) - bonus til virksomheden, hver udbetaling, med valuta ("20.000 kr."), fra facts.yaml
# $bonus_first_after_months (Number) - måneder med IGU før den første bonus, fra facts.yaml
# $bonus_second_after_years (Number) - år før den anden bonus, fra facts.yaml
# Den anden bonus kun, når IGU er gennemført (facts.yaml: bonus_second_needs).
about-agreement-bonus-ask =
    Godt at fortælle en virksomhed: En privat virksomhed kan få { $bonus_amount } efter { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } måned
       *[other] { $bonus_first_after_months } måneder
    } med IGU og { $bonus_amount } mere, når IGU er gennemført efter { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } år
       *[other] { $bonus_second_after_years } år
    }. Offentlige arbejdspladser, fx en kommune, kan også tilbyde IGU, men de får ingen bonus.

## Efter IGU

# $dimittend_deadline_days (Number) - dage efter IGU til at søge om a-kasse som nyuddannet, fra facts.yaml
# Der er andre betingelser: "kan blive medlem", a-kassen afgør det.
about-after-ask =
    Når IGU slutter, giver virksomheden dig et bevis. Vis det, når du søger job eller mere uddannelse. Du kan blive medlem af en a-kasse som nyuddannet (dimittend). Søg senest { $dimittend_deadline_days ->
        [one] { $dimittend_deadline_days } dag
       *[other] { $dimittend_deadline_days } dage
    } efter, at IGU er slut, ellers mister du den ret.

## Knapper (højst 30 tegn)

about-button-more = Fortæl mere
about-button-join = Kan jeg være med?
about-button-interest = Jeg er interesseret
about-button-next = Næste emne
about-button-continue = Fortsæt
about-button-topics = Andre emner
about-button-pay = Løn og penge
about-button-school = Kurser
about-button-school-types = Hvad kan jeg lære?
about-button-lodging = Kursus langt hjemmefra
about-button-job = Find et IGU-job
about-button-agreement = Sådan starter IGU
about-button-after = Efter IGU
about-button-stories = Eksempler på forløb
