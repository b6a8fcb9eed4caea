### Flow "questions": short answers to questions learners type that no button leads to (da).
### Review status: draft (written by the igubot team; needs review by a native speaker)

questions-benefits-ask = Penge i IGU: på arbejdet betaler virksomheden dig løn. I kursusugerne betaler kommunen en uddannelsesgodtgørelse (søg hver måned). Det er indkomst, så kontanthjælp eller integrationsydelse kan ændre sig, og nogle får færre penge end før. Bed kommunen tjekke din økonomi først.
questions-danish-ask = Du behøver ikke tale dansk for at starte i IGU: loven kræver det ikke. Dit danske afgør, hvilke kurser du tager. Nogle kursussteder beder om lidt dansk, så spørg kommunen.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
questions-family-ask = Din familie: alle, der er kommet ved familiesammenføring, kan tage IGU, ikke kun familie til flygtninge. Hver person skal selv opfylde betingelserne (fx mindst { $age_min } og under { $age_max } år, når IGU starter) og laver sin egen IGU-aftale med en virksomhed.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
questions-limits-ask = Grænserne: når IGU starter, skal du være mindst { $age_min } og under { $age_max } år. Du må have boet i Danmark (med adresse i CPR-registret) i op til { $years_in_dk_max } år. Nye IGU-forløb kan starte indtil { $start_deadline }.
# $work_hours_min (Number) - least hours of work a week on average, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
questions-hours-ask = Timer: IGU er næsten fuld tid. Du arbejder mindst { $work_hours_min } timer om ugen i gennemsnit, og en kursusuge har { $school_hours_per_week } timer. Et lille deltidsjob er ikke IGU. Spørg kommunen om dine egne timer.
# $sick_extension_weeks (Number) - after sickness longer than this (weeks in a row) IGU can be extended by agreement, from facts.yaml
questions-leave-ask = Sygdom og ferie: IGU er et job med feriepenge. Arbejdspladsens regler og dansk lov gælder. Du og virksomheden kan lægge tid til IGU for orlov ved graviditet, fødsel eller adoption, eller over { $sick_extension_weeks } ugers sygdom i træk. Ellers giver kun noget særligt, der har stoppet dine kurser, mere tid.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-stop-ask = At stoppe i IGU: IGU er et job med en kontrakt, så reglerne for at stoppe i et job gælder. Tal med arbejdspladsen og kommunen, før du stopper: det kan ændre din økonomi, og man kan kun gennemføre { $igu_per_person } IGU.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-once-ask = Én IGU pr. person: man kan kun gennemføre { $igu_per_person } IGU. Hvis du har startet en før, så spørg kommunen, hvad det betyder for dig.
