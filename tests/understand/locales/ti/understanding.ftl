### Review status: draft
## A small hand-made example set for the tests of bot/understand/ (not the bot's own examples).

understand-pay =
    ደሞዝ ክንደይ እዩ
    ክንደይ ገንዘብ ክረክብ እየ
    .keywords = ደሞዝ, ገንዘብ, løn
understand-greeting =
    ሰላም
    ከመይ ኣለኹም
    .keywords = ሰላም, ሃለው
understand-thanks =
    የቐንየለይ
    .keywords = የቐንየለይ, ጸጋ
understand-interest =
    ክሳተፍ እደሊ እየ
    ኣመዝግቡኒ
    .keywords = ምምዝጋብ
