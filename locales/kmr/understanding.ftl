### Understanding typed messages (Northern Kurdish, Kurmanji): example
### phrasings and keywords per topic. The bot never says these texts; they help
### it find the topic.
### Review status: draft (machine-assisted; needs a native speaker's review)
### The examples are machine-assisted drafts for a native speaker to review.
### Some lines are written without ê, î, û, ç, ş (meas, cend, ci), as many
### people type on the phone.

## Questions about IGU

# Topic about: what IGU is.
understand-about =
    igu çi ye
    igu ci ye
    li ser igu ji min re bibêje
    igu rave bike
    igu tê çi wateyê
    igu çawa dixebite
    nizanim igu çi ye
    ev bername çi ye
    agahî li ser igu
    tu dikarî igu rave bikî
    bernameya igu çi ye
    igu ci ye bra
    .keywords = igu çi ye, igu ci ye, rave bike, wateya, bername, bernameya

# Topic pay: salary, wage, what one earns.
understand-pay =
    meaş çiqas e
    meas ciqas e
    ez ê çiqas pere bistînim
    çend pere distînim
    meaşê igu çiqas e
    di saetê de çiqas
    mehê çiqas pere
    ma ez ê meaş bistînim
    igu bi pere ye
    kengî meaş tê dayîn
    ez bacê didim
    meaş wekî karkerên din e
    mûçe çiqas e
    muce ciqas e
    çend pere didin
    cend pere didin
    meaş?
    .keywords = meaş, meas, meaşê, mûçe, muce, heqdest, pere çiqas

# Topic school: the school weeks, courses (AMU), language school.
understand-school =
    dibistan heye
    ez ê çi fêr bibim
    çend hefte dibistan
    23 hefte dibistan
    divê ez biçim dibistanê
    kîjan kurs
    amu çi ye
    kursa amu
    dibistana ziman
    dibistan li ku ye
    dibistan kengî ye
    ez dikarim kursê hilbijêrim
    ez ê belgeyekê bistînim
    dersên danîmarkî
    perwerdeya igu
    dibistan heye an na
    kurs ci ne
    .keywords = dibistan, dibistanê, kurs, kursa, perwerde, ders, belge

# Topic job: finding a workplace for IGU; internship (praktik) confusion.
understand-job =
    ez çawa kar bibînim
    ez hewceyê kar im
    karê igu li ku bibînim
    çawa şirketekê bibînim
    kî kar dide min
    cihê min ê kar tune
    ji min re kar bibîne
    alîkariya min bike ku kar bibînim
    çi kar hene
    ez dikarim çi karî bikim
    divê ez bi xwe şirketê bibînim
    ez li kar digerim
    ev wek praktîk e
    igu staj e
    ez dixwazim li mitbaxê kar bikim
    ji bo karê igu li ku serlêdan bikim
    cawa kar bibinim
    li kar digerim
    ez çawa kardêrek bibînim
    .keywords = kar bibînim, kar bibinim, li kar digerim, cihê kar, staj, kardêr bibînim, kardêrek bibînim

# Topic start: how IGU starts, the agreement, who signs.
understand-start =
    ez çawa dest pê bikim
    çawa dest pê dike
    igu çawa dest pê dike
    pêşî çi bikim
    gava yekem
    kî peymanê îmze dike
    peyman heye
    peymana igu çi ye
    ez çi îmze dikim
    kî peymanê çêdike
    kengî dikarim dest pê bikim
    roja destpêkê
    cawa dest pe bikim
    .keywords = dest pê bikim, destpêk, gava yekem, peyman, peymanê, îmze

# Topic after: after IGU, keeping the job, a-kasse, more education.
understand-after =
    piştî igu çi dibe
    piştî du salan çi
    piştî 2 salan
    dema igu biqede ez çi bikim
    ez dikarim li kar bimînim
    şirket dê min bihêle
    ez dikarim kar bidomînim
    ez dikarim bibim endamê a-kasse
    bîmeya bêkariyê
    piştî igu ez dikarim bixwînim
    piştî igu çi heye
    karê daîmî piştî igu
    pisti igu ci dibe
    .keywords = piştî igu, pisti igu, biqede, bêkarî, karê daîmî, a-kasse

# Topic stories: examples of people who did IGU.
understand-stories =
    mînak
    çîrokên kesên din
    kes igu kiriye
    kê berê igu kiriye
    mînakan nîşanî min bide
    çîrokên rast
    çîrokên serkeftinê
    serpêhatiyên mirovan
    ji bo yên din çawa çû
    kesek wek min heye
    minak
    cirok
    .keywords = mînak, minak, çîrok, çîrokên, cirok, serpêhatî

# Topic eligibility: can I join, who is IGU for, requirements.
understand-eligibility =
    ez dikarim beşdar bibim
    ez dikarim igu bikim
    kî dikare igu bike
    igu ji bo kê ye
    merc çi ne
    şert çi ne
    ma destûra min heye
    ez minasib im
    igu ji bo min e
    ez penaber im ez dikarim
    ez bi yekbûna malbatê hatim ez dikarim
    ez ji sûriyê me ez dikarim beşdar bibim
    her kes dikare
    ji bo min mimkun e
    kontrol bike ka ez dikarim
    ez dikarim beşdar bibim an na
    ez dikarim besdar bibim
    merc ci ne
    kî dikare serlêdanê bike
    kî mafê wî heye beşdar bibe
    ez dikarim serlêdan bikim
    ez penaber im ez dikarim beşdar bibim
    destûra rûniştinê min heye ez dikarim igu bikim
    .keywords = merc, şert, sert, dikarim beşdar, penaber, yekbûna malbatê, dikarim serlêdan, dikarim tevlî bibim, mafê min heye, îzna rûniştinê heye, îzna min heye, dikare serlêdan, dikare tevlî bibe

# Topic interest: I want to join, sign me up.
understand-interest =
    ez dixwazim beşdar bibim
    navê min binivîse
    ez eleqedar im
    ez igu dixwazim
    min tomar bike
    ez çawa xwe tomar bikim
    ez dixwazim serlêdan bikim
    ez dixwazim igu bikim
    erê ez dixwazim
    ji kerema xwe min tomar bike
    ez dixwazim tevlî bibim
    ez dixwazim dest bi igu bikim
    li ku serlêdan bikim
    navê min bişîne kommune
    ez dixwazim besdar bibim
    ez eleqedar im bi igu
    .keywords = eleqedar, tomar bike, serlêdan, navê min binivîse, tevlî bibim

# Topic human: talk to a person, call me, the municipality (kommune).
understand-human =
    li min bigere
    telefonî min bike
    ez dixwazim bi kesekî re biaxivim
    bi mirovekî re biaxivim
    kesek dikare li min bigere
    bi şaredariyê re têkilî
    bi kommune re têkilî
    ez dixwazim bi karmendê xwe re biaxivim
    hejmara telefona we
    ez dikarim li we bigerim
    ez bi kê re biaxivim
    şêwirmend
    ne bot
    pirsa min ji bo kesekî heye
    bi jobcenter re biaxivim
    ji kerema xwe li min vegere
    li min bigerin
    .keywords = li min bigere, telefonî min bike, şaredarî, şêwirmend

# Topic privacy: what happens with my data.
understand-privacy =
    hûn bi daneyên min çi dikin
    agahiyên min ewle ne
    kî daneyên min dibîne
    parastina daneyan
    hûn agahiyên min parve dikin
    hûn çi hildigirin
    ev nehênî ye
    kî peyamên min dixwîne
    hûn peyamên min hildigirin
    hûn heta kengî daneyên min digirin
    daneyên kesane
    nepenî
    .keywords = daneyên kesane, parastina daneyan, nehênî, nepenî, ewle

# Topic forget: delete my data.
understand-forget =
    daneyên min jê bibe
    agahiyên min jê bibin
    min ji bîr bike
    daneyên min rake
    her tiştî jê bibe
    ez dixwazim daneyên min bên jêbirin
    hejmara min jê bibe
    tiştên ku min nivîsîn jê bibe
    peyamên min jê bibe
    navê min rake
    jê bibe
    je bibe
    .keywords = jê bibe, je bibe, jêbirin, rake, ji bîr bike

# Topic language: change the language of the chat.
understand-language =
    zimên biguherîne
    zimanekî din
    ez zimanekî din dixwazim
    bi kurdî
    kurdî binivîse
    bi kurmancî
    ziman hilbijêre
    bi îngilîzî ji kerema xwe
    zimanê şaş
    ziman biguhere
    ziman biguherine
    .keywords = zimên biguherîne, biguherîne, zimanekî din, bi kurdî, kurmancî

# Topic employer: I am an employer, my company wants to hire.
understand-employer =
    ez kardêr im
    şirketa min dixwaze karmendan bigire
    em dixwazin penaberekî kar bidin
    xwaringeheke min heye
    şirketa min çawa dikare igu bikar bîne
    ez rêvebir im
    ji bo kardêr çiqas lê dikeve
    bonusa kardêr
    karsaziya min heye
    em şirket in
    agahî ji bo kardêran
    ez dixwazim cihê igu pêşkêş bikim
    .keywords = kardêr, karder, şirketa min, karsazî, karmendan bigire, bonus

# Topic benefits: money in school weeks; social benefits (kontanthjælp, SU).
understand-benefits =
    ez ê kontanthjælp winda bikim
    ez ê alîkariya civakî winda bikim
    di hefteyên dibistanê de pere
    dema ez li dibistanê me çi distînim
    igu bandorê li alîkariya min dike
    çi dibe bi alîkariya min
    ez dikarim alîkariyê bihêlim
    alîkariya xanî
    pereyê zarokan berdewam e
    ez su distînim
    kî di hefteyên dibistanê de pere dide
    alîkariya şaredariyê
    alikariya civaki
    di hefteyên dibistanê de pere didin
    dema ez li dibistanê me kî pere dide min
    .keywords = alîkariya civakî, alikariya civaki, alîkariya xanî, pere dibistanê, pere li dibistanê

# Topic danish: do I need to speak Danish.
understand-danish =
    danîmarkî pêwîst e
    ez danîmarkî nizanim
    divê ez danîmarkî biaxivim
    danîmarkiya min xirab e
    ez tenê îngilîzî dizanim
    asta danîmarkî çi be
    ezmûna danîmarkî pêwîst e
    bê danîmarkî dibe
    ez hinekî danîmarkî dizanim
    danimarki nizanim
    zimanê danîmarkî
    .keywords = danîmarkî, danimarki, zimanê danîmarkî, ezmûn, asta ziman

# Topic family: can my spouse or adult children also do IGU.
understand-family =
    jina min dikare beşdar bibe
    kurê min 19 salî ye
    mêrê min dikare igu bike
    keça min dikare igu bike
    malbata min jî dikare
    birayê min igu dixwaze
    jina min 25 salî ye
    malbata min çi
    ez û mêrê min herdu dikarin
    zarokên min mezin in
    kurê min jî dikare
    .keywords = jina min, mêrê min, kurê min, keça min, zarok, malbat

# Topic limits: age limit and years in Denmark.
understand-limits =
    ez 52 salî me
    12 sal in ez li vir im
    sînorê temenê
    sînorê temen heye
    heta çend salî
    ez 49 salî me dikarim
    ez 17 salî me
    50 salî pir e
    ez pir pîr im
    çend sal li danîmarkayê
    ez 11 sal berê hatim
    10 sal in ez li danîmarkayê dijîm
    sinore temen
    .keywords = temen, temenê, sînorê temen, salî me, pîr, li danîmarkayê

# Topic hours: hours per week, part time, full time.
understand-hours =
    çend saet
    ez dikarim nîv-dem kar bikim
    saet di hefteyê de
    dema tevahî ye
    çend saet di hefteyê de
    saetên kar çi ne
    ez dikarim kêmtir kar bikim
    ez her roj kar dikim
    çend roj di hefteyê de
    dawiya hefteyê kar dikim
    37 saet
    cend saet
    .keywords = saet, saetên kar, nîv-dem, dema tevahî, di hefteyê de

# Topic leave: sickness, holidays.
understand-leave =
    eger ez nexweş bibim
    betlane heye
    betlane
    nexweşî
    eger zaroka min nexweş be
    ez dikarim betlaneyê bigirim
    dema nexweş bim pere didin
    ez nexweş im
    betlaneya zayînê
    ez ducanî me
    rojên betlaneyê
    havînê ez dikarim biçim welêt
    nexwes im
    tatîl
    .keywords = nexweş, nexwes, nexweşî, betlane, tatîl, ducanî, zayîn

# Topic stop: quit or stop IGU early.
understand-stop =
    ez dikarim dev jê berdim
    ez dikarim rawestînim
    eger neçe çi dibe
    ez dixwazim igu rawestînim
    ez dikarim zû biqedînim
    eger patron min derxe
    dikarin min ji kar derxin
    ez ji karê xwe hez nakim
    eger karekî din bibînim
    eger ez dev jê berdim çi dibe
    şirket dikare bi dawî bike
    pirsgirêka min bi patron re heye
    peymanê betal bike
    .keywords = dev jê berdim, rawestînim, derxin, derxe, betal, istifa

# Topic once: a second IGU.
understand-once =
    ez dikarim du caran igu bikim
    igu ya duyemîn
    ez dikarim dîsa igu bikim
    min berê igu kiriye
    du caran igu
    igu yeke nû dest pê bikim
    igu ya min qediya ez dikarim yeke din bikim
    cara duyemîn
    tenê carekê
    .keywords = du caran, dîsa, disa, duyemîn, cara duyemîn, carekê

# Topic own-case: my residence permit, my case: a person answers.
understand-own-case =
    îzna min diqede
    doza min
    dosya min
    îzna rûniştinê
    kaxezên min
    doza penaberiyê
    kengî ez ê îzna daîmî bistînim
    îzna xwe dirêj bikim
    ez hatim redkirin
    çawa îtiraz bikim
    serlêdana yekbûna malbatê
    ez li bersiva udlændingestyrelsen disekinim
    alîkariya min bike di doza min de
    hemwelatîbûn
    pasaporta min
    izna min diqede
    .keywords = îzna rûniştinê, îzna, izna, doza min, dosya, redkirin, îtiraz

## Conversation words

# Topic greeting.
understand-greeting =
    silav
    slav
    merheba
    rojbaş
    roj baş
    êvar baş
    selam
    selam aleykum
    çawa yî
    cawa yi
    tu çawa yî
    hûn çawa ne
    çawayî
    .keywords = silav, slav, merheba, rojbaş, roj baş, êvar baş, selam, çawa yî, hûn çawa ne

# Topic thanks.
understand-thanks =
    spas
    gelek spas
    zor spas
    spas ji bo alîkariyê
    sipas
    spas dikim
    destxweş
    mala te ava
    spas bra
    .keywords = spas, sipas, gelek spas, destxweş, mala te ava

# Topic ack: ok, understood.
understand-ack =
    baş e
    bas e
    temam
    tamam
    min fêm kir
    min fem kir
    fêm kir
    başe
    erê min fêm kir
    bila
    erê
    na
    belê
    ere
    nexêr
    .keywords = baş e, bas e, temam, tamam, min fêm kir, min fem kir

# Topic menu: main menu, start over.
understand-menu =
    menû
    menuya sereke
    ji nû ve dest pê bike
    ji nu ve
    vegere destpêkê
    menûyê nîşan bide
    biçe menûyê
    ji serî ve
    .keywords = menû, menuya sereke, ji nû ve, ji nu ve, ji serî ve

# Topic help: help, I don't understand.
understand-help =
    alîkarî
    alikari
    alîkariya min bike
    ez fêm nakim
    ez fem nakim
    tu çi dikarî bikî
    ev bot çawa dixebite
    ez dikarim çi bipirsim
    ez tevlihev bûm
    ez çawa bikar bînim
    hewceyê alîkariyê me
    ez çi binivîsim
    .keywords = alîkarî, alikari, fêm nakim, fem nakim, tu çi dikarî

# Topic back: go back.
understand-back =
    paş
    paşve
    vegere
    vegere paş
    pirsa berê
    gavekê paş
    pasve
    vegere pirsa berê
    .keywords = paş, paşve, pasve, pirsa berê, vegere paş
