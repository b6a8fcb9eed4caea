### Flow "human": talk to a person from the employment service of the municipality (also /human).
### Review status: source

human-start-info = A person from the employment service of your municipality can call you back. They answer on weekdays, so it can take some days. This is not an emergency service.
human-start-ask = Do you want a person to contact you?
human-municipality-ask = Which municipality do you live in? Write the name, for example Aarhus or Odense.
human-phone-ask = Which phone number can they call? For example 20 12 34 56.
human-interpreter-ask = Do you need an interpreter on the phone?

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the callback lead's fields), not "your answers".
human-consent-ask =
    May we send your phone number, municipality, language and interpreter need to the employment service in { $municipality_name }? Only so they can call you back. We keep them until your case is closed, at most { $lead_retention_months ->
        [one] { $lead_retention_months } month
       *[other] { $lead_retention_months } months
    } after. /forget deletes them.

# Said when the person chose to send what they typed (the button "Send question to municipality").
# $question (String) - what the person typed and the bot did not understand, as typed (one message a line)
human-question-yours =
    Your question:
    { $question }
    It is sent only if you say yes at the end.

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# As human-consent-ask, and the person's own question goes too: it names it first.
human-consent-question-ask =
    May we send your question, phone number, municipality, language and interpreter need to the employment service in { $municipality_name }? Only so they can call you back. We keep them until your case is closed, at most { $lead_retention_months ->
        [one] { $lead_retention_months } month
       *[other] { $lead_retention_months } months
    } after. /forget deletes them.

# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
human-done = Thank you! The employment service in { $municipality_name } will contact you, usually on a weekday. It can take some days.
human-not-saved = OK. Nothing was saved.
human-self = You can contact your municipality yourself. Find the phone number on your municipality's website, or go there. Ask for the employment service and say that you are interested in IGU.

## Buttons (at most 30 characters)

human-button-myself = No, I'll do it myself
