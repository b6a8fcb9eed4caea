### Review status: draft
## A small hand-made example set for the tests of bot/understand/ (not the bot's own examples).

understand-pay =
    حقوق چقدر است
    چقدر پول می‌گیرم
    hoghoogh chande
    .keywords = حقوق، دستمزد، løn
understand-greeting =
    سلام
    صبح بخیر
    .keywords = سلام، درود
understand-thanks =
    ممنون
    خیلی متشکرم
    .keywords = ممنون، مرسی، تشکر
understand-interest =
    می‌خواهم ثبت‌نام کنم
    علاقه‌مند هستم
    .keywords = ثبت‌نام، علاقه
