### Button labels of the topics a person can type about (shown with "Did you mean …?"), in uk.
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
topic-own-case = Моя особиста справа
topic-privacy = { menu-button-privacy }
topic-forget = { privacy-button-forget }
topic-employer = { menu-button-employer }
topic-language = Змінити мову
topic-benefits = Гроші й допомога
topic-danish = Чи треба данська?
topic-family = Моя родина
topic-limits = Вік і роки
topic-hours = Години
topic-leave = Хвороба і відпустка
topic-stop = Припинити IGU
topic-once = Лише одна IGU
