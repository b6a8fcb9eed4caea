### Flow "questions": short answers to questions learners type that no button leads to (kmr).
### Review status: draft (written by the igubot team; needs review by a native speaker)

questions-benefits-ask = Pere di IGU-yê de: li kar şirket mûçeyê dide te. Di hefteyên kursê de şaredarî (kommune) alîkariya perwerdeyê dide (her meh serlêdan bike). Ev dahat e, ji ber vê kontanthjælp an integrationsydelse dikarin biguherin, û hin kes kêmtir distînin. Ji şaredariyê bixwaze pereyê te kontrol bike.
questions-danish-ask = Ji bo destpêkirina IGU-yê ne hewce ye ku tu bi danmarkî biaxivî: qanûn vê naxwaze. Asta danmarkiya te diyar dike ku tu kîjan kursan dixwînî. Hin cihên kursê hinekî danmarkî dixwazin, ji ber vê ji şaredariyê bipirse.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
questions-family-ask = Malbata te: hemû kesên bi yekbûna malbatê hatine dikarin IGU bikin, ne tenê malbatên penaberan. Divê her kes bi xwe şertan bîne cih (wek mînak dema IGU dest pê dike herî kêm { $age_min } û ji { $age_max } salî biçûktir be) û her kes bi şirketekê re peymana IGU-ya xwe çêdike.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
questions-limits-ask = Sînor: dema IGU dest pê dike divê tu herî kêm { $age_min } û ji { $age_max } salî biçûktir bî. Tu dikarî heta { $years_in_dk_max } salan li Danîmarkayê (bi navnîşanek di qeyda CPR de) jiyabî. Kursên nû yên IGU dikarin heta { $start_deadline } dest pê bikin.
# $work_hours_min (Number) - least hours of work a week on average, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
questions-hours-ask = Saet: IGU hema hema dema tijî ye. Tu bi navînî herî kêm { $work_hours_min } saetan di hefteyê de dixebitî, û hefteyek kursê { $school_hours_per_week } saet e. Karekî biçûk ê nîv-demî ne IGU ye. Li ser saetên xwe ji şaredariyê bipirse.
# $sick_extension_weeks (Number) - after sickness longer than this (weeks in a row) IGU can be extended by agreement, from facts.yaml
questions-leave-ask = Nexweşî û betlane: IGU kar e: pereyê betlaneyê (feriepenge), rêzikên kar û qanûna Danîmarkê derbas dibin. Ji bo destûra ducanî, zayîn an evladgirtinê, an ji { $sick_extension_weeks } hefteyan bêtir nexweşiya berdewam, tu û şirket dikarin dem li IGU zêde bikin. Yan na, tenê rewşeke taybet a kursan rawestîne dem zêde dike.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-stop-ask = Rawestandina IGU-yê: IGU karekî bi peymanê ye, ji ber vê qaîdeyên dawîanîna kar derbas dibin. Berî ku tu rawestî bi cihê kar û şaredariyê re biaxive: dibe ku pereyê te biguhere, û her kes tenê dikare { $igu_per_person } IGU temam bike.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-once-ask = Ji bo her kesî yek IGU: her kes tenê dikare { $igu_per_person } IGU temam bike. Heke te berê yek dest pê kiribe, ji şaredariyê bipirse ka ev ji bo te tê çi wateyê.
