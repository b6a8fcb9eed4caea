### Staff side: the staff pages (/staff/), digest and sign-in e-mails.
### Review status: source
### Locales: da, en (staff read Danish by default; English is the source and the fallback)

## Layout and navigation

staff-title = igubot for employment services
staff-nav-leads = Leads
staff-nav-funnel = Funnel
staff-nav-demand = Regional demand
staff-nav-logout = Sign out
# $email (String) - the staff user's own address
staff-signed-in-as = Signed in as { $email }
staff-back = Back to the list

## Sign-in

staff-login-title = Sign in
staff-login-intro = Write your work e-mail address. We send you a link that signs you in.
staff-login-email = E-mail address
staff-login-submit = Send me a link
staff-login-demo = Demo: no mail server is set up, so the link is written to the server log.
staff-login-sent-title = Check your e-mail
staff-login-sent = If this address belongs to a staff user, a sign-in link is on its way. It works once, within 15 minutes.
staff-signin-title = Sign in to igubot
staff-signin-intro = Press the button to sign in.
staff-signin-submit = Sign in
staff-signin-subject = Your igubot sign-in link
# $minutes (Number) - how long the link works
staff-signin-email-body = Open this link to sign in to the igubot staff pages. It works once, within { $minutes } minutes.
staff-signin-email-ignore = If you did not ask for this, you can ignore the e-mail.

## Errors

staff-error-title = Something is not right
staff-error-400 = The request was not understood. Check the fields and try again.
staff-error-403 = The form was out of date. Reload the page and try again.
staff-error-404 = Not found. It may not belong to your municipalities.
staff-error-405 = That is not possible here.
staff-error-429 = Too many attempts. Wait 15 minutes and try again.
staff-error-link = This link has been used or has expired. Ask for a new one.
staff-error-other = Something went wrong. Try again later.

## Lead list and filters

staff-leads-title = Leads
staff-filter-kind = Kind
staff-filter-status = Status
staff-filter-municipality = Municipality
staff-filter-from = From
staff-filter-to = To
staff-filter-all = All
staff-filter-apply = Show
staff-export-csv = Download as CSV
staff-leads-none = No leads match.
staff-page-next = Next page
staff-page-prev = Previous page
staff-col-id = No.
staff-col-created = Received
staff-col-municipality = Municipality
staff-col-kind = Kind
staff-col-lang = Language
staff-col-interpreter = Interpreter
staff-col-contact = Contact by
staff-col-channel = Came by
staff-col-status = Status
staff-raised = Raised
staff-raised-explain = The person says nobody has contacted them yet.

## Answers as staff read them

staff-kind-learner = Learner
staff-kind-employer = Employer
staff-kind-callback = Wants a call
# Where a lead came from (its channel): on Telegram the bot can ask the person later whether
# they were contacted (docs/staff.md); from the web chat it cannot.
staff-channel-web = Web chat
staff-channel-telegram = Telegram
staff-channel-console = Console (a test)
staff-status-new = New
staff-status-contacted = Contacted
staff-status-started = Started IGU
staff-status-not-relevant = Not relevant
staff-status-no-answer = No answer
staff-contact-phone = Phone call
staff-contact-sms = Text message
staff-contact-email = E-mail
staff-interpreter-yes = Yes
staff-interpreter-no = No
staff-danish-none = No Danish
staff-danish-little = A little Danish
staff-danish-good = Good Danish
staff-work-retail = Shop and retail
staff-work-service = Cleaning and service
staff-work-transport = Transport and warehouse
staff-work-food = Kitchen and food
staff-work-building = Building and craft
staff-work-other = Something else

## One lead

# $id (Number) - the lead's number
staff-lead-title = Lead no. { $id }
staff-field-name = Name
staff-field-name-latin = Name in Latin letters
# Beside a name in Latin letters that the computer spelled from the name as typed (Arabic, Ethiopic,
# Cyrillic ...) because the person gave none: it helps to say the name, it is not its spelling.
staff-name-approximate = transliterated automatically, may be inexact
# The .xlsx column of those spellings
staff-col-name-approximate = Name, transliterated automatically (may be inexact)
# The outcome of "Can I join?" when the person did it in the same chat and agreed to send it
staff-field-eligibility = Eligibility check
staff-eligibility-likely = Likely
staff-eligibility-ukraine = Depends on the special act (Ukraine)
staff-eligibility-unsure = Not sure: check it with the person
staff-eligibility-not-eligible = Not within the rules (age or years in Denmark)
staff-field-phone = Phone
staff-field-email = E-mail
staff-field-danish = Danish
staff-field-work = Area of work
staff-field-campaign = Campaign
staff-field-consent = Consent
staff-field-answers = Other answers
# $language (String) - the name of the language the person chatted in, e.g. "Arabic"
staff-question-in = Question, as the person wrote it (chat language: { $language })
staff-question-hidden = The person sent a question in their own words: read it on the staff page.
staff-status-change = Status
staff-status-save = Save status
staff-notes-title = History
staff-notes-none = Nothing yet.
staff-note-add = Note
staff-note-save = Add note
staff-note-by-bot = igubot
# $status (String) - the new status, as a label
staff-note-status = Status set to: { $status }
staff-note-followup-yes = The person says they have been contacted.
staff-note-followup-no = The person says nobody has contacted them.

## Funnel

staff-funnel-title = Conversation funnel
staff-funnel-intro = How many conversations reached each step. Counts only, no personal data.
staff-funnel-lang = Language
staff-funnel-campaign = Campaign
staff-funnel-none = No conversations yet.
staff-col-step = Step
staff-event-entered = Reached
staff-event-answered = Answered
staff-event-invalid = Invalid answers
staff-event-completed = Completed

## Regional demand

# $days (Number) - length of the recent period
staff-demand-intro = Learner leads per area of work in your regions, all municipalities together. Counts only. The last column covers { $days } days.
staff-demand-title = Demand by area of work
# $region (String) - region name; $count (Number) - municipalities in it
staff-demand-region = { $region } ({ $count } municipalities)
staff-col-work = Area of work
staff-col-total = All
# $days (Number)
staff-col-recent = Last { $days } days
staff-demand-none = No learner leads yet.
staff-work-unknown = Not given

## Digest e-mail

# $municipality (String) - "Aarhus (751)"; $new, $raised, $reminders (Number)
staff-digest-subject = igubot: { $new ->
    [one] 1 new lead
   *[other] { $new } new leads
  } for { $municipality }
# $municipality (String)
staff-digest-intro = New leads for { $municipality } since the last digest.
staff-digest-raised = Raised: these people say nobody has contacted them yet
staff-digest-section-learner = Learners
staff-digest-section-employer = Employers
staff-digest-section-callback = Asked to be called
staff-digest-no-new = No new leads since the last digest.
# $days (Number) - the reminder period
staff-digest-reminders = Not marked as contacted after { $days } days
# $region (String); $days (Number)
staff-digest-demand = Demand in { $region } by area of work (last { $days } days, and all)
staff-digest-open = Open the staff page
staff-digest-minimal = Names and contact details are on the staff page, not in this e-mail.
staff-digest-footer = Sent automatically by igubot. Do not reply to this e-mail.
# $url (String) - the address the links use, e.g. "http://127.0.0.1:8080"
staff-mail-local-links = No public address is set (IGUBOT_BASE_URL or [staff] base_url): the links go to { $url } and work only on the server itself.
# $municipality (String); $new, $raised, $reminders (Number); $url (String)
staff-telegram-digest = igubot, { $municipality }: { $new } new, { $raised } raised, { $reminders } reminders. { $url }
# $municipality (String)
staff-callback-subject = igubot: a person in { $municipality } asks to be called
staff-callback-intro = A person asks the employment service to call them.


## Content problems (shown on every staff page after a refused reload)

# $count (Number) - errors found in the edited flows, locales or facts
staff-content-errors = { $count ->
    [one] The edited content has an error, so it was not loaded. The bot keeps using the last good version. Fix it and run igubot check:
   *[other] The edited content has { $count } errors, so it was not loaded. The bot keeps using the last good version. Fix them and run igubot check:
}

## Times, the working list and exports

staff-col-waiting = Waiting
# $days (Number) - whole days since the lead came in, while nobody has acted on it
staff-waiting-days = { $days ->
    [0] today
    [one] 1 day
   *[other] { $days } days
}
staff-needs-interpreter = interpreter
staff-export-xlsx = Download for Excel (.xlsx)
staff-col-question-text = Own question
staff-col-waiting-days = Days waiting
staff-sheet-title = Leads

## The consent a lead was given with

# $when (String) - the time the person agreed, e.g. "2026-12-06 13:07 CET"
staff-consent-given = Given { $when } to this text:
# $version (String) - a short code of the text's version
staff-consent-changed = The text has been changed since (version { $version }); the earlier wording is not kept.

## Other answers, as staff read them

staff-answer-yes = Yes
staff-answer-no = No
staff-answer-followup-ok = One check-in message on Telegram
staff-answer-company = Company
staff-answer-age = Age
staff-answer-years-in-dk = Years in Denmark
staff-answer-years-in-dk-up-to-max = within the limit
staff-answer-years-in-dk-over-max = over the limit
staff-answer-years-in-dk-not-sure = not sure
staff-answer-basis = Residence basis
staff-answer-basis-refugee = refugee
staff-answer-basis-family = family reunification with a refugee
staff-answer-basis-ukraine = Ukrainian (special act)
staff-answer-basis-afghan = Afghan (special act)
staff-answer-basis-other = another permit
staff-answer-basis-not-sure = not sure

## Overview (conversations, leads, drop-offs)

staff-overview-intro = Counts only, no personal data. A conversation is counted once, in the language it is held in, however it was opened (a page, a poster's link or the language question). Leads are those of your municipalities.
staff-overview-conversations = Conversations
staff-overview-leads = Leads
staff-overview-by-week = By week
staff-overview-week = Week
# $year (String) - e.g. "2026"; $week (Number) - ISO week number
staff-overview-week-name = Week { $week }, { $year }
staff-overview-by-lang = By language
staff-overview-by-campaign = By campaign
staff-overview-no-lang = No language chosen yet
staff-overview-no-campaign = No campaign
staff-stats-by-lang = Conversations by language
staff-stats-by-campaign = Conversations by campaign
staff-overview-dropoffs = Where people stop in the forms
staff-overview-dropoffs-intro = Each question a person answers, as the bot asks it. "Stopped here" reached the question but did not answer it.
staff-col-question = Question
staff-event-dropped = Stopped here
staff-flow-interest = Interest form (learners)
staff-flow-employer = Employer form
staff-flow-human = Asks to be called
staff-flow-eligibility = Can I join? (first check)

## Digest: callbacks are e-mailed when they come in

# $count (Number) - callback leads since the last digest, each already sent in its own e-mail
staff-digest-callbacks-sent = { $count ->
    [one] 1 person asked to be called: sent in its own e-mail when it came in.
   *[other] { $count } people asked to be called: each sent in its own e-mail when it came in.
}
staff-error-408 = The form did not arrive in time (a slow connection?). Go back and send it again.
