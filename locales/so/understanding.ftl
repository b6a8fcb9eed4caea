### Understanding typed messages in Somali: example phrasings and keywords
### per topic. The bot never says these texts; they help it find the topic.
### Review status: draft (machine-assisted; needs a native speaker's review)
### The examples are machine-assisted drafts for a native speaker to review.
### Some lines are written without the apostrophe (dada, suaal), as many
### people type on the phone.

## Questions about IGU

# Topic about: what IGU is.
understand-about =
    waa maxay igu
    igu waa maxay
    maxay tahay igu
    ii sharax igu
    wax iiga sheeg igu
    igu macnaheedu waa maxay
    sidee buu u shaqeeyaa igu
    ma garanayo waxa igu tahay
    macluumaad ku saabsan igu
    barnaamijkan waa maxay
    igu ma ii sharxi kartaa
    waa maxay barnaamijka igu
    .keywords = waa maxay igu, sharax, macnaha, barnaamij, barnaamijka

# Topic pay: salary, wage, what one earns.
understand-pay =
    mushaharku waa imisa
    imisa ayaan qaadanayaa
    immisa lacag ayaan helayaa
    mushaharka igu waa imisa
    lacagta saacaddii waa imisa
    saacaddii imisa
    bishii imisa ayaan qaadanayaa
    ma la i siinayaa mushahar
    igu ma lacag baa laga qaataa
    mushahar ma jiraa
    goorma ayaa mushaharka la bixiyaa
    canshuur ma iska bixinayaa
    mushaharku ma la mid yahay kan shaqaalaha kale
    mushaar imisa
    musharka imisa
    lacag imisa
    lønka waa imisa
    .keywords = mushahar, mushaharka, mushaharku, mushaar, lacagta saacaddii

# Topic school: the school weeks, courses (AMU), language school.
understand-school =
    dugsi ma jiraa
    maxaan baranayaa
    imisa toddobaad oo dugsi ah
    23 toddobaad oo dugsi
    ma waa inaan dugsi aadaa
    koorsooyinkee ayaan qaadanayaa
    waa maxay amu
    koorsada amu
    iskuulka luqadda
    xagee dugsigu ku yaal
    goorma ayuu dugsigu yahay
    ma dooran karaa koorsada
    shahaado ma helayaa
    casharro af deenish ah
    waxbarashada igu
    tababar xirfadeed
    iskuul ma jiraa
    skuul ma jiraa
    .keywords = dugsi, dugsiga, iskuul, waxbarasho, koorso, koorsooyin

# Topic job: finding a workplace for IGU; internship (praktik) confusion.
understand-job =
    sidee shaqo ku helaa
    shaqo ayaan u baahanahay
    xagee ka helaa shaqo igu
    sidee shirkad ku helaa
    yaa i siinaya shaqo
    goob shaqo ma haysto
    shaqo ii hel
    iga caawi inaan shaqo helo
    shaqooyinkee ayaa jira
    shaqo noocee ah ayaan qaban karaa
    ma waa inaan aniga shirkadda raadiyaa
    shaqo ayaan raadinayaa
    ma la mid baa praktik
    igu ma tababar shaqo baa
    waxaan rabaa inaan jikada ka shaqeeyo
    xagee ka codsadaa shaqooyinka igu
    sideen shaqo ku heli karaa
    shaqo raadin
    waxaan rabaa shaqo
    sidee baan u helaa loo shaqeeye
    .keywords = shaqo raadin, shaqo hel, goob shaqo, raadinayaa, tababar shaqo, helaa loo shaqeeye

# Topic start: how IGU starts, the agreement, who signs.
understand-start =
    sidee ku bilaabaa
    sidee buu u bilaabmaa
    igu sidee buu ku bilaabmaa
    maxaan sameeyaa marka hore
    tallaabada koowaad
    yaa saxiixa heshiiska
    qandaraas ma jiraa
    waa maxay heshiiska igu
    maxaan saxiixaa
    yaa sameeya heshiiska
    goorma ayaan bilaabi karaa
    taariikhda bilowga
    sideen u bilaabaa
    .keywords = bilaabaa, bilaabmaa, tallaabada koowaad, heshiis, qandaraas

# Topic after: after IGU, keeping the job, a-kasse, more education.
understand-after =
    maxaa dhaca igu kadib
    labada sano kadib maxaa dhaca
    2 sano kadib
    maxaan sameeyaa marka igu dhammaato
    ma sii joogi karaa shaqada
    shirkaddu ma i haysan doontaa
    ma sii shaqayn karaa
    a-kasse ma geli karaa
    caymiska shaqo la'aanta
    ma wax baran karaa igu kadib
    maxaa xiga igu kadib
    shaqo joogto ah igu kadib
    caymiska shaqo laaanta
    .keywords = igu kadib, sano kadib, dhammaato, shaqo la'aan, caymis, joogto

# Topic stories: examples of people who did IGU.
understand-stories =
    tusaalooyin
    sheekooyin dadka kale
    qof igu sameeyay ma jiraa
    yaa horey u sameeyay igu
    i tus tusaalooyin
    sheekooyin dhab ah
    sheekooyin guul
    waayo-aragnimada dadka
    sidee ugu dhacday dadka kale
    qof aniga oo kale ah ma jiraa
    sheeko ii sheeg
    .keywords = tusaale, tusaalooyin, sheeko, sheekooyin, waayo-aragnimo

# Topic eligibility: can I join, who is IGU for, requirements.
understand-eligibility =
    ma ku biiri karaa
    ma u qalmaa
    igu ma samayn karaa
    yaa samayn kara igu
    igu yaa loogu talagalay
    shuruudaha waa maxay
    maxay yihiin shuruudaha
    ma la ii ogol yahay
    igu ma aniga ii habboon tahay
    waxaan ahay qaxooti ma samayn karaa
    waxaan ku imid isu-keenid qoys ma ku biiri karaa
    qof walba ma ku biiri karaa
    ma suurtagal baa aniga
    ma qayb ka noqon karaa
    hubi inaan ku biiri karo
    ma ii banaan tahay
    sharuudaha
    yaa codsan kara
    yaa xaq u leh inuu ka qaybgalo
    ma codsan karaa igu
    qaxooti baan ahay ma ka qaybgeli karaa
    sharciga deganaanshaha ayaan haystaa ma codsan karaa
    .keywords = shuruud, shuruudaha, sharuudaha, u qalmaa, qaxooti, isu-keenid, ma codsan karaa, xaq u leh, ma ka qaybgeli karaa, ma ku biiri karaa, haystaa sharci, sharci haysta

# Topic interest: I want to join, sign me up.
understand-interest =
    waan rabaa inaan ku biiro
    i qor
    waan xiiseynayaa
    igu ayaan rabaa
    i diiwaangeli
    sidee isu qoraa
    waxaan rabaa inaan codsado
    waxaan rabaa inaan sameeyo igu
    haa waan rabaa
    fadlan i diiwaangeli
    magacayga qor
    waxaan rabaa inaan ka qayb qaato
    sidee isu diiwaangeliyaa
    waxaan rabaa inaan bilaabo igu
    xagee ka codsadaa
    magacayga u dir kommune-ka
    waan xiisaynayaa
    .keywords = xiiseynayaa, xiisaynayaa, i qor, diiwaangeli, codsado, ku biiro

# Topic human: talk to a person, call me, the municipality (kommune).
understand-human =
    i soo wac
    waxaan rabaa inaan qof la hadlo
    qof la hadal
    qof dhab ah
    qof ma i soo wici karaa
    la xiriir degmada
    la xiriir kommune-ka
    waxaan rabaa inaan la hadlo shaqaalaha kiiska
    lambarkiinna taleefanka
    ma idin soo wici karaa
    yaan la hadli karaa
    la taliye
    bot ma rabo
    su'aal baan u qabaa qof
    suaal baan u qabaa qof
    jobcenter-ka la xiriir
    fadlan i soo wac
    .keywords = i soo wac, qof la hadal, la hadlo, degmada, taleefan, la taliye

# Topic privacy: what happens with my data.
understand-privacy =
    maxaad ku samaysaan xogtayda
    xogtaydu ma ammaan baa
    yaa arka xogtayda
    ilaalinta xogta
    xogtayda ma la wadaagtaan
    maxaad kaydisaan
    ma qarsoodi baa
    yaa akhriya fariimahayga
    fariimahayga ma kaydisaan
    ilaa goorma ayaad haysaan xogtayda
    xogta shakhsiga ah
    .keywords = xogta shakhsiga, ilaalinta xogta, qarsoodi, ammaan, kaydisaan

# Topic forget: delete my data.
understand-forget =
    tirtir xogtayda
    xogtayda tirtir
    i illow
    ka saar xogtayda
    wax walba tirtir
    waxaan rabaa in xogtayda la tirtiro
    lambarkayga tirtir
    waxa aan qoray tirtir
    fariimahayga tirtir
    magacayga ka saar
    tirtir
    .keywords = tirtir, tirtiro, ka saar, i illow, tirtirid

# Topic language: change the language of the chat.
understand-language =
    beddel luqadda
    luqad kale
    waxaan rabaa luqad kale
    af kale fadlan
    af soomaali
    ku qor af soomaali
    luqadda dooro
    af ingiriis fadlan
    luqad khaldan
    bedel luqada
    .keywords = beddel luqadda, bedel luqada, luqad kale, af kale, af soomaali

# Topic employer: I am an employer, my company wants to hire.
understand-employer =
    waxaan ahay loo-shaqeeye
    shirkaddayda ayaa rabta inay shaqaale qaadato
    waxaan rabnaa inaan shaqaaleysiinno qaxooti
    waxaan leeyahay maqaayad
    sidee shirkaddaydu u isticmaali kartaa igu
    waxaan ahay maamule
    immisa ayay ku kacaysaa loo-shaqeeyaha
    gunnada loo-shaqeeyaha
    waxaan leeyahay ganacsi
    waxaan nahay shirkad
    macluumaad loo-shaqeeyayaasha
    waxaan rabaa inaan bixiyo shaqo igu
    .keywords = loo-shaqeeye, loo shaqeeye, shirkaddayda, ganacsi, gunno

# Topic benefits: money in school weeks; social benefits (kontanthjælp, SU).
understand-benefits =
    kontanthjælp-ka ma waayayaa
    ma lumiyaa lacagta kaalmada
    lacag toddobaadyada dugsiga
    maxaan helayaa marka aan dugsiga joogo
    igu ma saamaynaysaa kaalmadayda
    maxaa ku dhacaya lacagta dowladda
    ma sii haysan karaa kaalmada
    kaalmada guriga
    lacagta carruurta ma sii helayaa
    su ma helayaa
    yaa i bixiya toddobaadyada dugsiga
    lacagta bulshada
    kaalmo waxbarasho
    lacag ma la i siiyaa toddobaadyada iskuulka
    marka aan dugsiga joogo yaa i siiya lacag
    .keywords = kaalmo, kaalmada, lacagta kaalmada, lacagta dowladda, lacag dugsiga, lacag iskuulka

# Topic danish: do I need to speak Danish.
understand-danish =
    ma u baahanahay af deenish
    af deenish kuma hadlo
    ma waa inaan ku hadlaa af deenish
    af deenish ma shardi baa
    af deenishkaygu waa liitaa
    waxaan ku hadlaa ingiriis oo keliya
    heerkee af deenish ah
    imtixaan af deenish ma loo baahan yahay
    ma ku biiri karaa af deenish la'aan
    af deenish yar ayaan ku hadlaa
    af denish
    .keywords = af deenish, af-deenish, deenish, denish, heerka luqadda

# Topic family: can my spouse or adult children also do IGU.
understand-family =
    xaaskayga ma ku biiri kartaa
    wiilkayga waa 19
    ninkayga ma samayn karaa igu
    gabadhayda ma samayn kartaa igu
    qoyskayga ma sidoo kale
    walaalkay wuxuu rabaa igu
    xaaskaygu waa 25 ma kartaa
    qoyskayga ka warran
    aniga iyo ninkayga labadeenaba ma samayn karnaa
    carruurtaydu waa waaweyn
    wiilkayga ma samayn karaa
    .keywords = xaaskayga, ninkayga, wiilkayga, gabadhayda, walaalkay

# Topic limits: age limit and years in Denmark.
understand-limits =
    waxaan ahay 52 jir
    12 sano ayaan halkan joogay
    xadka da'da
    xadka dada
    da'da ma leedahay xad
    imisa jir ayaan noqon karaa
    waxaan ahay 49 jir ma ku biiri karaa
    waxaan ahay 17 jir
    50 jir ma la ogol yahay
    ma aad baan u weynahay
    imisa sano oo denmark ah
    11 sano ka hor ayaan imid
    10 sano ayaan ku noolaa denmark
    .keywords = da'da, dada, xadka da'da, jir, sano denmark, aad u weyn

# Topic hours: hours per week, part time, full time.
understand-hours =
    imisa saacadood
    ma shaqayn karaa waqti dhiman
    saacadaha toddobaadkii
    ma waqti buuxa baa
    imisa saacadood toddobaadkii
    waa maxay saacadaha shaqada
    ma shaqayn karaa saacado ka yar
    maalin walba ma shaqeeyaa
    imisa maalmood toddobaadkii
    sabtida iyo axadda ma shaqeeyaa
    37 saacadood
    saacado imisa
    .keywords = saacadood, saacadaha, waqti dhiman, waqti buuxa, toddobaadkii

# Topic leave: sickness, holidays.
understand-leave =
    maxaa dhaca haddii aan bukoodo
    fasax ma helayaa
    fasax
    fasax jirro
    haddii ilmahaygu bukoodo
    ma qaadan karaa fasax
    ma la i siinayaa lacag marka aan buko
    waan bukaa
    fasaxa dhalmada
    waan uurka leeyahay
    maalmo fasax ah
    xagaaga ma safri karaa
    .keywords = buko, bukoodo, jirro, fasax, fasaxa, uur, dhalmada

# Topic stop: quit or stop IGU early.
understand-stop =
    ma joojin karaa
    ma iska dhaafi karaa
    haddii aysan shaqayn maxaa dhacaya
    waxaan rabaa inaan joojiyo igu
    ma joojin karaa goor hore
    haddii maamulahu i eryo
    ma i eryi karaan
    shaqada ma jecli
    haddii aan shaqo kale helo
    maxaa dhaca haddii aan joojiyo
    shirkaddu ma joojin kartaa
    dhibaato ayaan la qabaa maamulaha
    heshiiska ka bax
    .keywords = joojin, joojiyo, iska dhaafi, eryo, eryi, is casil

# Topic once: a second IGU.
understand-once =
    igu laba jeer ma samayn karaa
    igu labaad
    igu mar kale ma samayn karaa
    horey ayaan u sameeyay igu
    igu laba mar
    igu kale ma bilaabi karaa
    igu-gaygii wuu dhammaaday ma samayn karaa mid kale
    mar labaad
    hal mar oo keliya
    .keywords = laba jeer, mar kale, mar labaad, igu labaad, hal mar

# Topic own-case: my residence permit, my case: a person answers.
understand-own-case =
    ogolaanshahayga wuu dhacayaa
    kiiskayga
    sharcigayga
    warqadahayga
    kiiska magangalyada
    goorma ayaan helayaa sharci joogto ah
    kordhi ogolaanshaha
    waa la ii diiday
    sidee racfaan u qaataa
    codsiga isu-keenidda qoyska
    jawaab ayaan ka sugayaa udlændingestyrelsen
    iga caawi kiiskayga
    dhalasho deenish
    baasaboorkayga
    sharciga degenaanshaha
    .keywords = kiiskayga, sharci, ogolaansho, magangalyo, racfaan, baasaboor

## Conversation words

# Topic greeting.
understand-greeting =
    salaan
    haye
    asc
    assalamu calaykum
    salaamu calaykum
    subax wanaagsan
    galab wanaagsan
    fiid wanaagsan
    iska warran
    see tahay
    sidee tahay
    sidee tihiin
    ma nabad baa
    .keywords = salaan, asc, salaamu calaykum, subax wanaagsan, iska warran, sidee tahay, sidee tihiin, ma nabad baa

# Topic thanks.
understand-thanks =
    mahadsanid
    mahadsanid aad
    aad baad u mahadsan tahay
    mahadsanidiin
    mahadsanid caawinta
    waad mahadsantahay
    mahadsnid
    mahadsanid walaal
    .keywords = mahadsanid, mahadsantahay, mahadsan, mahadsnid

# Topic ack: ok, understood.
understand-ack =
    hagaag
    waa hagaag
    waa fiican
    waan fahmay
    fahmay
    haa waan fahmay
    waayahay
    caadi
    wanaagsan
    okey
    haa
    maya
    haa haa
    ha
    maya maya
    .keywords = hagaag, waa hagaag, waan fahmay, fahmay, waayahay, okey

# Topic menu: main menu, start over.
understand-menu =
    liiska weyn
    liiska
    dib u bilow
    mar kale bilow
    bilowga ku noqo
    i tus liiska
    tag liiska weyn
    ka bilow bilowga
    .keywords = liiska weyn, liiska, dib u bilow, mar kale bilow

# Topic help: help, I don't understand.
understand-help =
    caawin
    i caawi
    ma fahmin
    ma fahansani
    maxaad samayn kartaa
    sidee buu botkan u shaqeeyaa
    maxaan weydiin karaa
    waan wareersanahay
    sidee u isticmaalaa
    caawimaad baan u baahanahay
    maxaan qoraa
    .keywords = caawin, i caawi, caawimaad, ma fahmin, wareersanahay

# Topic back: go back.
understand-back =
    dib u noqo
    gadaal
    su'aashii hore
    suaashii hore
    dib u laabo
    tallaabo dib
    ka noqo
    dib
    .keywords = dib u noqo, gadaal, su'aashii hore, suaashii hore, dib u laabo
