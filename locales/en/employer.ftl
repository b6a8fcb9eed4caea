### Flow "employer": IGU for a company (pay, bonus, how it starts, duties), then a contact for the employment service of the workplace's municipality.
### Review status: source
### Locales: da, en (written for Danish and English employers; other languages show the English text)

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
employer-start-info =
    IGU for companies: You hire a refugee or a family-reunified person for { $duration_years ->
        [one] { $duration_years } year
       *[other] { $duration_years } years
    }. The person works for you, on average at least { $work_hours_min ->
        [one] { $work_hours_min } hour
       *[other] { $work_hours_min } hours
    } a week, and takes courses for { $school_weeks ->
        [one] { $school_weeks } week
       *[other] { $school_weeks } weeks
    }. Private and public workplaces can offer IGU. New IGU courses can start until { $start_deadline }.

employer-start-ask = What do you want to know?

employer-pay-ask = Pay: You pay the EGU wage rate of your collective agreement. If it has no EGU rate, you pay the apprentice rate for the 1st and 2nd year. In course weeks you pay no wage: the municipality pays the person an allowance. There is no wage subsidy: IGU is an ordinary job.

# $bonus_amount (String) - employer bonus, each payment, with the currency word of the language ("20,000 Danish kroner"), from facts.yaml
# $bonus_first_after_months (Number) - months of IGU before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
# The second payment only for a completed IGU (facts.yaml: bonus_second_needs).
employer-bonus-ask =
    Bonus: A private company can get { $bonus_amount } after { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } month
       *[other] { $bonus_first_after_months } months
    } of IGU, and { $bonus_amount } more when the IGU is completed after { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } year
       *[other] { $bonus_second_after_years } years
    }. You apply to SIRI (the Danish Agency for International Recruitment and Integration). Public workplaces get no bonus.

# $bonus_de_minimis_since (Date) - since this day the bonus is de minimis state aid, from facts.yaml
# The VITAS rule: facts.yaml bonus_needs_vitas.
employer-bonus-rules-ask = When you apply, the IGU agreement and the teaching plan must be in VITAS. Since { $bonus_de_minimis_since } the bonus is de minimis aid under EU rules: a company near the ceiling for such aid may get less or no bonus.

# $age_min (Number) - lowest age to start IGU, from facts.yaml
# $age_max (Number) - upper age limit (under), from facts.yaml
# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
# $prior_employment_months (Number) - months without an ordinary job at the same company before IGU, from facts.yaml
# $igu_per_person (Number) - how many IGU courses one person can take (1), from facts.yaml
employer-process-check =
    Who can join: refugees, family-reunified people and people with a valid permit under the Ukrainian or Afghan special act, aged { $age_min } to under { $age_max } when IGU starts, with an address in Denmark for up to { $years_in_dk_max ->
        [one] { $years_in_dk_max } year
       *[other] { $years_in_dk_max } years
    }. { $igu_per_person ->
        [one] Only one IGU
       *[other] At most { $igu_per_person } IGU courses
    } per person, and no ordinary job with you in the last { $prior_employment_months ->
        [one] { $prior_employment_months } month
       *[other] { $prior_employment_months } months
    }.

# The VITAS deadline is not given on purpose: the only source is from 2018.
employer-process-ask = How it starts: 1. You check the person's papers: the permit letter, residence card or CPR extract (bopælsattest). 2. You both sign a written IGU agreement and make a teaching plan. 3. You register the agreement in VITAS soon after signing; your municipality knows the current deadline.

# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
# "Usually free" (facts.yaml: school_fee).
employer-duties-info =
    Your duties: IGU is an ordinary job under your collective agreement. Give on average at least { $work_hours_min ->
        [one] { $work_hours_min } hour
       *[other] { $work_hours_min } hours
    } of work a week. Let the person take courses for { $school_weeks ->
        [one] { $school_weeks } week
       *[other] { $school_weeks } weeks
    }; the teaching is usually free. When IGU ends, give the person a certificate.

# $sprogmakker_hours_per_week (Number) - most hours a week paid for a language buddy, from facts.yaml
# $sprogmakker_weeks (Number) - most weeks paid for a language buddy, from facts.yaml
employer-duties-buddy-ask =
    Help with Danish: A colleague can be a language buddy (sprogmakker). You can apply for the buddy's wage cost for up to { $sprogmakker_hours_per_week ->
        [one] { $sprogmakker_hours_per_week } hour
       *[other] { $sprogmakker_hours_per_week } hours
    } a week, for up to { $sprogmakker_weeks ->
        [one] { $sprogmakker_weeks } week
       *[other] { $sprogmakker_weeks } weeks
    }. The buddy must take the sprogmakker course.

## The contact form

employer-contact-info = Leave your contact, and the employment service of the municipality where your workplace is will contact you about IGU. I will ask a few short questions.
employer-company-ask = What is the name of your company?
employer-municipality-ask = Which municipality is the workplace in? Write the name, for example Aarhus or Odense.
employer-name-ask = What is the name of the contact person?
employer-contact-ask = How should the municipality contact you?
employer-phone-ask = Which phone number can they call? For example 20 12 34 56.
employer-email-ask = What is your email address?

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the workplace's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
employer-consent-ask =
    May we send the company name, the municipality, your name and your phone or email to the employment service in { $municipality_name }? They use them only to contact you about IGU. We keep them until the case is closed, at most { $lead_retention_months ->
        [one] { $lead_retention_months } month
       *[other] { $lead_retention_months } months
    } after. /forget deletes them.

# $name (String) - the name of the contact person
# $municipality_name (String) - the name of the workplace's municipality, e.g. "Aarhus"
employer-saved = Thank you, { $name }! The employment service in { $municipality_name } will contact you about IGU.
employer-not-saved = OK. Nothing was saved. You can also call the employment service of your municipality yourself.

## Buttons (at most 30 characters)

employer-button-bonus = The bonus
employer-button-process = How does it start?
employer-button-duties = Your duties
employer-button-pay = Pay
employer-button-rules = Bonus conditions
employer-button-who = Who can join?
employer-button-buddy = Language buddy
employer-button-contact = Contact me
employer-button-phone = Phone
employer-button-email = Email
