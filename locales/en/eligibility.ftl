### Flow "eligibility": a first check by buttons. It never says "yes, you can": the company checks papers, the municipality advises.
### Review status: source

eligibility-start-ask = Let's see if IGU may fit you. I ask 3 short questions. Nothing is sent to anyone without your yes. How old are you? Write your age as a number.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-years-ask =
    Have you had an address in Denmark (in the CPR register) for { $years_in_dk_max ->
        [one] { $years_in_dk_max } year
       *[other] { $years_in_dk_max } years
    } or less? Count all your years with an address here.

# "Refugee" means every permit the IGU law counts as a refugee's (facts.yaml: refugee_permits):
# asylum, UN quota refugees, humanitarian and other protection permits.
eligibility-basis-ask = What kind of residence permit do you have? Choose "Refugee" also if you came as a UN quota refugee or have a humanitarian or other protection permit.

## Results

# $age_max (Number) - upper age limit (under), judged when IGU starts, from facts.yaml
# $igu_per_person (Number) - how many IGU courses one person can take (1), from facts.yaml
eligibility-likely =
    Good news: IGU may be possible for you. You must be under { $age_max } when IGU starts, and each person can take IGU only { $igu_per_person ->
        [one] once
       *[other] { $igu_per_person } times
    }. This is not a final answer: the company and your municipality check it with you.
eligibility-documents = Before IGU starts, the company checks that you can join. Have one of these ready: the letter about your residence permit from the Danish Immigration Service, your residence card, or a CPR extract (bopælsattest).
eligibility-ukraine = For Ukrainians, IGU depends on a valid permit under the special act (særloven). Your municipality checks if your permit is valid and for how long. The rules can change, so please ask before you make plans.
eligibility-next-ask = Do you want your municipality to contact you about IGU?
eligibility-unsure = That is OK. Many people are not sure. A person from your municipality can check it with you.

# $age_min (Number) - lowest age to start IGU, from facts.yaml
eligibility-too-young =
    IGU is for people who are at least { $age_min ->
        [one] { $age_min } year
       *[other] { $age_min } years
    } old when IGU starts. So IGU is not possible for you yet. Your municipality can still help you with work or education.

# $age_max (Number) - upper age limit (under), from facts.yaml
eligibility-too-old =
    IGU is for people under { $age_max ->
        [one] { $age_max } year
       *[other] { $age_max } years
    } old when IGU starts. So IGU is probably not possible for you. Your municipality can still help you find other ways into work.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-too-long =
    IGU is for people who have had an address in Denmark for up to { $years_in_dk_max ->
        [one] { $years_in_dk_max } year
       *[other] { $years_in_dk_max } years
    }. So IGU is probably not possible for you. Your municipality can still help you find other ways into work.

# Shown before the "talk to a person" question: a permit of another name may still count.
eligibility-other-basis = Permits have many names, and yours may still count for IGU. A person from your municipality can check your permit with you.
eligibility-not-ask = Do you want to talk to a person from your municipality?

## Buttons (at most 30 characters)

eligibility-button-no-say = I'd rather not say
eligibility-button-years-over = No, longer than that
eligibility-button-not-sure = I am not sure
eligibility-button-refugee = Refugee
eligibility-button-family = Family reunification
eligibility-button-ukraine = Ukrainian special act
eligibility-button-afghan = Afghan special act
eligibility-button-other = Other permit
eligibility-button-interest = Yes, contact me
eligibility-button-about = What is IGU?
eligibility-button-documents = Which papers do I need?
