### Flow "eligibility" (Northern Kurdish, Kurmanji): a first check by buttons. It never says "yes, you can": the company checks papers, the municipality advises.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

eligibility-start-ask = Em binêrin ka dibe ku IGU ji te re guncav be. Ez 3 pirsên kurt dipirsim. Heta tu "erê" nebêjî, tiştek ji kesî re nayê şandin. Tu çend salî yî? Temenê xwe wek hejmar binivîse.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-years-ask =
    Ma te { $years_in_dk_max ->
        [one] { $years_in_dk_max } sal
       *[other] { $years_in_dk_max } sal
    } an kêmtir navnîşanek li Danîmarkayê (di qeyda CPR de) hebûye? Hemû salên xwe yên bi navnîşan li vir bijmêre.

# "Refugee" means every permit the IGU law counts as a refugee's (facts.yaml: refugee_permits):
# asylum, UN quota refugees, humanitarian and other protection permits.
eligibility-basis-ask = Îzna te ya rûniştinê çi cure ye? Heke tu wek penaberê kotaya NY hatî, an îzna te ya mirovî an ya parastineke din heye, "Penaber" jî hilbijêre.

## Results

# $age_max (Number) - upper age limit (under), judged when IGU starts, from facts.yaml
# $igu_per_person (Number) - how many IGU courses one person can take (1), from facts.yaml
eligibility-likely =
    Mizgîn: dibe ku IGU ji bo te gengaz be. Dema IGU dest pê dike divê tu ji { $age_max } salî biçûktir bî, û her kes dikare IGU tenê { $igu_per_person ->
        [one] carekê
       *[other] { $igu_per_person } caran
    } bike. Ev ne bersiva dawî ye: şirket û şaredariya te wê bi te re kontrol bikin.
eligibility-documents = Berî ku IGU dest pê bike, şirket kontrol dike ka tu dikarî beşdar bibî. Yek ji van amade bike: nameya li ser îzna te ya rûniştinê ji Dezgeha Koçberiyê ya Danîmarkayê, karta te ya rûniştinê, an derxistineke CPR (bopælsattest).
eligibility-ukraine = Ji bo Ûkraynayiyan, IGU girêdayî îzneke derbasdar li gorî qanûna taybet (særloven) e. Şaredariya te kontrol dike ka îzna te derbasdar e û heta kengê. Qaîde dikarin biguherin, ji ber vê yekê ji kerema xwe berî ku tu planan çêkî bipirse.
eligibility-next-ask = Tu dixwazî şaredariya te li ser IGU bi te re têkilî dayne?
eligibility-unsure = Ev ne pirsgirêk e. Gelek kes ne bawer in. Kesek ji şaredariya te dikare bi te re kontrol bike.

# $age_min (Number) - lowest age to start IGU, from facts.yaml
eligibility-too-young =
    IGU ji bo wan kesan e ku dema IGU dest pê dike herî kêm { $age_min ->
        [one] { $age_min } salî
       *[other] { $age_min } salî
    } ne. Ji ber vê yekê IGU hêj ji bo te ne gengaz e. Dîsa jî şaredariya te dikare di kar an perwerdeyê de alîkariya te bike.

# $age_max (Number) - upper age limit (under), from facts.yaml
eligibility-too-old =
    IGU ji bo wan kesan e ku dema IGU dest pê dike ji { $age_max ->
        [one] { $age_max } salî
       *[other] { $age_max } salî
    } biçûktir in. Ji ber vê yekê îhtîmal e ku IGU ji bo te ne gengaz be. Dîsa jî şaredariya te dikare alîkariya te bike ku tu rêyên din ber bi kar ve bibînî.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-too-long =
    IGU ji bo wan kesan e ku heta { $years_in_dk_max ->
        [one] { $years_in_dk_max } salê
       *[other] { $years_in_dk_max } salan
    } navnîşana wan li Danîmarkayê hebûye. Ji ber vê yekê îhtîmal e ku IGU ji bo te ne gengaz be. Dîsa jî şaredariya te dikare alîkariya te bike ku tu rêyên din ber bi kar ve bibînî.

# Shown before the "talk to a person" question: a permit of another name may still count.
eligibility-other-basis = Navên îznan gelek in, û dibe ku îzna te jî ji bo IGU derbas be. Kesek ji şaredariya te dikare îzna te bi te re kontrol bike.
eligibility-not-ask = Tu dixwazî bi kesekî ji şaredariya xwe re biaxivî?

## Buttons (at most 30 characters)

eligibility-button-no-say = Ez naxwazim bibêjim
eligibility-button-years-over = Na, ji vê dirêjtir
eligibility-button-not-sure = Ez ne bawer im
eligibility-button-refugee = Penaber
eligibility-button-family = Yekbûna malbatê
eligibility-button-ukraine = Qanûna taybet a Ûkraynayê
eligibility-button-afghan = Qanûna taybet a Afganistanê
eligibility-button-other = Îzneke din
eligibility-button-interest = Erê, bi min re têkilî dayne
eligibility-button-about = IGU çi ye?
eligibility-button-documents = Kîjan kaxez pêwîst in?
