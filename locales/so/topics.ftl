### Button labels of the topics a person can type about (shown with "Did you mean …?"), in so.
### Review status: draft (written by the igubot team; needs review by a native speaker)

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
topic-own-case = Kiiskayga gaarka ah
topic-privacy = { menu-button-privacy }
topic-forget = { privacy-button-forget }
topic-employer = { menu-button-employer }
topic-language = Beddel luqadda
topic-benefits = Lacag iyo gargaar
topic-danish = Deenish ma loo baahan?
topic-family = Qoyskayga
topic-limits = Da'da iyo sanadaha
topic-hours = Saacadaha
topic-leave = Jirro iyo fasax
topic-stop = Joojinta IGU
topic-once = Hal IGU oo keliya
