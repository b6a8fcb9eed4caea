### Flow "questions": short answers to questions learners type that no button leads to.
### Each says only what facts.yaml supports; a person's own case goes to a person.
### Review status: source

questions-benefits-ask = Money in IGU: at work the company pays you. In the course weeks your municipality pays an education allowance (apply every month). This is income, so kontanthjælp or integrationsydelse can change, and some people get less than before. Ask your municipality to check your money first.
questions-danish-ask = You do not need to speak Danish to start IGU: the law does not ask for it. Your Danish decides which courses you take. Some places that run the courses ask for a little Danish, so ask your municipality.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
questions-family-ask = Your family: everyone who came through family reunification can do IGU, not only the family of refugees. Each person must meet the conditions themselves (for example at least { $age_min } and under { $age_max } when IGU starts) and makes their own IGU agreement with a company.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
questions-limits-ask = The limits: when IGU starts, you must be at least { $age_min } and under { $age_max } years old. You can have lived in Denmark (with an address in the CPR register) for up to { $years_in_dk_max } years. New IGU courses can start until { $start_deadline }.
# $work_hours_min (Number) - least hours of work a week on average, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
questions-hours-ask = Hours: IGU is almost full time. You work at least { $work_hours_min } hours a week on average, and a course week has { $school_hours_per_week } hours. A small part-time job is not IGU. Ask your municipality about your own hours.
# $sick_extension_weeks (Number) - after sickness longer than this (weeks in a row) IGU can be extended by agreement, from facts.yaml
questions-leave-ask = Sickness and holidays: IGU is a job with holiday pay (feriepenge). Work rules and Danish law apply. You and the company can add time to IGU for pregnancy, birth or adoption leave, or over { $sick_extension_weeks } weeks sick in a row. Otherwise, only something special that stopped your courses adds time.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-stop-ask = Stopping IGU: IGU is a job with a contract, so the rules for ending a job apply. Talk to your workplace and your municipality before you stop: it can change your money, and a person can complete only { $igu_per_person } IGU.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-once-ask = One IGU per person: a person can complete only { $igu_per_person } IGU. If you started one before, ask your municipality what it means for you.
