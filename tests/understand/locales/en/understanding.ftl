### Review status: draft
## A small hand-made example set for the tests of bot/understand/ (not the bot's own examples).

understand-about =
    what is igu
    tell me about igu
    explain the integration education
    what does igu mean
    .keywords = igu, integrationsgrunduddannelse
understand-pay =
    how much is the salary
    what do i earn
    how much money will i get
    is it paid
    .keywords = salary, wage, pay, løn, money
understand-school =
    is there school
    what do i learn
    how many weeks of school
    do i go to courses
    .keywords = school, course, amu, sprogskole, education
understand-job =
    how do i find a job
    i need work
    where can i find a workplace
    help me find an employer
    .keywords = job, work, workplace, praktik
understand-start =
    how do i start
    how does it begin
    who signs the agreement
    what do i do first
    .keywords = agreement, contract, begin
understand-after =
    what happens after igu
    what after two years
    what comes when it ends
    .keywords = afterwards, a-kasse
understand-stories =
    examples of people who did igu
    stories of others
    show me someone who did it
    .keywords = stories, examples
understand-eligibility =
    can i join
    am i eligible
    what are the requirements
    who can do igu
    .keywords = eligible, requirements, allowed
understand-interest =
    i want to join
    sign me up
    i am interested
    register me please
    .keywords = interested, register, signup
understand-human =
    call me
    i want to talk to someone
    can i speak to a person
    contact the municipality
    .keywords = kommune, person, human, phone
understand-privacy =
    what do you do with my data
    who sees my information
    is my data safe
    .keywords = privacy, gdpr
understand-forget =
    delete my data
    delete my information
    remove everything about me
    .keywords = delete, erase
understand-language =
    change language
    another language
    i want a different language
    .keywords = language
understand-employer =
    i am an employer
    my company wants to hire
    we want to hire a refugee
    .keywords = employer, company, hire, business
understand-benefits =
    will i lose my kontanthjælp
    do i get su
    what about my benefits during school
    .keywords = kontanthjælp, integrationsydelse, su, boligstøtte, benefits
understand-danish =
    do i need danish
    i don't speak danish
    must i speak the language well
    .keywords = danish, dansk
understand-family =
    can my wife join
    my son is 19
    can my husband also do igu
    .keywords = wife, husband, son, daughter, family
understand-limits =
    i am 52
    i have been here 12 years
    what is the age limit
    am i too old
    .keywords = age, old, limit
understand-hours =
    how many hours
    can i work part time
    is it full time
    .keywords = hours, part-time, fulltime
understand-leave =
    what if i get sick
    do i get holiday
    can i take vacation
    .keywords = sick, holiday, vacation, ferie, syg
understand-stop =
    can i quit
    can i stop
    what if it does not work out
    .keywords = quit, stop
understand-once =
    can i do igu again
    can i do it twice
    a second igu
    .keywords = again, twice, second
understand-own-case =
    my permit expires
    my case
    my residence permit
    .keywords = permit, asylum, papers, residence
understand-greeting =
    hi
    hello
    salam
    good morning
    .keywords = hi, hello, hey, salam
understand-thanks =
    thanks
    thank you
    thank you very much
    .keywords = thanks, tak
understand-ack =
    ok
    okay
    fine
    got it
    .keywords = ok, okay
understand-menu =
    menu
    start again
    main menu
    .keywords = menu
understand-help =
    help
    what can you do
    i don't understand
    .keywords = help
understand-back =
    back
    previous
    go back
    .keywords = back
