### Forståelse af skrevne beskeder (dansk): eksempler og nøgleord per emne.
### Botten siger aldrig disse tekster. Når en bruger skriver i stedet for at
### trykke på en knap, sammenligner botten teksten med eksemplerne på alle
### sprog.
### Review status: draft (machine-assisted; needs a native speaker's review)
### Eksemplerne er maskinstøttede udkast: en dansktalende bør læse dem igennem.
### Danske ord, som brugere blander ind i alle sprog (løn, SU, kontanthjælp,
### kommune, praktik, AMU, sprogskole, a-kasse, jobcenter), står her i
### nøgleordene.
### Skriv også uden æ, ø og å (lon, hjaelp), som mange skriver på telefonen.

## Spørgsmål om IGU

# Emne about: hvad IGU er.
understand-about =
    hvad er igu
    fortæl om igu
    forklar igu
    hvad betyder igu
    hvordan fungerer igu
    hvad er integrationsgrunduddannelse
    hvad er integrations grunduddannelse
    jeg ved ikke hvad igu er
    information om igu
    hvad er det for en uddannelse
    hvad er igu for noget
    kan du forklare igu
    hvad er igu forlob
    .keywords = integrationsgrunduddannelse, hvad er igu, forklar, betyder

# Emne pay: løn, hvad man tjener.
understand-pay =
    hvor meget får jeg i løn
    hvad er lønnen
    hvad tjener jeg
    hvor meget tjener man i igu
    hvad er timelønnen
    hvor meget løn om måneden
    får jeg løn
    er igu med løn
    hvor mange penge får jeg
    hvor meget i timen
    løn
    lon igu
    hvad er lonnen
    hvornår får jeg løn
    skal jeg betale skat af lønnen
    er det elevløn
    hvad er egu løn
    samme løn som de andre
    hvor meget tjener jeg om måneden
    .keywords = løn, lon, loen, timeløn, elevløn, egu-løn, tjener, lønseddel

# Emne school: skoledelen, 23 uger, AMU, sprogskole, kurser.
understand-school =
    er der skole
    hvad skal jeg lære
    hvor mange uger skole
    23 ugers skole
    skal jeg gå i skole
    hvilke kurser skal jeg tage
    hvad er amu
    amu kursus
    sprogskole
    skal jeg gå på sprogskole
    hvor er skolen
    hvornår er skolen
    kan jeg vælge kursus
    får jeg et bevis
    hvad er uddannelsesdelen
    skoleuger
    fvu og avu
    danskundervisning i igu
    .keywords = skole, kursus, kurser, AMU, sprogskole, FVU, AVU, skoleuger

# Emne job: at finde en arbejdsplads til IGU; forveksling med praktik.
understand-job =
    hvordan finder jeg et job
    jeg mangler arbejde
    jeg søger arbejde
    hvor finder jeg et igu job
    hvordan finder jeg en virksomhed
    kan du finde et job til mig
    jeg har ikke en arbejdsplads
    hjælp mig med at finde arbejde
    hvilke job er der
    er det praktik
    er igu det samme som praktik
    jeg er i praktik kan det blive igu
    virksomhedspraktik
    skal jeg selv finde virksomheden
    jobnet
    jeg vil arbejde i et køkken
    hvor søger jeg igu job
    jeg har brug for et arbejde
    hvordan finder jeg en arbejdsgiver
    .keywords = praktik, virksomhedspraktik, arbejdsplads, jobnet, finde job, finde en arbejdsgiver, finder en arbejdsgiver

# Emne start: hvordan IGU starter, aftalen, hvem skriver under.
understand-start =
    hvordan starter jeg
    hvordan begynder det
    hvordan starter igu
    hvad skal jeg gøre først
    hvad er første skridt
    hvem skriver under på kontrakten
    er der en kontrakt
    hvad er igu aftalen
    uddannelsesaftale
    hvem laver aftalen
    hvornår kan jeg starte
    startdato
    hvilke papirer skal jeg skrive under
    .keywords = kontrakt, aftale, uddannelsesaftale, starte, startdato

# Emne after: efter IGU, a-kasse, fast job, mere uddannelse.
understand-after =
    hvad sker der efter igu
    hvad så efter to år
    efter 2 år
    hvad når igu slutter
    kan jeg blive i jobbet bagefter
    kan jeg fortsætte i virksomheden
    bliver jeg fastansat
    kan jeg komme i a-kasse
    a-kasse efter igu
    dagpenge efter igu
    kan jeg tage en uddannelse bagefter
    hvad så når det er slut
    får jeg et bevis når jeg er færdig
    .keywords = a-kasse, akasse, dagpenge, dimittend, fastansat, efter igu

# Emne stories: eksempler på personer, der har lavet IGU.
understand-stories =
    eksempler
    historier
    har andre prøvet igu
    hvem har lavet igu før
    vis mig eksempler
    rigtige historier
    erfaringer med igu
    hvordan gik det for andre
    andres historier
    succeshistorier
    fortæl en historie
    .keywords = historier, historie, eksempler, eksempel, erfaringer

# Emne eligibility: kan jeg være med, hvem er IGU for, krav.
understand-eligibility =
    kan jeg være med
    kan jeg få igu
    må jeg lave igu
    hvem kan få igu
    hvem er igu for
    hvad er kravene
    hvad er betingelserne
    er jeg i målgruppen
    jeg er flygtning kan jeg være med
    jeg er familiesammenført kan jeg få igu
    jeg er fra ukraine kan jeg lave igu
    jeg er fra afghanistan må jeg
    kan alle være med
    passer igu til mig
    kan jeg deltage
    har jeg ret til igu
    tjek om jeg kan være med
    kan jeg vaere med
    hvem kan søge
    hvem må søge igu
    må jeg søge igu
    kan jeg søge hvis jeg er flygtning
    jeg har flygtningestatus kan jeg være med
    jeg har opholdstilladelse kan jeg få igu
    kan man være med på midlertidig beskyttelse
    er det muligt for mig at søge
    hvilken opholdstilladelse skal man have
    .keywords = målgruppe, krav, flygtning, familiesammenført, særloven, kan jeg søge, må jeg søge, hvem kan søge, kan jeg være med, kan jeg deltage, har opholdstilladelse, flygtningestatus, muligt for mig

# Emne interest: jeg vil gerne være med, skriv mig op.
understand-interest =
    jeg vil være med
    jeg vil gerne have igu
    jeg er interesseret
    skriv mig op
    tilmeld mig
    hvordan tilmelder jeg mig
    jeg vil søge igu
    jeg vil gerne starte på igu
    ja jeg vil gerne
    jeg vil lave igu
    kan i skrive mig op
    jeg vil gerne deltage
    hvordan søger jeg
    interesseret
    send mit navn til kommunen
    jeg er interreseret
    tilmelding
    jeg vil gerne vaere med
    .keywords = interesseret, tilmeld, tilmelding, skriv mig op, søge igu

# Emne human: tale med en person, kommunen, jobcentret, sagsbehandler.
understand-human =
    ring til mig
    jeg vil tale med en person
    jeg vil snakke med et menneske
    kan nogen ringe til mig
    kontakt kommunen
    jeg vil tale med min sagsbehandler
    min sagsbehandler
    jobcenter
    jeg vil tale med jobcentret
    hvad er jeres telefonnummer
    kan jeg ringe til jer
    hvem kan jeg tale med
    min jobkonsulent
    en rigtig person tak
    ikke en robot
    kan jeg få et møde
    ring mig op
    min kontaktperson på kommunen
    .keywords = kommune, kommunen, jobcenter, sagsbehandler, jobkonsulent

# Emne privacy: hvad sker der med mine data.
understand-privacy =
    hvad gør i med mine data
    er mine oplysninger sikre
    privatliv
    hvem ser mine data
    databeskyttelse
    deler i mine oplysninger
    hvad gemmer i
    er det anonymt
    hvem kan læse mine beskeder
    gemmer i mine beskeder
    hvor længe gemmer i mine data
    gdpr
    .keywords = persondata, privatliv, databeskyttelse, GDPR, anonymt

# Emne forget: slet mine data.
understand-forget =
    slet mine data
    slet mine oplysninger
    glem mig
    fjern mine data
    slet alt
    jeg vil have mine data slettet
    slet mit nummer
    slet det jeg skrev
    slet mine beskeder
    fjern mit navn
    sletning
    .keywords = slet, slette, slettet, sletning, glem mig, fjern

# Emne language: skift sprog (ikke: skal jeg kunne dansk).
understand-language =
    skift sprog
    et andet sprog
    jeg vil have et andet sprog
    andet sprog tak
    vælg sprog
    kan du skrive på arabisk
    på engelsk tak
    skriv på mit sprog
    forkert sprog
    skift til engelsk
    .keywords = sprog, skift sprog, andet sprog, vælg sprog, forkert sprog

# Emne employer: jeg er arbejdsgiver, min virksomhed vil ansætte.
understand-employer =
    jeg er arbejdsgiver
    min virksomhed vil ansætte
    vi vil ansætte en flygtning
    jeg har en restaurant
    hvordan kan min virksomhed bruge igu
    jeg er leder
    hvad koster det for arbejdsgiveren
    bonus til virksomheden
    får virksomheden tilskud
    jeg ejer en butik
    ansætte på igu
    vi er en virksomhed
    information til arbejdsgivere
    vi vil gerne tilbyde en igu stilling
    .keywords = arbejdsgiver, arbejdsgivere, min virksomhed, ansætte, bonus

# Emne benefits: penge i skoleugerne; kontanthjælp, integrationsydelse, SU,
# boligstøtte, børnepenge.
understand-benefits =
    mister jeg min kontanthjælp
    får jeg su
    hvad med min integrationsydelse
    penge i skoleugerne
    hvad får jeg i skoleugerne
    uddannelsesgodtgørelse
    mister jeg boligstøtte
    får jeg stadig børnepenge
    stopper min ydelse
    kan jeg beholde min kontanthjælp
    hvem betaler når jeg er i skole
    selvforsørgelsesydelse
    mister jeg kontanthjaelp
    kontanthjælp
    integrationsydelse
    får jeg penge i skoletiden
    bliver jeg betalt når jeg er i skole
    penge når jeg er på skole i stedet for arbejde
    .keywords = kontanthjælp, integrationsydelse, SU, boligstøtte, godtgørelse, penge i skolen, penge i skoleugerne, betalt i skolen

# Emne danish: skal jeg kunne dansk.
understand-danish =
    skal jeg kunne dansk
    jeg taler ikke dansk
    kræver det dansk
    mit dansk er dårligt
    jeg taler kun engelsk
    hvilket niveau dansk
    skal jeg have en danskprøve
    kan jeg være med uden dansk
    jeg taler lidt dansk
    jeg går på danskuddannelse 2
    er dansk et krav
    mit dansk er ikke så godt
    .keywords = dansk, danskprøve, danskuddannelse, taler dansk, kunne dansk

# Emne family: kan min ægtefælle, mine voksne børn eller familie også.
understand-family =
    kan min kone være med
    min søn er 19
    kan min mand lave igu
    kan min datter få igu
    kan min familie også
    min bror vil have igu
    kan min ægtefælle være med
    min kone er 25
    hvad med min familie
    kan både min mand og jeg lave igu
    mine børn er voksne
    kan min søn også
    .keywords = kone, mand, ægtefælle, søn, datter, børn, familie, bror, søster

# Emne limits: aldersgrænsen og antal år i Danmark.
understand-limits =
    jeg er 52
    jeg har boet her i 12 år
    aldersgrænse
    er der en aldersgrænse
    hvor gammel må man være
    jeg er 49 kan jeg
    jeg er 17
    er 50 for gammelt
    er jeg for gammel
    hvor mange år i danmark
    jeg kom for 11 år siden
    jeg har boet i danmark i 10 år
    aldersgraense
    .keywords = alder, aldersgrænse, gammel, for gammel, for ung, år i danmark

# Emne hours: timer om ugen, deltid, fuldtid.
understand-hours =
    hvor mange timer
    kan jeg arbejde deltid
    timer om ugen
    er det fuldtid
    hvor mange timer om ugen
    hvad er arbejdstiden
    kan jeg arbejde færre timer
    arbejder jeg hver dag
    hvor mange dage om ugen
    skal jeg arbejde om aftenen
    skal jeg arbejde i weekenden
    37 timer
    .keywords = timer, deltid, fuldtid, arbejdstid, timer om ugen, vagter

# Emne leave: sygdom, ferie, barsel.
understand-leave =
    hvad hvis jeg bliver syg
    får jeg ferie
    ferie
    syg
    sygemelding
    hvad hvis mit barn er sygt
    kan jeg holde ferie
    får jeg løn når jeg er syg
    jeg er syg
    barsel
    jeg er gravid
    fridage
    feriepenge
    kan jeg rejse i sommerferien
    .keywords = syg, sygdom, sygemelding, ferie, feriepenge, barsel, gravid

# Emne stop: stoppe før tid, sige op, blive fyret.
understand-stop =
    kan jeg stoppe
    kan jeg sige op
    hvad hvis det ikke virker
    jeg vil stoppe igu
    kan jeg stoppe før tid
    hvad hvis chefen fyrer mig
    kan de fyre mig
    jeg kan ikke lide jobbet
    hvad hvis jeg finder et andet job
    hvad sker der hvis jeg stopper
    kan virksomheden stoppe det
    problemer med min chef
    opsige kontrakten
    .keywords = stoppe, sige op, opsige, opsigelse, fyret, afbryde, før tid

# Emne once: IGU to gange, et nyt IGU.
understand-once =
    kan jeg tage igu to gange
    igu igen
    kan jeg lave igu igen
    jeg har allerede haft igu
    et andet igu forløb
    anden gang igu
    kun en gang
    mit igu er slut kan jeg starte et nyt
    kan jeg få et nyt igu
    to igu forløb
    .keywords = to gange, anden gang, nyt igu, kun en gang, igu igen

# Emne own-case: min egen sag, opholdstilladelse, asyl. En person svarer altid.
understand-own-case =
    min opholdstilladelse udløber
    min sag
    min opholdstilladelse
    mine papirer
    min asylsag
    hvornår får jeg permanent ophold
    forlængelse af opholdstilladelse
    jeg har fået afslag
    hvordan klager jeg
    min ansøgning om familiesammenføring
    jeg venter på svar fra udlændingestyrelsen
    hjælp med min sag
    statsborgerskab
    mit opholdskort
    siri
    .keywords = opholdstilladelse, udlændingestyrelsen, asyl, afslag

## Små ord i samtalen

# Emne greeting: hilsner.
understand-greeting =
    hej
    hejsa
    goddag
    godmorgen
    god morgen
    god aften
    halløj
    hej med dig
    hallo
    dav
    hvordan går det med dig
    godaften
    .keywords = hej, hejsa, goddag, godmorgen, god morgen, halløj, hallo, dav, hvordan går det, hvordan har du det, godaften

# Emne thanks: tak.
understand-thanks =
    tak
    mange tak
    tusind tak
    tak skal du have
    tak for hjælpen
    takker
    tak tak
    tusinde tak
    tak for det
    .keywords = tak, mange tak, tusind tak, takker, tak for hjælpen

# Emne ack: ok, fint, forstået (ikke et svar på et spørgsmål).
understand-ack =
    ok
    okay
    fint
    forstået
    jeg forstår
    det er fint
    javel
    nå ok
    godt
    super
    ja ok
    ja
    nej
    jo
    ja tak
    nej tak
    .keywords = ok, okay, fint, forstået, jeg forstår, javel

# Emne menu: hovedmenuen, start forfra.
understand-menu =
    menu
    hovedmenu
    start forfra
    forfra
    til menuen
    gå til menuen
    vis menuen
    start igen
    tilbage til start
    startside
    .keywords = menu, menuen, hovedmenu, forfra, start forfra, start igen

# Emne help: hjælp, jeg forstår ikke.
understand-help =
    hjælp
    jeg forstår ikke
    hvad kan du
    hvordan virker det
    hjælp mig
    hvad kan jeg spørge om
    jeg er forvirret
    hvordan bruger jeg det
    jeg har brug for hjælp
    hvad skal jeg skrive
    hjaelp
    .keywords = hjælp, hjaelp, forstår ikke, hvad kan du, forvirret

# Emne back: gå tilbage.
understand-back =
    tilbage
    gå tilbage
    forrige
    tilbage tak
    forrige spørgsmål
    et skridt tilbage
    fortryd
    tilbage til forrige
    .keywords = tilbage, gå tilbage, forrige, fortryd
