### Flow "about": what IGU is for a learner - a short start, then a sub-menu of topics (pay, school, finding a job, how IGU starts, after IGU) and the example stories.
### Review status: source

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of school in an IGU course, from facts.yaml
about-start-ask =
    IGU is a job with school. It lasts { $duration_years ->
        [one] { $duration_years } year
       *[other] { $duration_years } years
    }. You work at a company in Denmark and get paid, on average at least { $work_hours_min ->
        [one] { $work_hours_min } hour
       *[other] { $work_hours_min } hours
    } a week. You also go to school for { $school_weeks ->
        [one] { $school_weeks } week
       *[other] { $school_weeks } weeks
    }. IGU is for refugees, family-reunified people and some people with a special permit.

about-topics-ask = What do you want to know about IGU? Tap a topic.

## Pay

about-pay-ask = Pay: At work you get apprentice pay (EGU pay) from the company's collective agreement, so there is no one amount for all. In school weeks there is no wage: each month you apply to your municipality for an education allowance. Ask them what IGU means for your money before you start.

## School

# $school_weeks (Number) - weeks of school in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of school, from facts.yaml
# $board_lodging_km (Number) - km from home to school and back from which help for food and a bed is possible, from facts.yaml
# $board_lodging_max_per_night (Number) - most DKK a day for food and a bed, from facts.yaml
about-school-ask =
    School: { $school_weeks ->
        [one] { $school_weeks } week
       *[other] { $school_weeks } weeks
    } in total, { $school_hours_per_week ->
        [one] { $school_hours_per_week } hour
       *[other] { $school_hours_per_week } hours
    } a week, as whole weeks or single days. For example Danish or job courses (AMU). School is free. Is the trip to an AMU course and back { $board_lodging_km } km or more? Then you can get help for food and a bed, up to { $board_lodging_max_per_night } kr. a day.

# The six kinds of school that count in IGU (BEK 1825/2023 § 6). AMU is always one part.
about-school-types-ask = What can you learn? Danish. AMU: short job courses, for example forklift driving or hygiene. FVU: reading, writing and maths. AVU: school subjects for adults. HF single subjects. FGU: a basic education that gets you ready for more. AMU is always part of IGU. Your teaching plan says what you take.

## Finding an IGU job

# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-job-ask = How to find an IGU job: Look for IGU jobs on Jobnet (jobnet.dk). Ask companies yourself, also a company where you had a work placement (praktik). Your municipality can help you find a company. New IGU courses can start until { $start_deadline }.

## How IGU starts

# The deadline for VITAS is not given on purpose: the only source is from 2018.
about-agreement-info = How IGU starts: The company checks your papers. You and the company sign a written IGU agreement about your work. Together you make a teaching plan for your school weeks. Soon after you sign, the company registers the agreement in a system called VITAS. Your municipality knows the exact rules.

# $bonus_amount (Number) - employer bonus in DKK, each payment, from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
about-agreement-bonus-ask =
    Good to tell a company: A private company can get { $bonus_amount } kr. after { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } month
       *[other] { $bonus_first_after_months } months
    } of IGU and again after { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } year
       *[other] { $bonus_second_after_years } years
    }. Public workplaces, like a municipality, can also offer IGU, but they get no bonus.

## After IGU

# The a-kasse rules for new graduates (dimittend) are not confirmed: always "ask an a-kasse".
about-after-ask = When IGU ends, the company gives you a certificate for your IGU. Show it when you look for a new job or more education. You may also be able to join an a-kasse (unemployment insurance fund) as a new graduate. Ask an a-kasse about the rules before your IGU ends.

## Buttons (at most 30 characters)

about-button-more = Tell me more
about-button-join = Can I join?
about-button-interest = I am interested
about-button-next = Next topic
about-button-topics = Other topics
about-button-pay = Pay and money
about-button-school = School
about-button-school-types = What can I learn?
about-button-job = Find an IGU job
about-button-agreement = How IGU starts
about-button-after = After IGU
about-button-stories = Example stories
