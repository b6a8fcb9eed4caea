### Shared messages of igubot (Northern Kurdish, Kurmanji): buttons, help, and the reasons shown when an answer is not valid.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

## Buttons used in many flows

common-yes = Erê
common-no = Na
common-menu = Menûya sereke
common-offer-human = Bi kesekî re biaxive
# A form's municipality question when the link the person came by (a poster's) named one.
# $hint_municipality_name (String) - that municipality's Danish name, e.g. Aarhus
common-municipality-hint-ask = Tu li { $hint_municipality_name } dijî?
common-button-other-municipality = Na, şaredariyeke din

## Replies to typed messages

# Said before 2 or 3 buttons, each a topic the message may be about, and "Talk to a person".
common-did-you-mean = Te yek ji van dixwest bibêjî?
common-not-understood = Bibore, min ev fêm nekir. Ez dikarim IGU rave bikim, kontrol bikim ka tu dikarî beşdar bibî, û eleqeya te bigihînim şaredariya te (kommune). Bi çend peyvan bipirse, an bişkokekê bitikîne.
common-hello = Silav! 👋
common-welcome = Ser çavan!
common-ack = 👍
# Never shown: words that, typed as the whole message at a question that waits for typed
# text (a name, a phone number), leave the form for the main menu. Comma-separated; add the
# words people of this language type to stop (English and Danish ones work in every language).
common-stop-words = raweste, rawestîne, betal bike, derkeve, bes e
# A button after typed messages the bot could not place (at most 30 characters).
common-send-question = Pirsê bişîne şaredariyê

## Messages the engine can show on any step

common-help =
    Ji bo bersivê bişkokekê bitikîne. Tu dikarî van peyvan jî binivîsî:
    /menu – menûya sereke
    /back – pirsa berê
    /language – zimên biguherîne
    /human – bi kesekî re biaxive
    /forget – daneyên xwe jê bibe
common-error = Bibore, tiştek xelet çû. Ji kerema xwe dîsa biceribîne, an /menu binivîse da ku ji nû ve dest pê bikî.
common-resume = Ev axaftin hate nûkirin. Em ji cihê ku tu lê mabûyî berdewam dikin.
common-ended = Dîsa bi xêr hatî! Va ye menûya sereke.
common-form-already-sent = Ev form berê hatiye şandin. Bersivên te êdî di vê sohbetê de nayên parastin. Ji bo yekî nû bişînî, wê dîsa ji menuyê hilbijêre.

## Reasons for an answer that is not valid (the question is then asked again)

error-empty = Ji kerema xwe bersivekê binivîse.
# $max_length (Number) - the most characters the answer may have
error-too-long =
    Ev pir dirêj e. Ji kerema xwe herî zêde { $max_length ->
        [one] { $max_length } tîp
       *[other] { $max_length } tîp
    } binivîse.
error-number = Ji kerema xwe hejmarekê bi reqeman binivîse, wek nimûne 3.
# $minimum (Number) - the smallest number allowed
# $maximum (Number) - the biggest number allowed
error-number-range = Ji kerema xwe hejmarekê ji { $minimum } heta { $maximum } binivîse.
error-age = Ji kerema xwe temenê xwe wek hejmar binivîse, wek nimûne 34.
error-phone = Ev wek hejmara telefonê xuya nake. Ji kerema xwe wiha binivîse: 20 12 34 56
error-email = Ev wek navnîşana e-mailê xuya nake. Ji kerema xwe wiha binivîse: name@example.com
error-municipality = Min ev şaredarî nedît. Ji kerema xwe navê wê binivîse, wek nimûne "Aarhus", an hejmara wê, wek nimûne 751.
error-latin = Ji kerema xwe navê xwe bi tîpên latînî (A, B, C) binivîse, wek li ser qerta rûniştinê, an ji bo derbaskirinê bişkokê bitikîne.
error-choose = Ji kerema xwe yek ji bişkokan bitikîne.

## Check before consent: a consent question first shows what it sends, one answer a line

common-review = Ji kerema xwe bersivên xwe kontrol bike:
common-review-line = { $label }: { $value }
common-review-ok = Hemû rast e
common-review-change = Bersivekê biguherîne
common-review-which = Tu dixwazî kîjan bersivê biguherînî?
common-review-send = Erê, bişîne

## The answers' labels in that list and on their buttons (at most 30 characters)

review-field-name = Nav
review-field-municipality = Şaredarî
review-field-contact = Têkilî bi rêya
review-field-phone = Telefon
review-field-email = E-mail
review-field-interpreter = Wergêr
review-field-danish_level = Danîmarkî
review-field-work_area = Kar
review-field-followup_ok = Peyam piştî çend rojan
review-field-question = Pirsa te
review-field-company = Şirket
review-field-name_latin = Nav bi tîpên latînî
review-field-eligibility = Encama "Ez dikarim beşdar bibim?"
review-field-eligibility-likely = IGU dibe ku gengaz be
review-field-eligibility-ukraine = Bi destûra te ve girêdayî ye
review-field-eligibility-unsure = Hê ne bawer im
review-field-eligibility-not_eligible = Dibe ku ne gengaz be
