### Fælles beskeder i igubot: knapper, hjælp og begrundelser, når et svar ikke kan bruges.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

## Knapper, der bruges i mange forløb

common-yes = Ja
common-no = Nej
common-menu = Hovedmenu
common-offer-human = Tal med et menneske
# A form's municipality question when the link the person came by (a poster's) named one.
# $hint_municipality_name (String) - that municipality's Danish name, e.g. Aarhus
common-municipality-hint-ask = Bor du i { $hint_municipality_name }?
common-button-other-municipality = Nej, en anden kommune

## Replies to typed messages

# Said before 2 or 3 buttons, each a topic the message may be about, and "Talk to a person".
common-did-you-mean = Mente du en af disse?
common-not-understood = Undskyld, det forstod jeg ikke. Jeg kan forklare IGU, se om du kan være med, og give din interesse videre til kommunen. Spørg med få ord, eller tryk på en knap.
common-hello = Hej! 👋
common-welcome = Selv tak!
common-ack = 👍
# Never shown: words that, typed as the whole message at a question that waits for typed
# text (a name, a phone number), leave the form for the main menu. Comma-separated; add the
# words people of this language type to stop (English and Danish ones work in every language).
common-stop-words = stop, stop det, annuller, afbryd, afslut
# A button after typed messages the bot could not place (at most 30 characters).
common-send-question = Send spørgsmål til kommunen

## Beskeder, som kan vises på alle trin

common-help =
    Tryk på en knap for at svare. Du kan også skrive disse ord:
    /menu – hovedmenuen
    /back – spørgsmålet før
    /language – skift sprog
    /human – tal med et menneske
    /forget – slet dine data
common-error = Undskyld, noget gik galt. Prøv igen, eller skriv /menu for at starte forfra.
common-resume = Chatten er blevet opdateret. Vi fortsætter, hvor du var.
common-ended = Velkommen tilbage! Her er hovedmenuen.
common-form-already-sent = Denne formular er allerede sendt. Dine svar gemmes ikke længere i denne chat. Vil du sende en ny, så vælg den igen i menuen.

## Begrundelser, når et svar ikke kan bruges (spørgsmålet stilles så igen)

error-empty = Skriv venligst et svar.
# $max_length (Number) - det højeste antal tegn, svaret må have
error-too-long =
    Det er for langt. Skriv højst { $max_length ->
        [one] { $max_length } tegn
       *[other] { $max_length } tegn
    }.
error-number = Skriv et tal med cifre, for eksempel 3.
# $minimum (Number) - det mindste tal, der er tilladt
# $maximum (Number) - det største tal, der er tilladt
error-number-range = Skriv et tal fra { $minimum } til { $maximum }.
error-age = Skriv din alder som et tal, for eksempel 34.
error-phone = Det ligner ikke et telefonnummer. Skriv det sådan her: 20 12 34 56
error-email = Det ligner ikke en e-mailadresse. Skriv den sådan her: navn@example.com
error-municipality = Jeg kunne ikke finde den kommune. Skriv navnet, for eksempel "Aarhus", eller nummeret, for eksempel 751.
error-latin = Skriv dit navn med latinske bogstaver (A, B, C), som på dit opholdskort, eller tryk på knappen for at springe over.
error-choose = Tryk på en af knapperne.

## Check before consent: a consent question first shows what it sends, one answer a line

common-review = Tjek venligst dine svar:
common-review-line = { $label }: { $value }
common-review-ok = Alt er rigtigt
common-review-change = Ret et svar
common-review-which = Hvilket svar vil du rette?
common-review-send = Ja, send

## The answers' labels in that list and on their buttons (at most 30 characters)

review-field-name = Navn
review-field-municipality = Kommune
review-field-contact = Kontakt via
review-field-phone = Telefon
review-field-email = E-mail
review-field-interpreter = Tolk
review-field-danish_level = Dansk
review-field-work_area = Arbejde
review-field-followup_ok = Besked om få dage
review-field-question = Dit spørgsmål
review-field-company = Virksomhed
review-field-name_latin = Navn med latinske bogstaver
review-field-eligibility = Resultat af “Kan jeg være med?”
review-field-eligibility-likely = IGU kan være muligt
review-field-eligibility-ukraine = Afhænger af din tilladelse
review-field-eligibility-unsure = Ikke sikker endnu
review-field-eligibility-not_eligible = Sandsynligvis ikke muligt
