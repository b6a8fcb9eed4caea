### Flow "questions": short answers to questions learners type that no button leads to (so).
### Review status: draft (written by the igubot team; needs review by a native speaker)

questions-benefits-ask = Lacagta IGU: shaqada shirkaddaa ku siisa mushahar. Toddobaadyada koorsada degmadu (kommune) waxay ku siisaa gunno waxbarasho (codso bil kasta). Tani waa dakhli, markaa kontanthjælp ama integrationsydelse way isbeddeli karaan, qaarna lacag ka yar ayay helaan. Degmada ka codso inay hubiso lacagtaada.
questions-danish-ask = Looma baahna inaad ku hadasho Deenish si aad u bilowdo IGU: sharcigu ma weydiiyo. Deenishkaagu wuxuu go'aamiyaa koorsooyinka aad qaadanayso. Meelaha qaar ee koorsooyinka bixiya waxay weydiistaan Deenish yar, markaa weydii degmadaada.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
questions-family-ask = Qoyskaaga: dhammaan dadka ku yimid isu-keenidda qoyska waxay samayn karaan IGU, ma aha qoysaska qaxootiga oo keliya. Qof kastaa waa inuu isagu buuxiyaa shuruudaha (tusaale ahaan ugu yaraan { $age_min } iyo ka yar { $age_max } sano marka IGU bilaabanayo), wuxuuna shirkad la galaa heshiis IGU oo u gaar ah.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
questions-limits-ask = Xadka: marka IGU bilaabanayo, waa inaad jirtaa ugu yaraan { $age_min } iyo ka yar { $age_max } sano. Waxaad ku noolaan kartay Danmark (cinwaan ku jira diiwaanka CPR) ilaa { $years_in_dk_max } sano. Koorsooyin IGU oo cusub waxay bilaabmi karaan ilaa { $start_deadline }.
# $work_hours_min (Number) - least hours of work a week on average, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
questions-hours-ask = Saacadaha: IGU waa ku dhawaad waqti buuxa. Waxaad shaqaysaa celcelis ahaan ugu yaraan { $work_hours_min } saacadood toddobaadkii, toddobaadka koorsaduna waa { $school_hours_per_week } saacadood. Shaqo yar oo waqti-dhiman ah ma aha IGU. Degmada ka weydii saacadahaaga.
# $sick_extension_weeks (Number) - after sickness longer than this (weeks in a row) IGU can be extended by agreement, from facts.yaml
questions-leave-ask = Jirro iyo fasax: IGU waa shaqo leh lacag fasax (feriepenge), xeerar shaqo iyo sharciga Danmark. Adiga iyo shirkaddu waad ku dari kartaan IGU waqti fasax uur, dhalmo ama korsasho, ama jirro isku xigta oo ka badan { $sick_extension_weeks } toddobaad. Iskeed bay u dheeraataa keliya haddii xaalad gaar ahi joojisay koorsada.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-stop-ask = Joojinta IGU: IGU waa shaqo qandaraas leh, markaa waxaa khuseeya xeerarka joojinta shaqada. La hadal goobta shaqada iyo degmada ka hor intaadan joojin: lacagtaadu way isbeddeli kartaa, qofkuna { $igu_per_person } IGU oo keliya ayuu dhammaystiri karaa.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-once-ask = Hal IGU qof kasta: qofku wuxuu dhammaystiri karaa { $igu_per_person } IGU oo keliya. Haddii aad hore mid u bilowday, degmada weydii waxa ay adiga kuu tahay.
