### Button labels for the topics a person can type about: shown when the bot is not sure which
### topic a message means ("Did you mean one of these?"). Keep them short (a phone button).
### Review status: source

# The same words as the buttons that lead to each topic (one translation, kept in one place).
topic-about = { menu-button-about }
topic-pay = { about-button-pay }
topic-school = { about-button-school }
topic-job = { about-button-job }
topic-start = { about-button-agreement }
topic-after = { about-button-after }
topic-stories = { about-button-stories }
topic-eligibility = { menu-button-eligibility }
topic-interest = { menu-button-interest }
topic-human = { common-offer-human }
topic-own-case = My own case
topic-privacy = { menu-button-privacy }
topic-forget = { privacy-button-forget }
topic-employer = { menu-button-employer }
topic-language = Change language
topic-benefits = Money and benefits
topic-danish = Do I need Danish?
topic-family = My family
topic-limits = Age and years
topic-hours = Hours
topic-leave = Sickness and holidays
topic-stop = Stopping IGU
topic-once = One IGU only
