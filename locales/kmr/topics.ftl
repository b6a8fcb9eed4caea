### Button labels of the topics a person can type about (shown with "Did you mean …?"), in kmr.
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
topic-own-case = Doza min a taybet
topic-privacy = { menu-button-privacy }
topic-forget = { privacy-button-forget }
topic-employer = { menu-button-employer }
topic-language = Ziman biguherîne
topic-benefits = Pere û alîkarî
topic-danish = Danmarkî hewce ye?
topic-family = Malbata min
topic-limits = Temen û sal
topic-hours = Saet
topic-leave = Nexweşî û betlane
topic-stop = Rawestandina IGU
topic-once = Tenê yek IGU
