### Flow "eligibility" in Somali: a first check by buttons. It never says "yes, you can": the company checks papers, the municipality advises.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

eligibility-start-ask = Aan eegno in IGU kugu habboonaan karto. Waxaan ku weydiinayaa 3 su'aalood oo gaagaaban. Waxba cidna looma dirayo haddii aadan "haa" dhihin. Immisa jir baad tahay? Da'daada ku qor lambar.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-years-ask =
    Ma ku lahayd ciwaan Denmark (diiwaanka CPR) muddo { $years_in_dk_max ->
        [one] { $years_in_dk_max } sano
       *[other] { $years_in_dk_max } sano
    } ama ka yar? Isku dar dhammaan sannadihii aad ciwaan halkan ku lahayd.

# "Refugee" means every permit the IGU law counts as a refugee's (facts.yaml: refugee_permits):
# asylum, UN quota refugees, humanitarian and other protection permits.
eligibility-basis-ask = Sharci deganaansho noocee ah ayaad haysataa? Dooro "Qaxooti" sidoo kale haddii aad timid adigoo ah qaxooti kootada UN, ama aad haysato ogolaansho bini'aadantinimo ama ilaalin kale.

## Results

# $age_max (Number) - upper age limit (under), judged when IGU starts, from facts.yaml
# $igu_per_person (Number) - how many IGU courses one person can take (1), from facts.yaml
eligibility-likely =
    War wanaagsan: IGU waxaa laga yaabaa inay kuu suurtagasho. Waa inaad ka yar tahay { $age_max } sano marka IGU bilaabmo, qof walbana IGU wuxuu qaadan karaa { $igu_per_person ->
        [one] hal mar oo keliya
       *[other] { $igu_per_person } jeer oo keliya
    }. Tani maaha jawaab kama dambays ah: shirkadda iyo degmadaada ayaa kula hubinaya.
eligibility-documents = Intaan IGU bilaaban, shirkaddu waxay hubisaa inaad ku biiri karto. Diyaarso mid ka mid ah kuwan: warqadda sharciga deganaanshaha ee Hay'adda Socdaalka Denmark (Udlændingestyrelsen), kaarka deganaanshaha, ama warqadda CPR (bopælsattest).
eligibility-ukraine = Dadka reer Ukraine, IGU waxay ku xiran tahay ogolaansho ansax ah oo ku salaysan sharciga gaarka ah (særloven). Degmadaadu waxay hubisaa in ogolaanshahaagu ansax yahay iyo ilaa goorta. Xeerarku way isbeddeli karaan, markaa fadlan weydii intaadan qorshe samayn.
eligibility-next-ask = Ma rabtaa in degmadaadu kula soo xiriirto arrinta IGU?
eligibility-unsure = Taasi waa caadi. Dad badan ma hubaan. Qof ka tirsan degmadaada ayaa kula hubin kara.

# $age_min (Number) - lowest age to start IGU, from facts.yaml
eligibility-too-young =
    IGU waxaa loogu talagalay dadka da'doodu tahay ugu yaraan { $age_min ->
        [one] { $age_min } sano
       *[other] { $age_min } sano
    } marka IGU bilaabanayso. Sidaa darteed weli IGU ma geli kartid. Hase yeeshee degmadaadu waxay kaa caawin kartaa shaqo ama waxbarasho.

# $age_max (Number) - upper age limit (under), from facts.yaml
eligibility-too-old =
    IGU waxaa loogu talagalay dadka da'doodu ka yar tahay { $age_max ->
        [one] { $age_max } sano
       *[other] { $age_max } sano
    } marka IGU bilaabanayso. Sidaa darteed waxay u badan tahay in IGU aanay kuu suurtagal ahayn. Hase yeeshee degmadaadu waxay kaa caawin kartaa inaad hesho waddooyin kale oo shaqo.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-too-long =
    IGU waxaa loogu talagalay dadka Denmark ciwaan ku lahaa ilaa { $years_in_dk_max ->
        [one] { $years_in_dk_max } sano
       *[other] { $years_in_dk_max } sano
    }. Sidaa darteed waxay u badan tahay in IGU aanay kuu suurtagal ahayn. Hase yeeshee degmadaadu waxay kaa caawin kartaa inaad hesho waddooyin kale oo shaqo.

# Shown before the "talk to a person" question: a permit of another name may still count.
eligibility-other-basis = Ogolaanshaha deganaanshuhu magacyo badan ayuu leeyahay, kaagana waxaa laga yaabaa inuu IGU ku habboon yahay. Qof ka tirsan degmadaada ayaa kula hubin kara ogolaanshahaaga.
eligibility-not-ask = Ma rabtaa inaad la hadasho qof ka tirsan degmadaada?

## Buttons (at most 30 characters)

eligibility-button-no-say = Ma doonayo inaan sheego
eligibility-button-years-over = Maya, muddo ka dheer
eligibility-button-not-sure = Ma hubo
eligibility-button-refugee = Qaxooti
eligibility-button-family = Isu-keenidda qoyska
eligibility-button-ukraine = Sharci gaar ah: Ukraine
eligibility-button-afghan = Sharci gaar ah: Afgaanistaan
eligibility-button-other = Ogolaansho kale
eligibility-button-interest = Haa, ila soo xiriir
eligibility-button-about = Waa maxay IGU?
eligibility-button-documents = Waraaqaha loo baahan yahay
