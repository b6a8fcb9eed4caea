### Review status: draft
## A small hand-made example set for the tests of bot/understand/ (not the bot's own examples).

understand-pay =
    яка зарплата
    скільки я заробляю
    скільки грошей я отримаю
    .keywords = зарплата, гроші, løn
understand-interest =
    хочу записатися
    я зацікавлений
    запишіть мене
    .keywords = записатися, реєстрація
understand-greeting =
    привіт
    добрий день
    .keywords = привіт, вітаю
understand-thanks =
    дякую
    щиро дякую
    .keywords = дякую
understand-school =
    чи є школа
    чого я навчатимусь
    .keywords = школа, курси, навчання
