### Staff side: the staff pages (/staff/), digest and sign-in e-mails.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)
### Locales: da, en (staff read Danish by default; English is the source and the fallback)

## Layout og navigation

staff-title = igubot for kommunerne
staff-nav-leads = Henvendelser
staff-nav-funnel = Tragt
staff-nav-demand = Efterspørgsel i regionen
staff-nav-logout = Log ud
staff-signed-in-as = Logget ind som { $email }
staff-back = Tilbage til listen

## Login

staff-login-title = Log ind
staff-login-intro = Skriv din arbejdsmail. Vi sender dig et link, som logger dig ind.
staff-login-email = E-mailadresse
staff-login-submit = Send mig et link
staff-login-demo = Demo: der er ingen mailserver, så linket skrives i serverens log.
staff-login-sent-title = Tjek din e-mail
staff-login-sent = Hvis adressen tilhører en medarbejder, er et login-link på vej. Det virker én gang inden for 15 minutter.
staff-signin-title = Log ind på igubot
staff-signin-intro = Tryk på knappen for at logge ind.
staff-signin-submit = Log ind
staff-signin-subject = Dit login-link til igubot
staff-signin-email-body = Åbn linket for at logge ind på igubots personaleside. Det virker én gang inden for { $minutes } minutter.
staff-signin-email-ignore = Har du ikke bedt om det, kan du se bort fra denne e-mail.

## Fejl

staff-error-title = Noget er galt
staff-error-400 = Forespørgslen blev ikke forstået. Tjek felterne og prøv igen.
staff-error-403 = Formularen var forældet. Genindlæs siden og prøv igen.
staff-error-404 = Ikke fundet. Den hører måske ikke til dine kommuner.
staff-error-405 = Det kan man ikke her.
staff-error-429 = For mange forsøg. Vent 15 minutter og prøv igen.
staff-error-link = Linket er brugt eller udløbet. Bed om et nyt.
staff-error-other = Noget gik galt. Prøv igen senere.

## Liste og filtre

staff-leads-title = Henvendelser
staff-filter-kind = Type
staff-filter-status = Status
staff-filter-municipality = Kommune
staff-filter-from = Fra
staff-filter-to = Til
staff-filter-all = Alle
staff-filter-apply = Vis
staff-export-csv = Hent som CSV
staff-leads-none = Ingen henvendelser passer.
staff-page-next = Næste side
staff-page-prev = Forrige side
staff-col-id = Nr.
staff-col-created = Modtaget
staff-col-municipality = Kommune
staff-col-kind = Type
staff-col-lang = Sprog
staff-col-interpreter = Tolk
staff-col-contact = Kontakt via
staff-col-channel = Kom via
staff-col-status = Status
staff-raised = Rykker
staff-raised-explain = Personen siger, at ingen har kontaktet dem endnu.

## Svar, som personalet læser dem

staff-kind-learner = Kursist
staff-kind-employer = Arbejdsgiver
staff-kind-callback = Vil ringes op
staff-channel-web = Webchat
staff-channel-telegram = Telegram
staff-channel-console = Konsol (en test)
staff-status-new = Ny
staff-status-contacted = Kontaktet
staff-status-started = Startet på IGU
staff-status-not-relevant = Ikke relevant
staff-status-no-answer = Intet svar
staff-contact-phone = Opkald
staff-contact-sms = SMS
staff-contact-email = E-mail
staff-interpreter-yes = Ja
staff-interpreter-no = Nej
staff-danish-none = Intet dansk
staff-danish-little = Lidt dansk
staff-danish-good = Godt dansk
staff-work-retail = Butik og detail
staff-work-service = Rengøring og service
staff-work-transport = Transport og lager
staff-work-food = Køkken og mad
staff-work-building = Byggeri og håndværk
staff-work-other = Noget andet

## Én henvendelse

staff-lead-title = Henvendelse nr. { $id }
staff-field-name = Navn
staff-field-name-latin = Navn med latinske bogstaver
staff-name-approximate = automatisk omskrevet, kan være upræcis
staff-col-name-approximate = Navn, automatisk omskrevet (kan være upræcis)
staff-field-eligibility = Tjek af muligheder
staff-eligibility-likely = Sandsynligvis
staff-eligibility-ukraine = Afhænger af særloven (Ukraine)
staff-eligibility-unsure = Ikke sikker: tjek det med personen
staff-eligibility-not-eligible = Uden for reglerne (alder eller år i Danmark)
staff-field-phone = Telefon
staff-field-email = E-mail
staff-field-danish = Dansk
staff-field-work = Arbejdsområde
staff-field-campaign = Kampagne
staff-field-consent = Samtykke
staff-field-answers = Andre svar
# $language (String) - navnet på det sprog, personen skrev på, fx "arabisk"
staff-question-in = Spørgsmål, som personen skrev det (chatsprog: { $language })
staff-question-hidden = Personen har sendt et spørgsmål med egne ord: læs det på personalesiden.
staff-status-change = Status
staff-status-save = Gem status
staff-notes-title = Historik
staff-notes-none = Intet endnu.
staff-note-add = Note
staff-note-save = Tilføj note
staff-note-by-bot = igubot
staff-note-status = Status sat til: { $status }
staff-note-followup-yes = Personen siger, at de er blevet kontaktet.
staff-note-followup-no = Personen siger, at ingen har kontaktet dem.

## Tragt

staff-funnel-title = Samtaletragt
staff-funnel-intro = Hvor mange samtaler nåede hvert trin. Kun antal, ingen personoplysninger.
staff-funnel-lang = Sprog
staff-funnel-campaign = Kampagne
staff-funnel-none = Ingen samtaler endnu.
staff-col-step = Trin
staff-event-entered = Nået
staff-event-answered = Besvaret
staff-event-invalid = Ugyldige svar
staff-event-completed = Gennemført

## Efterspørgsel i regionen

staff-demand-intro = Kursisthenvendelser pr. arbejdsområde i dine regioner, alle kommuner samlet. Kun antal. Sidste kolonne dækker { $days } dage.
staff-demand-title = Efterspørgsel pr. arbejdsområde
staff-demand-region = { $region } ({ $count } kommuner)
staff-col-work = Arbejdsområde
staff-col-total = Alle
staff-col-recent = Sidste { $days } dage
staff-demand-none = Ingen kursisthenvendelser endnu.
staff-work-unknown = Ikke oplyst

## Sammendrag (e-mail)

staff-digest-subject = igubot: { $new ->
    [one] 1 ny henvendelse
   *[other] { $new } nye henvendelser
  } til { $municipality }
staff-digest-intro = Nye henvendelser til { $municipality } siden sidste sammendrag.
staff-digest-raised = Rykkere: disse personer siger, at ingen har kontaktet dem endnu
staff-digest-section-learner = Kursister
staff-digest-section-employer = Arbejdsgivere
staff-digest-section-callback = Vil ringes op
staff-digest-no-new = Ingen nye henvendelser siden sidste sammendrag.
staff-digest-reminders = Ikke markeret som kontaktet efter { $days } dage
staff-digest-demand = Efterspørgsel i { $region } pr. arbejdsområde (sidste { $days } dage og i alt)
staff-digest-open = Åbn personalesiden
staff-digest-minimal = Navne og kontaktoplysninger står på personalesiden, ikke i denne e-mail.
staff-digest-footer = Sendt automatisk af igubot. Svar ikke på denne e-mail.
staff-mail-local-links = Ingen offentlig adresse er sat (IGUBOT_BASE_URL eller [staff] base_url): linkene går til { $url } og virker kun på serveren selv.
staff-telegram-digest = igubot, { $municipality }: { $new } nye, { $raised } rykkere, { $reminders } påmindelser. { $url }
staff-callback-subject = igubot: en person i { $municipality } vil ringes op
staff-callback-intro = En person beder kommunen om at ringe.


## Indholdsfejl (vises på alle sider efter en afvist genindlæsning)

staff-content-errors = { $count ->
    [one] Det redigerede indhold har en fejl og blev ikke indlæst. Botten bruger stadig den sidste gode udgave. Ret fejlen, og kør igubot check:
   *[other] Det redigerede indhold har { $count } fejl og blev ikke indlæst. Botten bruger stadig den sidste gode udgave. Ret dem, og kør igubot check:
}

## Tider, arbejdslisten og eksport

staff-col-waiting = Venter
staff-waiting-days = { $days ->
    [0] i dag
    [one] 1 dag
   *[other] { $days } dage
}
staff-needs-interpreter = tolk
staff-export-xlsx = Hent til Excel (.xlsx)
staff-col-question-text = Eget spørgsmål
staff-col-waiting-days = Dage uden kontakt
staff-sheet-title = Henvendelser

## Samtykket, som henvendelsen blev givet med

staff-consent-given = Givet { $when } til denne tekst:
staff-consent-changed = Teksten er ændret siden (version { $version }); den tidligere ordlyd gemmes ikke.

## Andre svar, som personalet læser dem

staff-answer-yes = Ja
staff-answer-no = Nej
staff-answer-followup-ok = Én opfølgende besked på Telegram
staff-answer-company = Virksomhed
staff-answer-age = Alder
staff-answer-years-in-dk = År i Danmark
staff-answer-years-in-dk-up-to-max = inden for grænsen
staff-answer-years-in-dk-over-max = over grænsen
staff-answer-years-in-dk-not-sure = ved ikke
staff-answer-basis = Opholdsgrundlag
staff-answer-basis-refugee = flygtning
staff-answer-basis-family = familiesammenført til en flygtning
staff-answer-basis-ukraine = ukrainer (særlov)
staff-answer-basis-afghan = afghaner (særlov)
staff-answer-basis-other = en anden tilladelse
staff-answer-basis-not-sure = ved ikke

## Overblik (samtaler, henvendelser, frafald)

staff-overview-intro = Kun antal, ingen personoplysninger. En samtale tælles én gang, på det sprog den føres på, uanset hvordan den blev åbnet (en side, et link fra en plakat eller spørgsmålet om sprog). Henvendelser er dine kommuners.
staff-overview-conversations = Samtaler
staff-overview-leads = Henvendelser
staff-overview-by-week = Pr. uge
staff-overview-week = Uge
staff-overview-week-name = Uge { $week }, { $year }
staff-overview-by-lang = Pr. sprog
staff-overview-by-campaign = Pr. kampagne
staff-overview-no-lang = Intet sprog valgt endnu
staff-overview-no-campaign = Ingen kampagne
staff-stats-by-lang = Samtaler pr. sprog
staff-stats-by-campaign = Samtaler pr. kampagne
staff-overview-dropoffs = Hvor folk stopper i formularerne
staff-overview-dropoffs-intro = Hvert spørgsmål, en person svarer på, som botten stiller det. "Stoppede her" nåede spørgsmålet, men svarede ikke.
staff-col-question = Spørgsmål
staff-event-dropped = Stoppede her
staff-flow-interest = Interesseformular (kursister)
staff-flow-employer = Arbejdsgiverformular
staff-flow-human = Vil ringes op
staff-flow-eligibility = Kan jeg være med? (første tjek)

## Sammendrag: opkaldsønsker sendes, når de kommer

staff-digest-callbacks-sent = { $count ->
    [one] 1 person bad om at blive ringet op: sendt i sin egen e-mail, da henvendelsen kom.
   *[other] { $count } personer bad om at blive ringet op: hver sendt i sin egen e-mail, da henvendelsen kom.
}
staff-error-408 = Formularen kom ikke frem i tide (en langsom forbindelse?). Gå tilbage, og send den igen.
