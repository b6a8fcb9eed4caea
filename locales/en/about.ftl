### Flow "about": what IGU is, in four short messages (work and school, school, pay, finding a company).
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

# $school_weeks (Number) - weeks of school in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of school, from facts.yaml
# $board_lodging_km (Number) - km from home to school and back from which help for food and a bed is possible, from facts.yaml
# $board_lodging_max_per_day (Number) - most DKK a day for food and a bed, from facts.yaml
about-school-ask =
    School: { $school_weeks ->
        [one] { $school_weeks } week
       *[other] { $school_weeks } weeks
    } in total, { $school_hours_per_week ->
        [one] { $school_hours_per_week } hour
       *[other] { $school_hours_per_week } hours
    } a week, as whole weeks or single days. For example Danish or job courses (AMU). School is free. Is the AMU course { $board_lodging_km } km or more away, there and back? Then you can get help for food and a bed, up to { $board_lodging_max_per_day } kr. a day.

about-pay-ask = Pay: At work you get apprentice pay (EGU pay) from the company's collective agreement, so there is no one amount for all. In school weeks there is no wage: each month you apply to your municipality for an education allowance. Ask them what IGU means for your money before you start.

# $bonus_amount (Number) - employer bonus in DKK, each payment, from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-company-ask =
    You find a company yourself, or your municipality helps you. You can also look for IGU jobs on Jobnet. Tell the company: a private company can get { $bonus_amount } kr. after { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } month
       *[other] { $bonus_first_after_months } months
    } and again after { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } year
       *[other] { $bonus_second_after_years } years
    }. New IGU courses can start until { $start_deadline }.

## Buttons (at most 30 characters)

about-button-more = Tell me more
about-button-join = Can I join?
about-button-interest = I am interested
