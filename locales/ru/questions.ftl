### Flow "questions": short answers to questions learners type that no button leads to (ru).
### Review status: draft (written by the igubot team; needs review by a native speaker)

questions-benefits-ask = Деньги в IGU: на работе вам платит компания. В недели курсов муниципалитет платит пособие на обучение (заявление каждый месяц). Это доход, поэтому kontanthjælp или integrationsydelse могут измениться, и некоторые получают меньше, чем раньше. Попросите муниципалитет сначала проверить ваши деньги.
questions-danish-ask = Чтобы начать IGU, не нужно говорить по-датски: закон этого не требует. От вашего датского зависит, какие курсы вы проходите. Некоторые места, где идут курсы, просят немного датского, поэтому спросите муниципалитет.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
questions-family-ask = Ваша семья: IGU могут проходить все, кто приехал по воссоединению семьи, а не только семьи беженцев. Каждый человек должен сам соответствовать условиям (например, от { $age_min } и младше { $age_max } лет в начале IGU) и заключает свой договор IGU с компанией.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
questions-limits-ask = Ограничения: в начале IGU вам должно быть не меньше { $age_min } и меньше { $age_max } лет. Вы можете жить в Дании (с адресом в реестре CPR) до { $years_in_dk_max } лет. Начать новую IGU можно до { $start_deadline } включительно.
# $work_hours_min (Number) - least hours of work a week on average, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
questions-hours-ask = Часы: IGU — это почти полный рабочий день. Вы работаете в среднем не меньше { $work_hours_min } часов в неделю, а в неделе курсов { $school_hours_per_week } часов. Небольшая подработка — это не IGU. Спросите муниципалитет о ваших часах.
# $sick_extension_weeks (Number) - after sickness longer than this (weeks in a row) IGU can be extended by agreement, from facts.yaml
questions-leave-ask = Болезнь и отпуск: IGU — работа с отпускными (feriepenge). Действуют правила работы и законы Дании. Вы и компания можете добавить к IGU время отпуска по беременности, родам или усыновлению или болезни дольше { $sick_extension_weeks } недель подряд. Иначе время добавляют лишь особые обстоятельства, остановившие курсы.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-stop-ask = Прекратить IGU: IGU — это работа по договору, поэтому действуют правила увольнения. Поговорите с работой и муниципалитетом, прежде чем прекратить: это может изменить ваши деньги, и человек может завершить только { $igu_per_person } IGU.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-once-ask = Одна IGU на человека: человек может завершить только { $igu_per_person } IGU. Если вы уже начинали IGU, спросите муниципалитет, что это значит для вас.
