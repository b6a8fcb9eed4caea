### Flow "about" (Ukrainian): what IGU is for a learner - a short start, then a sub-menu of topics (pay, school, finding a job, how IGU starts, after IGU) and the example stories.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
about-start-ask =
    IGU — це робота з навчанням. Програма триває { $duration_years ->
        [one] { $duration_years } рік
        [few] { $duration_years } роки
        [many] { $duration_years } років
       *[other] { $duration_years } року
    }. Ви працюєте в компанії в Данії й отримуєте зарплату, у середньому щонайменше { $work_hours_min ->
        [one] { $work_hours_min } годину
        [few] { $work_hours_min } години
        [many] { $work_hours_min } годин
       *[other] { $work_hours_min } години
    } на тиждень. Також ви проходите курси { $school_weeks ->
        [one] { $school_weeks } тиждень
        [few] { $school_weeks } тижні
        [many] { $school_weeks } тижнів
       *[other] { $school_weeks } тижня
    }. IGU — для біженців, людей, які приїхали через возз’єднання сім’ї, і деяких людей з особливим дозволом.

about-topics-ask = Що ви хочете дізнатися про IGU? Натисніть на тему.

## Pay

about-pay-ask = Зарплата: на роботі ви отримуєте учнівську зарплату (ставка EGU) за колективним договором компанії, тому однієї суми для всіх немає. У тижні курсів зарплати немає, але є допомога від муніципалітету. Перед початком запитайте в муніципалітеті, що IGU означає для ваших грошей.

# $allowance_paid_months_later (Number) - the allowances are paid this many months later (1), from facts.yaml
about-allowance-ask =
    Гроші в тижні курсів: щомісяця, коли є курси, ви подаєте заяву в муніципалітет на допомогу на навчання. У тій самій заяві ви просите компенсацію проїзду. Муніципалітет виплачує обидві { $allowance_paid_months_later ->
        [one] через місяць
        [few] через { $allowance_paid_months_later } місяці
        [many] через { $allowance_paid_months_later } місяців
       *[other] через { $allowance_paid_months_later } місяця
    }.

## School

# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
# "Usually free" (facts.yaml: school_fee): some courses can cost something.
about-school-ask =
    Курси: усього { $school_weeks ->
        [one] { $school_weeks } тиждень
        [few] { $school_weeks } тижні
        [many] { $school_weeks } тижнів
       *[other] { $school_weeks } тижня
    }, { $school_hours_per_week ->
        [one] { $school_hours_per_week } година
        [few] { $school_hours_per_week } години
        [many] { $school_hours_per_week } годин
       *[other] { $school_hours_per_week } години
    } на тиждень, цілими тижнями або окремими днями. Наприклад, данська мова або короткі курси для роботи (AMU). Курси зазвичай безкоштовні.

# $board_lodging_km (Number) - km from home to the course and back; MORE than this gives help for food and a bed, from facts.yaml
# $board_lodging_max_per_night (String) - most money a night for food and a bed, with the currency word of the language ("500 Danish kroner"), from facts.yaml
# The money usually comes back through the school that runs the course (facts.yaml: board_lodging_paid_by).
about-lodging-ask = Курс AMU далеко? Якщо дорога туди й назад довша за { $board_lodging_km } км, вам можуть оплатити їжу й ночівлю, не більше { $board_lodging_max_per_night } за ніч. Зберігайте чеки: гроші зазвичай повертають через заклад, який проводить курс.

# The six kinds of courses that count in IGU (BEK 1825/2023 § 6). AMU is always one part.
about-school-types-ask = Чого можна навчитися? Данська мова. AMU: короткі курси для роботи, як-от водіння навантажувача чи гігієна. FVU: читання, письмо, математика. AVU: предмети для дорослих. HF: окремі предмети. FGU: базова освіта для подальшого навчання. AMU завжди входить до IGU. Що ви вчите — у плані навчання.

## Finding an IGU job

# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-job-ask = Як знайти роботу IGU: шукайте вакансії IGU на Jobnet (jobnet.dk). Питайте в компаніях самі, також там, де ви були на практиці (praktik). Ваш муніципалітет може допомогти знайти компанію. Нові програми IGU можуть початися до { $start_deadline } включно.

## How IGU starts

# The deadline for VITAS is not given on purpose: the only source is from 2018.
about-agreement-info = Як починається IGU: компанія перевіряє ваші документи. Ви і компанія підписуєте письмовий договір IGU про вашу роботу. Разом ви складаєте навчальний план на тижні курсів. Невдовзі після підписання компанія реєструє договір у системі VITAS. Точні правила знає ваш муніципалітет.

# $bonus_amount (String) - employer bonus, each payment, with the currency word of the language ("20,000 Danish kroner"), from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
# The second payment only when the IGU is completed (facts.yaml: bonus_second_needs).
about-agreement-bonus-ask =
    Корисно сказати компанії: приватна компанія може отримати { $bonus_amount } через { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } місяць
        [few] { $bonus_first_after_months } місяці
        [many] { $bonus_first_after_months } місяців
       *[other] { $bonus_first_after_months } місяця
    } IGU і ще { $bonus_amount }, коли IGU завершиться через { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } рік
        [few] { $bonus_second_after_years } роки
        [many] { $bonus_second_after_years } років
       *[other] { $bonus_second_after_years } року
    }. Державні роботодавці, наприклад муніципалітет, теж можуть пропонувати IGU, але бонусу не отримують.

## After IGU

# $dimittend_deadline_days (Number) - days after IGU ends to ask an a-kasse to join as a new graduate, from facts.yaml
# Other a-kasse conditions apply: "may join", and the a-kasse decides.
about-after-ask =
    Коли IGU закінчується, компанія дає вам сертифікат. Показуйте його, коли шукаєте роботу чи подальше навчання. Ви можете вступити до a-kasse (каса страхування від безробіття) як новий випускник. Попросіть про вступ не пізніше ніж через { $dimittend_deadline_days ->
        [one] { $dimittend_deadline_days } день
        [few] { $dimittend_deadline_days } дні
        [many] { $dimittend_deadline_days } днів
       *[other] { $dimittend_deadline_days } дня
    } після кінця IGU, інакше втратите це право.

## Buttons (at most 30 characters)

about-button-more = Розкажіть більше
about-button-join = Чи можу я взяти участь?
about-button-interest = Мене це цікавить
about-button-next = Наступна тема
about-button-continue = Далі
about-button-topics = Інші теми
about-button-pay = Зарплата і гроші
about-button-school = Курси
about-button-school-types = Чого можна навчитися?
about-button-lodging = Курс далеко від дому
about-button-job = Як знайти роботу IGU
about-button-agreement = Як починається IGU
about-button-after = Після IGU
about-button-stories = Приклади історій
