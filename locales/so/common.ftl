### Shared messages of igubot in Somali: buttons, help, and the reasons shown when an answer is not valid.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

## Buttons used in many flows

common-yes = Haa
common-no = Maya
common-menu = Liiska weyn
common-offer-human = La hadal qof
# A form's municipality question when the link the person came by (a poster's) named one.
# $hint_municipality_name (String) - that municipality's Danish name, e.g. Aarhus
common-municipality-hint-ask = Ma ku nooshahay { $hint_municipality_name }?
common-button-other-municipality = Maya, degmo kale

## Replies to typed messages

# Said before 2 or 3 buttons, each a topic the message may be about, and "Talk to a person".
common-did-you-mean = Ma mid ka mid ah kuwan ayaad ula jeeddaa?
common-not-understood = Raali ahow, taas ma fahmin. Waxaan kuu sharxi karaa IGU, waxaan eegi karaa inaad ka qayb geli karto, waxaanan xiisahaaga u gudbin karaa degmadaada (kommune). Ku weydii ereyo kooban, ama taabo badhan.
common-hello = Salaan! 👋
common-welcome = Adaa mudan!
common-ack = 👍
# Never shown: words that, typed as the whole message at a question that waits for typed
# text (a name, a phone number), leave the form for the main menu. Comma-separated; add the
# words people of this language type to stop (English and Danish ones work in every language).
common-stop-words = jooji, joogso, iska daa, ka bax
# A button after typed messages the bot could not place (at most 30 characters).
common-send-question = U dir su'aashayda degmada

## Messages the engine can show on any step

common-help =
    Taabo badhan si aad uga jawaabto. Waxaad sidoo kale qori kartaa ereyadan:
    /menu – liiska weyn
    /back – su'aashii hore
    /language – beddel luqadda
    /human – la hadal qof
    /forget – tirtir xogtaada
common-error = Waan ka xumahay, wax baa khaldamay. Fadlan mar kale isku day, ama qor /menu si aad dib ugu bilowdo.
common-resume = Wada-sheekeysigan waa la cusboonaysiiyay. Waxaan ka sii wadaynaa meeshii aad joogtay.
common-ended = Ku soo dhowow mar kale! Waa kan liiska weyn.
common-form-already-sent = Foomkan horay ayaa loo diray. Jawaabahaaga looma sii hayo wadahadalkan. Si aad mid cusub u dirto, mar kale ka dooro liiska.

## Reasons for an answer that is not valid (the question is then asked again)

error-empty = Fadlan qor jawaab.
# $max_length (Number) - the most characters the answer may have
error-too-long =
    Taasi aad bay u dheer tahay. Fadlan qor ugu badnaan { $max_length ->
        [one] { $max_length } xaraf
       *[other] { $max_length } xaraf
    }.
error-number = Fadlan qor lambar, adigoo isticmaalaya tirooyin, tusaale ahaan 3.
# $minimum (Number) - the smallest number allowed
# $maximum (Number) - the biggest number allowed
error-number-range = Fadlan qor lambar u dhexeeya { $minimum } ilaa { $maximum }.
error-age = Fadlan da'daada ku qor lambar, tusaale ahaan 34.
error-phone = Taasi uma eka lambar taleefan. Fadlan u qor sidan: 20 12 34 56
error-email = Taasi uma eka ciwaan iimayl. Fadlan u qor sidan: name@example.com
error-municipality = Degmadaas ma helin. Fadlan qor magaceeda, tusaale ahaan "Aarhus", ama lambarkeeda, tusaale ahaan 751.
error-latin = Fadlan magacaaga ku qor xarfaha Laatiinka (A, B, C), sida kaarka degenaanshaha, ama taabo badhanka si aad uga boodo.
error-choose = Fadlan taabo mid ka mid ah badhamada.

## Check before consent: a consent question first shows what it sends, one answer a line

common-review = Fadlan hubi jawaabahaaga:
common-review-line = { $label }: { $value }
common-review-ok = Dhammaan waa sax
common-review-change = Beddel jawaab
common-review-which = Jawaabtee ayaad rabtaa inaad beddesho?
common-review-send = Haa, dir

## The answers' labels in that list and on their buttons (at most 30 characters)

review-field-name = Magac
review-field-municipality = Degmo
review-field-contact = La xiriir
review-field-phone = Taleefan
review-field-email = Iimayl
review-field-interpreter = Turjubaan
review-field-danish_level = Af-Deenish
review-field-work_area = Shaqo
review-field-followup_ok = Fariin maalmo kadib
review-field-question = Su'aashaada
review-field-company = Shirkad
review-field-name_latin = Magaca xarfaha Laatiinka
review-field-eligibility = Natiijada “Ma ku biiri karaa?”
review-field-eligibility-likely = IGU waa suurtagal noqon kartaa
review-field-eligibility-ukraine = Waxay ku xiran tahay ogolaanshahaaga
review-field-eligibility-unsure = Weli ma hubo
review-field-eligibility-not_eligible = Malaha suurtagal ma aha
