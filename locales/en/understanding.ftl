### Understanding typed messages: example phrasings and keywords per topic.
### The bot never says these texts. When a learner types instead of tapping a
### button, a matcher compares the text with the examples and keywords of every
### language and picks a topic (or asks which of 2-3 topics was meant).
### Review status: source
###
### How to write this file in your language (not a translation of the English):
### - One example per line: what a learner would really type on a phone. Short,
###   lower case, no full stop needed. Questions, wishes, half sentences
###   ("salary?", "igu money").
### - 8 to 15 lines per topic (more for pay, eligibility, interest, human,
###   school, job).
### - Write the way people write: dialect and everyday words, the Latin-letter
###   spelling many learners use (transliteration), spelling without special
###   letters, and a common typo or two.
### - Danish words learners mix in (løn, kommune, praktik, SU ...) go in the
###   Danish file: the matcher reads every language's examples, so they work
###   for everybody.
### - .keywords: 3 to 10 words or short terms, separated by commas, that point
###   to this topic and to no other. Avoid words that fit many topics (igu,
###   money, work, want).
### - A keyword can be a short phrase that holds another topic's keyword: "can
###   i apply" (eligibility) holds "apply" (interest). A message with the whole
###   phrase goes to the phrase's topic: a question (can I, may I, who can)
###   asks about the rules, a wish (I want to) asks to sign up.
### - Fluent rules: no curly braces anywhere; no line may start with a square
###   bracket, a star or a full stop; keep each line under 80 characters; keep
###   the message id and ".keywords =" as they are.

## Questions about IGU

# Topic about: the learner wants to know what IGU (integrationsgrunduddannelse)
# is in general: "what is it", "explain it", "what does the word mean", "how
# does it work".
understand-about =
    what is igu
    tell me about igu
    explain igu
    what does igu mean
    how does igu work
    what is integrationsgrunduddannelse
    i don't know what igu is
    what is this program
    information about igu
    can you explain the igu program
    igu what is it
    what is the integration basic education
    i heard about igu what is that
    give me an overview
    .keywords = what is igu, explain, meaning, overview, program, programme

# Topic pay: the wage in IGU, what the learner earns at work, pay per hour or
# month, tax on it. Include the word for salary people really use (in Danish:
# løn), and "how much" questions. Money during school weeks and social benefits
# belong to the topic "benefits", not here.
understand-pay =
    how much is the salary
    what is the salary in igu
    how much do i earn
    what do i earn in igu
    how much money will i get
    how much money do i get a month
    what is the hourly wage
    how much per hour
    is igu paid
    do i get paid
    will i get a salary
    salary per month
    is the pay the same as other workers
    do i pay tax on the salary
    when do i get my salary
    how much will i make
    is the pay good
    salary?
    whats the wage
    how much is the salery
    .keywords = salary, wage, wages, pay, earn, earnings, paid, hourly wage

# Topic school: the school part of IGU (23 weeks in total): what the learner
# will study, courses (AMU), Danish lessons at a language school, where and
# when school is.
understand-school =
    is there school
    what do i learn
    what will i study
    how many weeks of school
    23 weeks of school
    what is the school part
    do i have to go to school
    what courses do i take
    when is the school
    where is the school
    what kind of education is it
    can i choose the course
    do i get a certificate for the course
    are there danish lessons
    how does the school work
    education in igu
    vocational training
    school weeks
    .keywords = school, course, courses, education, training, classes, lessons

# Topic job: finding a workplace or an employer for IGU; who finds the job;
# what kind of work. Learners often mix it up with an internship (Danish:
# praktik): include that confusion.
understand-job =
    how do i find a job
    i need work
    i want work
    i want a job
    where can i find an igu job
    how do i find a company
    who gives me a job
    i don't have a workplace
    can you find me a job
    help me find a job
    what jobs are there
    what kind of work can i do
    which companies take igu
    can i choose my job
    do i have to find the company myself
    i am looking for work
    is it like an internship
    is igu the same as a work placement
    i want to work in a kitchen
    where do i apply for igu jobs
    how do i find an employer
    .keywords = find a job, find work, workplace, vacancy, internship, find an employer

# Topic start: how an IGU starts: the agreement (contract) between learner and
# company, who signs it, the first steps, when it can start.
understand-start =
    how do i start
    how does it begin
    how does igu start
    what do i do first
    what is the first step
    who signs the contract
    is there a contract
    what is the igu agreement
    what papers do i sign
    who makes the agreement
    when can i start
    how long before i can start
    start date
    .keywords = start, begin, first step, contract, agreement, start date

# Topic after: what happens when IGU ends (after two years): keeping the job, a
# new job, more education, unemployment insurance (Danish: a-kasse), the
# certificate.
understand-after =
    what happens after igu
    what after two years
    after 2 years what
    what do i do when igu ends
    can i keep the job after igu
    can i continue working there
    will the company keep me
    can i join an a-kasse
    unemployment insurance after igu
    can i study after igu
    what next after igu
    is there a job after
    when igu is finished
    .keywords = after, afterwards, ends, finished, unemployment insurance

# Topic stories: examples of people who did IGU; their experiences.
understand-stories =
    examples
    stories of others
    did anyone do igu
    who did igu before
    show me examples
    real stories
    success stories
    people who did igu
    experiences with igu
    how did it go for others
    is there someone like me who did it
    tell me a story
    .keywords = story, stories, example, examples, experience, success story

# Topic eligibility: can I do IGU, who is it for, the rules and conditions for
# joining. Include "I am a refugee / came by family reunification / from
# Ukraine, can I". Questions about the learner's own age or years in Denmark
# belong to "limits".
understand-eligibility =
    can i join
    am i eligible
    can i do igu
    who can do igu
    who is igu for
    what are the requirements
    what are the conditions
    am i allowed to do igu
    do i qualify
    is igu for me
    i am a refugee can i do igu
    i came by family reunification can i join
    i am from ukraine can i do igu
    i am from afghanistan can i join
    can everyone join
    what are the rules to join
    is it possible for me
    can i take part
    check if i can join
    who can apply
    who is allowed to apply for igu
    may i apply for igu
    can i apply if i am a refugee
    i have refugee status can i do it
    i have a residence permit can i join igu
    can people with temporary protection join
    is it possible for me to apply
    .keywords = eligible, eligibility, requirements, conditions, qualify, can i apply, may i apply, who can apply, can i join, can i take part, have a residence permit, refugee status, who can register

# Topic interest: the learner wants to do IGU and to be contacted: sign me up,
# register.
understand-interest =
    i want to join
    sign me up
    i'm interested
    im interested
    register me
    i want igu
    how do i sign up
    i want to apply
    i want to do igu
    yes i want it
    please register me
    put my name on the list
    i want to participate
    how do i register
    interested
    i want to start igu
    where do i apply
    send my name to the kommune
    .keywords = interested, sign up, register, registration, apply, enrol

# Topic human: the learner wants a person: a call, a caseworker, the
# municipality (kommune), the job centre. Also "you are a bot, I want a real
# person".
understand-human =
    call me
    i want to talk to someone
    talk to a person
    i want a human
    can someone call me
    contact the municipality
    i need to speak with my caseworker
    real person please
    what is your phone number
    can i call you
    who can i talk to
    i want to speak to an advisor
    not a bot
    i have a question for a person
    contact my caseworker
    can i meet someone
    i want to talk to the job centre
    please call me back
    .keywords = person, human, call me, phone, contact, caseworker, advisor

# Topic privacy: what the bot does with the learner's data; who sees it; is it
# safe.
understand-privacy =
    what do you do with my data
    is my information safe
    privacy
    who sees my data
    data protection
    do you share my information
    what data do you save
    is this private
    who can read my messages
    do you keep my messages
    how long do you keep my data
    is it anonymous
    .keywords = privacy, data, personal data, gdpr, private, anonymous

# Topic forget: the learner wants their data deleted.
understand-forget =
    delete my data
    delete my information
    forget me
    remove my data
    erase everything
    i want my data deleted
    delete my number
    delete what i wrote
    delete my messages
    remove my name
    forget
    .keywords = delete, erase, remove, forget, forget me, deletion

# Topic language: change the language of the conversation; another language.
# Not "do I need to speak Danish" (that is the topic "danish").
understand-language =
    change language
    another language
    i want another language
    other language please
    switch language
    choose language
    can you write in arabic
    english please
    write in my language
    set the language
    wrong language
    .keywords = language, languages, change language, translate

# Topic employer: the person is an employer or company that wants to hire
# through IGU.
understand-employer =
    i am an employer
    my company wants to hire
    we want to hire a refugee
    i own a restaurant
    how can my company use igu
    i am a manager
    what does it cost the employer
    employer bonus
    does the company get money
    i run a business
    hire someone with igu
    we are a company
    information for employers
    i want to offer an igu job
    .keywords = employer, employers, my company, business, hire, hiring

# Topic benefits: money during the school weeks (education allowance); what IGU
# does to social benefits: cash benefit (kontanthjælp), integration benefit
# (integrationsydelse), student grant (SU), housing benefit (boligstøtte),
# child benefit.
understand-benefits =
    will i lose my benefits
    money during school weeks
    do i get money when i am at school
    does igu affect my benefits
    what happens to my social money
    can i keep my benefits
    will my benefits stop
    housing benefit
    do i still get child benefit
    education allowance
    who pays me in school weeks
    do i get help from the kommune when at school
    will i lose my kontanthjælp
    do i get su
    do i get money in school time
    am i paid during the school weeks
    money when i am at school instead of work
    .keywords = benefits, allowance, education allowance, housing benefit, school money, money at school, paid at school

# Topic danish: must the learner speak Danish; what level; "my Danish is bad".
understand-danish =
    do i need danish
    i don't speak danish
    do i have to speak danish
    is danish required
    my danish is bad
    i only speak english
    what level of danish
    do i need a danish test
    can i join without danish
    my danish is not good
    i speak a little danish
    no danish is it ok
    .keywords = danish, speak danish, danish level, danish test, no danish

# Topic family: can a spouse, adult children or other family members do IGU
# too.
understand-family =
    can my wife join
    my son is 19
    can my husband do igu
    can my daughter do igu
    can my family also do it
    my brother wants igu
    can my spouse join
    my wife is 25 can she
    what about my family
    can my husband and i both do igu
    my children are adults
    can my son do it
    .keywords = wife, husband, spouse, son, daughter, children, family, brother

# Topic limits: the age limit (at least 18 and under 50 at the start) and the
# limit on years lived in Denmark. Learners often just write their age or their
# years here.
understand-limits =
    i am 52
    i have been here 12 years
    age limit
    is there an age limit
    how old can i be
    i am 49 can i
    i am 17
    is 50 too old
    am i too old
    how many years in denmark
    i came 11 years ago
    i have lived in denmark for 10 years
    maximum age
    minimum age
    .keywords = age, age limit, how old, years old, too old, too young, max age

# Topic hours: hours per week, part time, full time, days and times of work.
understand-hours =
    how many hours
    can i work part time
    hours per week
    is it full time
    how many hours a week
    what are the working hours
    can i work less hours
    do i work every day
    how many days a week
    can i work evenings
    do i work weekends
    37 hours
    .keywords = hours, part time, part-time, full time, per week, working hours

# Topic leave: being sick, sick leave, holidays, vacation, days off, pregnancy
# and birth.
understand-leave =
    what if i get sick
    do i get holiday
    vacation
    sick leave
    what if my child is sick
    can i take a holiday
    do i get paid when i am sick
    i am ill
    maternity leave
    i am pregnant
    days off
    can i travel in the summer holiday
    .keywords = sick, ill, holiday, holidays, vacation, sick leave, pregnant

# Topic stop: stopping or quitting IGU early; being fired; what if the job does
# not work out.
understand-stop =
    can i quit
    can i stop
    what if it doesn't work
    i want to stop igu
    can i quit igu early
    what if my boss fires me
    can they fire me
    i don't like the job
    what if i find another job
    what happens if i stop
    can the company end it
    problems with my boss
    end the contract early
    .keywords = quit, stop, resign, fired, dismissed, end early, drop out

# Topic once: doing IGU a second time; again after an earlier IGU.
understand-once =
    can i do igu twice
    a second igu
    can i do igu again
    i already did igu
    igu two times
    can i start another igu
    my igu ended can i do another
    second time igu
    only once
    is igu only one time
    igu a 2nd time
    can i do a 2nd igu
    .keywords = twice, again, second time, another igu, only once, already did, 2nd time, 2nd igu

# Topic own-case: the learner's own residence permit, asylum or family
# reunification case, papers, passport, citizenship. The bot never answers
# these: a person must. Examples are needed so that these messages reach a
# person.
understand-own-case =
    my permit expires
    my case
    my residence permit
    my papers
    my asylum case
    when do i get permanent residence
    extend my permit
    my visa expires soon
    i got a rejection
    how do i appeal
    my family reunification application
    i am waiting for an answer from the immigration service
    help me with my case
    my citizenship
    my passport
    .keywords = residence permit, my case, asylum, visa, appeal, rejection

## Conversation words

# Topic greeting: hello, hi, salam, good morning (also in the learner's
# greetings).
understand-greeting =
    hi
    hello
    hey
    salam
    salaam alaikum
    good morning
    good evening
    good afternoon
    hello there
    hi bot
    greetings
    how are you doing
    hows it going
    .keywords = hi, hello, hey, salam, salaam, good morning, good evening, how are you, how r u

# Topic thanks: thank you.
understand-thanks =
    thank you
    thanks
    thx
    thank you very much
    thanks a lot
    ty
    many thanks
    thank u
    thanks for the help
    i appreciate it
    .keywords = thanks, thank you, thank, thx, ty, appreciate

# Topic ack: "ok", "fine", "I see", "understood": a short reply that is not an
# answer to a question and not a new question.
understand-ack =
    ok
    okay
    fine
    got it
    yes i see
    understood
    alright
    ok good
    i see
    k
    cool
    good
    yes
    no
    yeah
    yep
    nope
    .keywords = ok, okay, fine, got it, understood, alright, i see

# Topic menu: go to the main menu, start again from the beginning.
understand-menu =
    menu
    main menu
    start again
    start over
    go to the menu
    home
    begin again
    restart
    show the menu
    back to the start
    options
    .keywords = menu, main menu, start over, start again, restart, home

# Topic help: "help", "I don't understand", "what can you do", how to use the
# bot.
understand-help =
    help
    i don't understand
    what can you do
    how does this work
    help me
    what can i ask
    i'm confused
    how do i use this
    i need help
    what should i write
    can you help me
    .keywords = help, confused, don't understand, what can you do, how to use

# Topic back: go back to the previous question or step.
understand-back =
    back
    go back
    previous
    return
    back please
    previous question
    one step back
    undo
    the last question
    .keywords = back, go back, previous, return, undo
