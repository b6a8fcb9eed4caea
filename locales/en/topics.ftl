### Button labels for the topics a person can type about: shown when the bot is not sure which
### topic a message means ("Did you mean one of these?"). Keep them short (a phone button).
### Review status: source

topic-about = What IGU is
topic-pay = Pay
topic-school = School and courses
topic-job = Finding a workplace
topic-start = How IGU starts
topic-after = After IGU
topic-stories = Stories
topic-eligibility = Can I join?
topic-interest = I am interested
topic-human = Talk to a person
topic-own-case = My own case
topic-privacy = Privacy
topic-forget = Delete my data
topic-language = Change language
topic-employer = For employers
