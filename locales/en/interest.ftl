### Flow "interest": the interest form. Only what the municipality needs to contact the person, then consent.
### Review status: source

interest-name-ask = I will ask a few short questions, so your municipality can contact you. First: what is your name?

# Asked only when the name has letters of another script (flows/interest.yaml: latin(name)).
# A caseworker must be able to say the name on the phone.
interest-name-latin-ask = How is your name written in Latin letters (A, B, C) on your residence card (opholdskort)? If you do not know, tap the button.
interest-municipality-ask = Which municipality do you live in? Write the name, for example Aarhus or Odense.
interest-contact-ask = How should your municipality contact you?
interest-phone-ask = What is your phone number? For example 20 12 34 56.
interest-email-ask = What is your email address?
interest-interpreter-ask = Do you want an interpreter when you talk with your municipality?
interest-danish-ask = How much Danish do you speak? Every answer is OK.
interest-work-ask = What kind of work would you like? Choose the one that fits best. You can talk with your municipality about other jobs later.

# Asked only on Telegram, after the questions and before the consent question. "Yes" means one
# message some days later (locales/en/followup.ftl); "no" means none. Do not state a number of days.
interest-followup-ask = May igubot send you one short message here in a few days, to ask whether the municipality has contacted you?

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the lead's fields), not "your answers".
interest-consent-ask =
    May we send your name (also in Latin letters), phone or email, municipality, language, interpreter need, Danish level, work area and “Can I join?” result to the employment service in { $municipality_name }? Only to contact you about IGU. We keep them until your case closes and at most { $lead_retention_months ->
        [one] { $lead_retention_months } month
       *[other] { $lead_retention_months } months
    } after.

# $name (String) - the name the person wrote
interest-saved = Thank you, { $name }! Your municipality will contact you to talk about IGU and what is possible for you. This is not a job offer: you and a company agree on IGU together.
interest-not-saved = OK. Nothing was saved. You can fill in the form again at any time from the menu.

## Buttons (at most 30 characters)

interest-button-phone = Phone call
interest-button-sms = SMS
interest-button-email = Email
interest-button-danish-none = None
interest-button-danish-little = A little
interest-button-danish-good = Good
interest-button-work-retail = Shop and retail
interest-button-work-service = Cleaning and service
interest-button-work-transport = Transport and warehouse
interest-button-work-food = Kitchen and food
interest-button-work-building = Building and craft
interest-button-work-other = Something else
interest-button-name-latin-skip = I don't know / skip
