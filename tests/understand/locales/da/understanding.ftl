### Review status: draft
## A small hand-made example set for the tests of bot/understand/ (not the bot's own examples).

understand-pay =
    hvad er lønnen
    hvor meget tjener jeg
    hvor mange penge får jeg
    .keywords = løn, penge, timeløn
understand-school =
    skal jeg gå i skole
    hvad lærer jeg
    hvor mange uger skole
    .keywords = skole, sprogskole, amu, kursus
understand-job =
    hvordan finder jeg et job
    jeg mangler arbejde
    .keywords = job, arbejde, arbejdsplads, praktik
understand-interest =
    jeg vil gerne være med
    skriv mig op
    jeg er interesseret
    .keywords = tilmeld, interesseret
understand-human =
    ring til mig
    jeg vil tale med en person
    .keywords = kommune, ring, person
understand-greeting =
    hej
    godmorgen
    .keywords = hej, goddag
understand-thanks =
    tak
    mange tak
    .keywords = tak
understand-leave =
    hvad hvis jeg bliver syg
    får jeg ferie
    .keywords = syg, ferie, sygdom
understand-hours =
    hvor mange timer
    kan jeg arbejde deltid
    .keywords = timer, deltid, fuldtid
