### Flow "about" in Somali: what IGU is for a learner - a short start, then a sub-menu of topics (pay, school, finding a job, how IGU starts, after IGU) and the example stories.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
about-start-ask =
    IGU waa shaqo iyo waxbarasho, muddo { $duration_years ->
        [one] { $duration_years } sano
       *[other] { $duration_years } sano
    }. Waxaad shaqo mushahar leh ka qabataa shirkad Denmark ku taal, celcelis ahaan ugu yaraan { $work_hours_min ->
        [one] { $work_hours_min } saacad
       *[other] { $work_hours_min } saacadood
    } toddobaadkii. Koorsana waad qaadataa { $school_weeks ->
        [one] { $school_weeks } toddobaad
       *[other] { $school_weeks } toddobaad
    }. Waxaa loogu talagalay qaxootiga, dadka isu-keenidda qoyska ku yimid iyo qaar ogolaansho gaar ah haysta.

about-topics-ask = Maxaad rabtaa inaad ka ogaato IGU? Taabo mawduuc.

## Pay

about-pay-ask = Mushaharka: Shaqada waxaad ka qaadataa mushaharka tababarka (mushaharka EGU) ee heshiiska shaqada shirkadda, markaa lacag qof walba u siman ma jirto. Toddobaadyada koorsada mushahar ma jiro, laakiin degmadaada ayaa ku siisa kaalmo. Intaadan bilaabin, degmada weydii waxa IGU ka beddelayso lacagtaada.

# $allowance_paid_months_later (Number) - the allowances are paid this many months later (1), from facts.yaml
about-allowance-ask =
    Lacagta toddobaadyada koorsada: bil kasta oo koorso jirto, degmadaada ka codso kaalmo waxbarasho. Codsiga isla ah ku weydiiso kaalmo gaadiid. Degmadu labadaba waxay bixisaa { $allowance_paid_months_later ->
        [one] bil kadib
       *[other] { $allowance_paid_months_later } bilood kadib
    }.

## School

# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
# "Usually free" (facts.yaml: school_fee): some courses can cost something.
about-school-ask =
    Koorsooyinka: wadar ahaan { $school_weeks ->
        [one] { $school_weeks } toddobaad
       *[other] { $school_weeks } toddobaad
    }, { $school_hours_per_week ->
        [one] { $school_hours_per_week } saacad
       *[other] { $school_hours_per_week } saacadood
    } toddobaadkii, toddobaadyo dhan ama maalmo kali ah. Sida Af-Deenish, ama koorsooyin shaqo oo gaaban (AMU). Koorsooyinku badanaa waa bilaash.

# $board_lodging_km (Number) - km from home to the course and back; MORE than this gives help for food and a bed, from facts.yaml
# $board_lodging_max_per_night (String) - most money a night for food and a bed, with the currency word of the language ("500 Danish kroner"), from facts.yaml
# The money usually comes back through the school that runs the course (facts.yaml: board_lodging_paid_by).
about-lodging-ask = Koorsada AMU ma fog tahay? Haddii tag iyo soo noqod ay ka badan yihiin { $board_lodging_km } km, waxaa laguu bixin karaa cunto iyo hoy, ugu badnaan { $board_lodging_max_per_night } habeenkii. Kaydi rasiidhada: lacagta badanaa waxaa kuu celiya goobta koorsada bixisa.

# The six kinds of courses that count in IGU (BEK 1825/2023 § 6). AMU is always one part.
about-school-types-ask = Maxaad baran kartaa? Af-Deenish. AMU: koorsooyin shaqo oo gaaban (forklift, nadaafad). FVU: akhris, qoraal, xisaab. AVU: maaddooyin dadka waaweyn. HF: maaddooyin kali ah. FGU: aasaas kuu diyaarinaya waxbarasho kale. IGU mar walba waxaa ku jira AMU. Qorshahaaga ayaa sheega waxaad qaadato.

## Finding an IGU job

# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-job-ask = Sida loo helo shaqo IGU: Shaqooyin IGU ka raadi Jobnet (jobnet.dk). Adigu shirkadaha weydii, sidoo kale shirkad aad tababar (praktik) ku soo qaadatay. Degmadaadu waxay kaa caawin kartaa inaad shirkad hesho. Koorsooyin IGU oo cusub waxay bilaaban karaan ilaa { $start_deadline }.

## How IGU starts

# The deadline for VITAS is not given on purpose: the only source is from 2018.
about-agreement-info = Bilowga IGU: Shirkaddu waxay hubisaa waraaqahaaga. Adiga iyo shirkaddu waxaad saxiixdaan heshiis shaqo IGU oo qoran. Wadajir ayaad u samaysaan qorshaha koorsooyinka. Saxiixa wax yar kadib, shirkaddu heshiiska waxay ku diiwaangelisaa nidaamka VITAS. Degmadaadu way taqaan xeerarka saxda ah.

# $bonus_amount (String) - employer bonus, each payment, with the currency word of the language ("20,000 Danish kroner"), from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
# The second payment only when the IGU is completed (facts.yaml: bonus_second_needs).
about-agreement-bonus-ask =
    Waa wanaag inaad shirkad u sheegto: Shirkad gaar loo leeyahay waxay heli kartaa { $bonus_amount } kadib { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } bil
       *[other] { $bonus_first_after_months } bilood
    } oo IGU ah, iyo { $bonus_amount } kale marka IGU la dhammeeyo kadib { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } sano
       *[other] { $bonus_second_after_years } sano
    }. Goobaha shaqada dowladda, sida degmada, iyaguna waxay bixin karaan IGU, laakiin gunno ma helaan.

## After IGU

# $dimittend_deadline_days (Number) - days after IGU ends to ask an a-kasse to join as a new graduate, from facts.yaml
# Other a-kasse conditions apply: "may join", and the a-kasse decides.
about-after-ask =
    Marka IGU dhammaato, shirkaddu waxay ku siisaa shahaado. Tus marka aad raadinayso shaqo ama waxbarasho kale. Waxaad ku biiri kartaa a-kasse (sanduuqa caymiska shaqo la'aanta) adigoo ah qof dhowaan dhammeeyay. Codso ugu dambayn { $dimittend_deadline_days ->
        [one] { $dimittend_deadline_days } maalin
       *[other] { $dimittend_deadline_days } maalmood
    } kadib marka IGU dhammaato, haddii kale xaqaas waad waysaa.

## Buttons (at most 30 characters)

about-button-more = Wax dheeraad ah ii sheeg
about-button-join = Ma ku biiri karaa?
about-button-interest = Waan xiisaynayaa
about-button-next = Mawduuca xiga
about-button-continue = Sii wad
about-button-topics = Mawduucyo kale
about-button-pay = Mushahar iyo lacag
about-button-school = Koorsooyinka
about-button-school-types = Maxaan baran karaa?
about-button-lodging = Koorso guriga ka fog
about-button-job = Raadi shaqo IGU
about-button-agreement = Sida IGU u bilaabato
about-button-after = IGU kadib
about-button-stories = Sheekooyin tusaale ah
