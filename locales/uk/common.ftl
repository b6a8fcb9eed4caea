### Shared messages of igubot (Ukrainian): buttons, help, and the reasons shown when an answer is not valid.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

## Buttons used in many flows

common-yes = Так
common-no = Ні
common-menu = Головне меню
common-offer-human = Поговорити з людиною
# A form's municipality question when the link the person came by (a poster's) named one.
# $hint_municipality_name (String) - that municipality's Danish name, e.g. Aarhus
common-municipality-hint-ask = Ви живете в муніципалітеті { $hint_municipality_name }?
common-button-other-municipality = Ні, інший муніципалітет

## Replies to typed messages

# Said before 2 or 3 buttons, each a topic the message may be about, and "Talk to a person".
common-did-you-mean = Ви мали на увазі щось із цього?
common-not-understood = Вибачте, я цього не зрозумів. Я можу пояснити, що таке IGU, перевірити, чи можете ви взяти участь, і передати ваш інтерес вашому муніципалітету. Запитайте кількома словами або натисніть кнопку.
common-hello = Вітаю! 👋
common-welcome = Будь ласка!
common-ack = 👍
# Never shown: words that, typed as the whole message at a question that waits for typed
# text (a name, a phone number), leave the form for the main menu. Comma-separated; add the
# words people of this language type to stop (English and Danish ones work in every language).
common-stop-words = стоп, зупинити, зупинись, скасувати, вийти, досить
# A button after typed messages the bot could not place (at most 30 characters).
common-send-question = Запитати муніципалітет

## Messages the engine can show on any step

common-help =
    Натисніть кнопку, щоб відповісти. Також можна написати ці слова:
    /menu – головне меню
    /back – попереднє запитання
    /language – змінити мову
    /human – поговорити з людиною
    /forget – видалити ваші дані
common-error = Вибачте, щось пішло не так. Спробуйте ще раз або напишіть /menu, щоб почати спочатку.
common-resume = Цей чат оновлено. Продовжуємо з того місця, де ви зупинилися.
common-ended = З поверненням! Ось головне меню.
common-form-already-sent = Цю форму вже надіслано. Ваші відповіді більше не зберігаються в цьому чаті. Щоб надіслати нову, виберіть її знову в меню.

## Reasons for an answer that is not valid (the question is then asked again)

error-empty = Будь ласка, напишіть відповідь.
# $max_length (Number) - the most characters the answer may have
error-too-long =
    Це задовго. Будь ласка, напишіть максимум { $max_length ->
        [one] { $max_length } символ
        [few] { $max_length } символи
        [many] { $max_length } символів
       *[other] { $max_length } символу
    }.
error-number = Будь ласка, напишіть число цифрами, наприклад 3.
# $minimum (Number) - the smallest number allowed
# $maximum (Number) - the biggest number allowed
error-number-range = Будь ласка, напишіть число від { $minimum } до { $maximum }.
error-age = Будь ласка, напишіть свій вік числом, наприклад 34.
error-phone = Це не схоже на номер телефону. Будь ласка, напишіть його так: 20 12 34 56
error-email = Це не схоже на адресу електронної пошти. Будь ласка, напишіть її так: name@example.com
error-municipality = Такий муніципалітет не знайдено. Будь ласка, напишіть його назву, наприклад «Aarhus», або номер, наприклад 751.
error-latin = Будь ласка, напишіть ім’я латиницею (A, B, C), як у картці на проживання, або натисніть кнопку, щоб пропустити.
error-choose = Будь ласка, натисніть одну з кнопок.

## Check before consent: a consent question first shows what it sends, one answer a line

common-review = Будь ласка, перевірте свої відповіді:
common-review-line = { $label }: { $value }
common-review-ok = Усе правильно
common-review-change = Змінити відповідь
common-review-which = Яку відповідь ви хочете змінити?
common-review-send = Так, надіслати

## The answers' labels in that list and on their buttons (at most 30 characters)

review-field-name = Ім'я
review-field-municipality = Муніципалітет
review-field-contact = Зв'язок
review-field-phone = Телефон
review-field-email = Електронна пошта
review-field-interpreter = Перекладач
review-field-danish_level = Данська
review-field-work_area = Робота
review-field-followup_ok = Повідомлення за кілька днів
review-field-question = Ваше питання
review-field-company = Компанія
review-field-name_latin = Ім’я латиницею
review-field-eligibility = Перевірка участі
review-field-eligibility-likely = IGU може бути можливою
review-field-eligibility-ukraine = Залежить від дозволу
review-field-eligibility-unsure = Ще не впевнений(а)
review-field-eligibility-not_eligible = Ймовірно, неможливо
