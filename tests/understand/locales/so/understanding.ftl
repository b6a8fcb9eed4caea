### Review status: draft
## A small hand-made example set for the tests of bot/understand/ (not the bot's own examples).

understand-pay =
    waa imisa mushaharku
    intee lacag ah ayaan helayaa
    .keywords = mushahar, lacag, løn
understand-greeting =
    iska warran
    salaan
    .keywords = salaan, nabad
understand-thanks =
    mahadsanid
    aad baad u mahadsantahay
    .keywords = mahadsanid
understand-interest =
    waxaan rabaa inaan ku biiro
    i diiwaan geli
    .keywords = diiwaan, biiro
