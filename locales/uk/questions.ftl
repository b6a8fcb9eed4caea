### Flow "questions": short answers to questions learners type that no button leads to (uk).
### Review status: draft (written by the igubot team; needs review by a native speaker)

questions-benefits-ask = Гроші в IGU: на роботі вам платить компанія. У тижні курсів муніципалітет платить освітню допомогу (подавайте заяву щомісяця). Це дохід, тому kontanthjælp або integrationsydelse можуть змінитися, і деякі люди отримують менше, ніж раніше. Попросіть муніципалітет спершу перевірити ваші гроші.
questions-danish-ask = Щоб почати IGU, не треба говорити данською: закон цього не вимагає. Від вашої данської залежить, які курси ви проходите. Деякі місця, де проходять курси, просять трохи данської, тож запитайте муніципалітет.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
questions-family-ask = Ваша родина: IGU можуть проходити всі, хто приїхав через возз’єднання сім’ї, а не лише родини біженців. Кожна людина має сама відповідати умовам (наприклад, від { $age_min } і менше { $age_max } років на початку IGU) і укладає власну угоду IGU з компанією.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
questions-limits-ask = Обмеження: на початку IGU вам має бути щонайменше { $age_min } і менше { $age_max } років. Ви можете жити в Данії (з адресою в реєстрі CPR) до { $years_in_dk_max } років. Почати нову IGU можна до { $start_deadline } включно.
# $work_hours_min (Number) - least hours of work a week on average, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
questions-hours-ask = Години: IGU — це майже повний робочий день. Ви працюєте в середньому щонайменше { $work_hours_min } годин на тиждень, а тиждень курсів має { $school_hours_per_week } годин. Невелика часткова робота — це не IGU. Запитайте муніципалітет про ваші години.
# $sick_extension_weeks (Number) - after sickness longer than this (weeks in a row) IGU can be extended by agreement, from facts.yaml
questions-leave-ask = Хвороба і відпустка: IGU — робота з відпускними (feriepenge). Діють правила роботи і закони Данії. Ви і компанія можете додати час до IGU за відпустку через вагітність, пологи чи усиновлення або понад { $sick_extension_weeks } тижнів хвороби поспіль. Інакше час додає лише щось особливе, що зупинило ваші курси.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-stop-ask = Припинити IGU: IGU — це робота за договором, тож діють правила звільнення. Поговоріть з роботою і муніципалітетом, перш ніж зупинитися: це може змінити ваші гроші, і людина може завершити лише { $igu_per_person } IGU.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-once-ask = Одна IGU на людину: людина може завершити лише { $igu_per_person } IGU. Якщо ви вже починали IGU, запитайте муніципалітет, що це означає для вас.
