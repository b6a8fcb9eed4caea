### Flow "about": what IGU is for a learner - a short start, then a sub-menu of topics (pay, courses, finding a job, how IGU starts, after IGU) and the example stories.
### Words: the teaching in IGU is for adults. Say "courses" or "classes" for adults, never the word for a children's school.
### Review status: source

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
about-start-ask =
    IGU is a job with courses. It lasts { $duration_years ->
        [one] { $duration_years } year
       *[other] { $duration_years } years
    }. You work at a company in Denmark and get paid, on average at least { $work_hours_min ->
        [one] { $work_hours_min } hour
       *[other] { $work_hours_min } hours
    } a week. You also take courses for { $school_weeks ->
        [one] { $school_weeks } week
       *[other] { $school_weeks } weeks
    }. IGU is for refugees, family-reunified people and some people with a special permit.

about-topics-ask = What do you want to know about IGU? Tap a topic.

## Pay

about-pay-ask = Pay: At work you get apprentice pay (EGU pay) from the company's collective agreement, so there is no one amount for all. In course weeks you get no wage, but an allowance from your municipality. Ask your municipality what IGU means for your money before you start.

# $allowance_paid_months_later (Number) - the allowances are paid this many months later (1), from facts.yaml
about-allowance-ask =
    Money in course weeks: Each month with courses, you apply to your municipality for an education allowance. In the same application you ask for a transport allowance. The municipality pays both { $allowance_paid_months_later ->
        [one] a month later
       *[other] { $allowance_paid_months_later } months later
    }.

## Courses

# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
# "Usually free" (facts.yaml: school_fee): some courses can cost something.
about-school-ask =
    Courses: { $school_weeks ->
        [one] { $school_weeks } week
       *[other] { $school_weeks } weeks
    } in total, { $school_hours_per_week ->
        [one] { $school_hours_per_week } hour
       *[other] { $school_hours_per_week } hours
    } a week, as whole weeks or single days. For example Danish, or short job courses (AMU). The courses are usually free.

# $board_lodging_km (Number) - km from home to the course and back; MORE than this gives help for food and a bed, from facts.yaml
# $board_lodging_max_per_night (String) - most money a night for food and a bed, with the currency word of the language ("500 Danish kroner"), from facts.yaml
# The money usually comes back through the school that runs the course (facts.yaml: board_lodging_paid_by).
about-lodging-ask = Is an AMU course far away? If the trip there and back is more than { $board_lodging_km } km, you can get food and a bed paid, at most { $board_lodging_max_per_night } a night. Keep the receipts: the money usually comes back through the school that runs the course.

# The six kinds of courses that count in IGU (BEK 1825/2023 § 6). AMU is always one part.
about-school-types-ask = What can you learn? Danish. AMU: short job courses, for example forklift driving or hygiene. FVU: reading, writing and maths. AVU: general subjects for adults. HF single subjects. FGU: a basic education that gets you ready for more. AMU is always part of IGU. Your teaching plan says what you take.

## Finding an IGU job

# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-job-ask = How to find an IGU job: Look for IGU jobs on Jobnet (jobnet.dk). Ask companies yourself, also a company where you had a work placement (praktik). Your municipality can help you find a company. New IGU courses can start until { $start_deadline }.

## How IGU starts

# The deadline for VITAS is not given on purpose: the only source is from 2018.
about-agreement-info = How IGU starts: The company checks your papers. You and the company sign a written IGU agreement about your work. Together you make a teaching plan for your course weeks. Soon after you sign, the company registers the agreement in a system called VITAS. Your municipality knows the exact rules.

# $bonus_amount (String) - employer bonus, each payment, with the currency word of the language ("20,000 Danish kroner"), from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
# The second payment only when the IGU is completed (facts.yaml: bonus_second_needs).
about-agreement-bonus-ask =
    Good to tell a company: A private company can get { $bonus_amount } after { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } month
       *[other] { $bonus_first_after_months } months
    } of IGU, and { $bonus_amount } more when the IGU is completed after { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } year
       *[other] { $bonus_second_after_years } years
    }. Public workplaces, like a municipality, can also offer IGU, but they get no bonus.

## After IGU

# $dimittend_deadline_days (Number) - days after IGU ends to ask an a-kasse to join as a new graduate, from facts.yaml
# Other a-kasse conditions apply: "may join", and the a-kasse decides.
about-after-ask =
    When IGU ends, the company gives you a certificate. Show it when you look for a job or more education. You may join an a-kasse (unemployment insurance fund) as a new graduate. Ask to join no later than { $dimittend_deadline_days ->
        [one] { $dimittend_deadline_days } day
       *[other] { $dimittend_deadline_days } days
    } after IGU ends, or you lose that right.

## Buttons (at most 30 characters)

about-button-more = Tell me more
about-button-join = Can I join?
about-button-interest = I am interested
about-button-next = Next topic
about-button-continue = Continue
about-button-topics = Other topics
about-button-pay = Pay and money
about-button-school = Courses
about-button-school-types = What can I learn?
about-button-lodging = Course far from home
about-button-job = Find an IGU job
about-button-agreement = How IGU starts
about-button-after = After IGU
about-button-stories = Example stories
