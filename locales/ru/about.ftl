### Flow "about" (Russian): what IGU is for a learner - a short start, then a sub-menu of topics (pay, school, finding a job, how IGU starts, after IGU) and the example stories.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
about-start-ask =
    IGU — это работа и учёба. Программа длится { $duration_years ->
        [one] { $duration_years } год
        [few] { $duration_years } года
        [many] { $duration_years } лет
       *[other] { $duration_years } года
    }. Вы работаете в компании в Дании и получаете зарплату. Работа — в среднем минимум { $work_hours_min ->
        [one] { $work_hours_min } час
        [few] { $work_hours_min } часа
        [many] { $work_hours_min } часов
       *[other] { $work_hours_min } часа
    } в неделю. Ещё вы проходите курсы { $school_weeks ->
        [one] { $school_weeks } неделю
        [few] { $school_weeks } недели
        [many] { $school_weeks } недель
       *[other] { $school_weeks } недели
    }. IGU — для беженцев, для людей, приехавших по воссоединению семьи, и для некоторых людей с особым разрешением.

about-topics-ask = Что вы хотите узнать об IGU? Нажмите на тему.

## Pay

about-pay-ask = Зарплата: на работе вы получаете зарплату ученика (ставка EGU) по коллективному договору компании, поэтому одной суммы для всех нет. В недели курсов зарплаты нет, но есть пособие от муниципалитета. Перед началом спросите в муниципалитете, что IGU значит для ваших денег.

# $allowance_paid_months_later (Number) - the allowances are paid this many months later (1), from facts.yaml
about-allowance-ask =
    Деньги в недели курсов: каждый месяц, когда есть курсы, вы подаёте в муниципалитет заявление на пособие на обучение. В том же заявлении вы просите компенсацию проезда. Муниципалитет выплачивает и то и другое { $allowance_paid_months_later ->
        [one] через месяц
        [few] через { $allowance_paid_months_later } месяца
        [many] через { $allowance_paid_months_later } месяцев
       *[other] через { $allowance_paid_months_later } месяца
    }.

## School

# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
# "Usually free" (facts.yaml: school_fee): some courses can cost something.
about-school-ask =
    Курсы: всего { $school_weeks ->
        [one] { $school_weeks } неделя
        [few] { $school_weeks } недели
        [many] { $school_weeks } недель
       *[other] { $school_weeks } недели
    }, { $school_hours_per_week ->
        [one] { $school_hours_per_week } час
        [few] { $school_hours_per_week } часа
        [many] { $school_hours_per_week } часов
       *[other] { $school_hours_per_week } часа
    } в неделю, целыми неделями или отдельными днями. Например, датский язык или короткие курсы для работы (AMU). Курсы обычно бесплатные.

# $board_lodging_km (Number) - km from home to the course and back; MORE than this gives help for food and a bed, from facts.yaml
# $board_lodging_max_per_night (String) - most money a night for food and a bed, with the currency word of the language ("500 Danish kroner"), from facts.yaml
# The money usually comes back through the school that runs the course (facts.yaml: board_lodging_paid_by).
about-lodging-ask = Курс AMU далеко? Если дорога туда и обратно длиннее { $board_lodging_km } км, вам могут оплатить еду и ночлег, не больше { $board_lodging_max_per_night } за ночь. Сохраняйте чеки: деньги обычно возвращают через учебное заведение, которое проводит курс.

# The six kinds of courses that count in IGU (BEK 1825/2023 § 6). AMU is always one part.
about-school-types-ask = Чему можно учиться? Датский язык. AMU: короткие курсы для работы, например по погрузчику или гигиене. FVU: чтение, письмо, математика. AVU: общие предметы для взрослых. HF: отдельные предметы. FGU: базовое образование для дальнейшей учёбы. AMU всегда входит в IGU. Что вы учите — в учебном плане.

## Finding an IGU job

# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-job-ask = Как найти работу IGU: ищите вакансии IGU на Jobnet (jobnet.dk). Сами спрашивайте в компаниях, также там, где вы были на практике (praktik). Ваш муниципалитет может помочь найти компанию. Новые программы IGU можно начинать до { $start_deadline } включительно.

## How IGU starts

# The deadline for VITAS is not given on purpose: the only source is from 2018.
about-agreement-info = Как начинается IGU: компания проверяет ваши документы. Вы и компания подписываете письменный договор IGU о вашей работе. Вместе вы составляете учебный план на недели курсов. Вскоре после подписания компания регистрирует договор в системе VITAS. Точные правила знает ваш муниципалитет.

# $bonus_amount (String) - employer bonus, each payment, with the currency word of the language ("20,000 Danish kroner"), from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
# The second payment only when the IGU is completed (facts.yaml: bonus_second_needs).
about-agreement-bonus-ask =
    Полезно сказать компании: частная компания может получить { $bonus_amount } через { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } месяц
        [few] { $bonus_first_after_months } месяца
        [many] { $bonus_first_after_months } месяцев
       *[other] { $bonus_first_after_months } месяца
    } IGU и ещё { $bonus_amount }, когда IGU завершится через { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } год
        [few] { $bonus_second_after_years } года
        [many] { $bonus_second_after_years } лет
       *[other] { $bonus_second_after_years } года
    }. Государственные и муниципальные работодатели, например муниципалитет, тоже могут предлагать IGU, но бонус не получают.

## After IGU

# $dimittend_deadline_days (Number) - days after IGU ends to ask an a-kasse to join as a new graduate, from facts.yaml
# Other a-kasse conditions apply: "may join", and the a-kasse decides.
about-after-ask =
    Когда IGU заканчивается, компания даёт вам сертификат. Показывайте его, когда ищете работу или дальнейшее обучение. Вы можете вступить в a-kasse (кассу страхования от безработицы) как новый выпускник. Попросите о вступлении не позднее чем через { $dimittend_deadline_days ->
        [one] { $dimittend_deadline_days } день
        [few] { $dimittend_deadline_days } дня
        [many] { $dimittend_deadline_days } дней
       *[other] { $dimittend_deadline_days } дня
    } после конца IGU, иначе потеряете это право.

## Buttons (at most 30 characters)

about-button-more = Расскажите подробнее
about-button-join = Могу ли я участвовать?
about-button-interest = Мне это интересно
about-button-next = Следующая тема
about-button-continue = Дальше
about-button-topics = Другие темы
about-button-pay = Зарплата и деньги
about-button-school = Курсы
about-button-school-types = Чему можно учиться?
about-button-lodging = Курс далеко от дома
about-button-job = Как найти работу IGU
about-button-agreement = Как начинается IGU
about-button-after = После IGU
about-button-stories = Примеры историй
