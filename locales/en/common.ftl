### Shared messages of igubot: buttons, help, and the reasons shown when an answer is not valid.
### Review status: source

## Buttons used in many flows

common-yes = Yes
common-no = No
common-menu = Main menu
common-offer-human = Talk to a person
# A form's municipality question when the link the person came by (a poster's) named one.
# $hint_municipality_name (String) - that municipality's Danish name, e.g. Aarhus
common-municipality-hint-ask = Do you live in { $hint_municipality_name }?
common-button-other-municipality = No, another municipality

## Messages the engine can show on any step

common-help =
    Tap a button to answer. You can also type these words:
    /menu – main menu
    /back – the question before
    /language – change language
    /human – talk to a person
    /forget – delete your data
common-error = Sorry, something went wrong. Please try again, or type /menu to start again.
common-resume = This chat was updated. We go on from where you were.
common-ended = Welcome back! Here is the main menu.
common-form-already-sent = This form was already sent. Your answers are no longer kept in this chat. To send a new one, choose it again in the menu.

## Replies to typed messages (the bot reads what a person types and answers a topic it knows)

# Said before 2 or 3 buttons, each a topic the message may be about, and "Talk to a person".
common-did-you-mean = Did you mean one of these?
common-not-understood = Sorry, I did not understand that. I can explain IGU, check if you can join, and pass your interest to your municipality. Ask in a few words, or tap a button.
common-hello = Hello! 👋
common-welcome = You are welcome!
common-ack = 👍
# Never shown: words that, typed as the whole message at a question that waits for typed
# text (a name, a phone number), leave the form for the main menu. Comma-separated; add the
# words people of this language type to stop (English and Danish ones work in every language).
common-stop-words = stop, stop it, cancel, quit, exit
# A button after typed messages the bot could not place (at most 30 characters): what the
# person typed goes, with their consent, to a person at their municipality, who calls back.
common-send-question = Send question to municipality

## Reasons for an answer that is not valid (the question is then asked again)

error-empty = Please write an answer.
# $max_length (Number) - the most characters the answer may have
error-too-long =
    That is too long. Please write at most { $max_length ->
        [one] { $max_length } character
       *[other] { $max_length } characters
    }.
error-number = Please write a number with digits, for example 3.
# $minimum (Number) - the smallest number allowed
# $maximum (Number) - the biggest number allowed
error-number-range = Please write a number from { $minimum } to { $maximum }.
error-age = Please write your age as a number, for example 34.
error-phone = That does not look like a phone number. Please write it like this: 20 12 34 56
error-email = That does not look like an email address. Please write it like this: name@example.com
error-municipality = I could not find that municipality. Please write its name, for example "Aarhus", or its number, for example 751.
error-latin = Please write your name in Latin letters (A, B, C), as on your residence card, or tap the button to skip.
error-choose = Please tap one of the buttons.

## Check before consent: a consent question first shows what it sends, one answer a line

# Above the answers a consent question sends, one a line (common-review-line), with the
# buttons common-review-ok and common-review-change. What the person agrees to: changing it
# changes the consent version.
common-review = Please check your answers:
# One answer in that list.
# $label (String) - what the answer is, e.g. "Phone" (one of the review-field-* messages below)
# $value (String) - the answer as the person gave or chose it, e.g. "+45 20 12 34 56"
common-review-line = { $label }: { $value }
common-review-ok = All correct
common-review-change = Change an answer
# Above one button per answer (its review-field-* label).
common-review-which = Which answer do you want to change?
# The consent question's "yes" button.
common-review-send = Yes, send

## The answers' labels in that list and on their buttons (at most 30 characters)

review-field-name = Name
review-field-municipality = Municipality
review-field-contact = Contact by
review-field-phone = Phone
review-field-email = Email
review-field-interpreter = Interpreter
review-field-danish_level = Danish
review-field-work_area = Work
review-field-followup_ok = Message in a few days
review-field-question = Your question
review-field-company = Company
# The name as on the residence card, in Latin letters (interest form, name_latin)
review-field-name_latin = Name in Latin letters
# The outcome of the eligibility check (flows/eligibility.yaml), sent with the interest form
review-field-eligibility = Result of “Can I join?”
# The eligibility check's outcome as the summary shows it (the value its last step sets)
review-field-eligibility-likely = IGU may be possible
review-field-eligibility-ukraine = Depends on your permit
review-field-eligibility-unsure = Not sure yet
review-field-eligibility-not_eligible = Probably not possible
