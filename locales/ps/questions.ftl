### Flow "questions": short answers to questions learners type that no button leads to (ps).
### Review status: draft (written by the igubot team; needs review by a native speaker)

questions-benefits-ask = په IGU کې پیسې: په کار کې شرکت تاسو ته معاش درکوي. د کورس په اونیو کې ښاروالۍ (kommune) د زده کړې مرسته درکوي (هره میاشت غوښتنه وکړئ). دا عاید دی، نو kontanthjælp یا integrationsydelse بدلېدای شي، او ځینې خلک تر مخکې لږې پیسې ترلاسه کوي. لومړی له ښاروالۍ وغواړئ چې ستاسو پیسې وګوري.
questions-danish-ask = د IGU د پیلولو لپاره دنمارکي ژبه اړینه نه ده: قانون یې نه غواړي. ستاسو دنمارکي ټاکي چې کوم کورسونه واخلئ. ځینې ځایونه چې کورسونه ورکوي لږ دنمارکي غواړي، نو له ښاروالۍ وپوښتئ.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
questions-family-ask = ستاسو کورنۍ: ټول هغه کسان چې د کورنۍ د یوځای کېدو له لارې راغلي IGU کولای شي، نه یوازې د کډوالو کورنۍ. هر کس باید پخپله شرطونه پوره کړي (د بېلګې په توګه د IGU په پیل کې لږ تر لږه { $age_min } او تر { $age_max } کم کلن) او له یو شرکت سره خپل د IGU تړون کوي.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
questions-limits-ask = حدونه: د IGU په پیل کې باید لږ تر لږه { $age_min } او تر { $age_max } کم کلن اوسئ. تاسو کولای شئ تر { $years_in_dk_max } کلونو پورې په ډنمارک کې (د CPR په ثبت کې له پتې سره) اوسېدلي یاست. نوي IGU کورسونه تر { $start_deadline } پورې پیلېدای شي.
# $work_hours_min (Number) - least hours of work a week on average, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
questions-hours-ask = ساعتونه: IGU نږدې بشپړ وخت دی. تاسو په اوسط ډول په اونۍ کې لږ تر لږه { $work_hours_min } ساعته کار کوئ، او د کورس اونۍ { $school_hours_per_week } ساعته ده. یو کوچنی نیم‌وخته کار IGU نه دی. د خپلو ساعتونو په اړه له ښاروالۍ وپوښتئ.
# $sick_extension_weeks (Number) - after sickness longer than this (weeks in a row) IGU can be extended by agreement, from facts.yaml
questions-leave-ask = ناروغي او رخصتي: IGU د رخصتۍ پیسو (feriepenge) سره کار دی. د کار قواعد او د ډنمارک قانون پلي کېږي. تاسو او شرکت کولای شئ د امیندوارۍ، زېږون یا زوئۍ نیولو رخصتۍ، یا له { $sick_extension_weeks } اونیو ډېرې پرله‌پسې ناروغۍ لپاره IGU ته وخت ورزیات کړئ. که نه، یوازې ځانګړی لامل چې کورسونه یې درولي وي وخت زیاتوي.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-stop-ask = د IGU درول: IGU له تړون سره یو کار دی، نو د کار د پای ته رسولو قواعد پلي کېږي. مخکې له دې چې ودرېږئ، له کار ځای او ښاروالۍ سره خبرې وکړئ: ستاسو پیسې بدلېدای شي، او هر کس یوازې { $igu_per_person } IGU بشپړولای شي.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-once-ask = هر کس ته یو IGU: هر کس یوازې { $igu_per_person } IGU بشپړولای شي. که مو مخکې یو پیل کړی وي، له ښاروالۍ وپوښتئ چې دا ستاسو لپاره څه معنا لري.
