### Flow "human" (Northern Kurdish, Kurmanji): talk to a person from the employment service of the municipality (also /human).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

human-start-info = Kesek ji beşa kar a şaredariya te dikare telefonî te bike. Ew di rojên kar de bersiv didin, ji ber vê yekê dibe ku çend roj bidome. Ev ne xizmeteke acîl e.
human-start-ask = Tu dixwazî kesek bi te re têkilî dayne?
human-municipality-ask = Tu li kîjan şaredariyê (kommune) dijî? Navê wê binivîse, wek nimûne Aarhus an Odense.
human-phone-ask = Ew dikarin bi kîjan hejmarê telefonî te bikin? Wek nimûne 20 12 34 56.
human-interpreter-ask = Di axaftina telefonê de wergêrek ji te re lazim e?

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the callback lead's fields), not "your answers".
human-consent-ask =
    Tu destûrê didî ku em hejmara telefona te, şaredarî, ziman û pêwîstiya wergêr ji beşa kar li { $municipality_name } re bişînin? Tenê da ku li te vegerin. Em wan heta girtina dosyaya te hildigirin, û piştî wê herî zêde { $lead_retention_months ->
        [one] { $lead_retention_months } mehê
       *[other] { $lead_retention_months } mehan
    }. /forget wan jê dibe.

# Said when the person chose to send what they typed (the button common-send-question).
# $question (String) - what the person typed and the bot did not understand, as typed
human-question-yours =
    Pirsa te:
    { $question }
    Tenê heke tu di dawiyê de bibêjî erê, tê şandin.

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# As human-consent-ask, and the person's own question goes too: it names it first.
human-consent-question-ask =
    Tu destûrê didî ku em pirsa te, hejmara telefona te, şaredarî, ziman û pêwîstiya wergêr ji beşa kar li { $municipality_name } re bişînin? Tenê da ku li te vegerin. Em wan heta girtina dosyaya te hildigirin, û piştî wê herî zêde { $lead_retention_months ->
        [one] { $lead_retention_months } mehê
       *[other] { $lead_retention_months } mehan
    }. /forget wan jê dibe.

# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
human-done = Spas! Beşa kar li { $municipality_name } wê bi te re têkilî dayne, bi gelemperî di rojeke kar de. Dibe ku çend roj bidome.
human-not-saved = Baş e. Tiştek nehat tomarkirin.
human-self = Tu dikarî bi xwe bi şaredariya xwe re têkilî daynî. Hejmara telefonê li ser malpera şaredariya xwe bibîne, an biçe wir. Li beşa kar bipirse û bibêje ku tu bi IGU re eleqedar î.

## Buttons (at most 30 characters)

human-button-myself = Na, ez ê bi xwe bikim
