### Flow "interest" (Ukrainian): the interest form. Only what the municipality needs to contact the person, then consent.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

interest-name-ask = Я поставлю кілька коротких запитань, щоб ваш муніципалітет міг зв’язатися з вами. Спершу: як вас звати?

interest-name-latin-ask = Як ваше ім’я написано латиницею (A, B, C) у картці на проживання (opholdskort)? Якщо не знаєте, натисніть кнопку.
interest-municipality-ask = У якому муніципалітеті ви живете? Напишіть назву, наприклад Aarhus або Odense.
interest-contact-ask = Як ваш муніципалітет має з вами зв’язатися?
interest-phone-ask = Який ваш номер телефону? Наприклад, 20 12 34 56.
interest-email-ask = Яка ваша адреса електронної пошти?
interest-interpreter-ask = Хочете перекладача, коли будете говорити з вашим муніципалітетом?
interest-danish-ask = Наскільки добре ви говорите данською? Будь-яка відповідь підходить.
interest-work-ask = Яку роботу ви хотіли б мати? Виберіть те, що підходить найкраще. Про інші види роботи можна поговорити з муніципалітетом пізніше.

# Asked only on Telegram, after the questions and before the consent question. "Yes" means one
# message some days later (locales/uk/followup.ftl); "no" means none. Do not state a number of days.
interest-followup-ask = Чи може igubot через кілька днів надіслати вам тут одне коротке повідомлення, щоб запитати, чи зв’язався з вами муніципалітет?

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the lead's fields), not "your answers".
interest-consent-ask =
    Можна надіслати ваше ім’я (і латиницею), телефон або e-mail, муніципалітет, мову, потребу в перекладачеві, рівень данської, сферу роботи та результат «Чи можу я взяти участь?» службі зайнятості в { $municipality_name }? Лише для зв’язку щодо IGU. Зберігаємо до закриття справи і потім максимум { $lead_retention_months ->
        [one] { $lead_retention_months } місяць
        [few] { $lead_retention_months } місяці
        [many] { $lead_retention_months } місяців
       *[other] { $lead_retention_months } місяця
    }.

# $name (String) - the name the person wrote
interest-saved = Дякуємо, { $name }! Ваш муніципалітет зв’яжеться з вами, щоб поговорити про IGU і про те, що для вас можливо. Це не пропозиція роботи: про IGU ви і компанія домовляєтеся разом.
interest-not-saved = Добре. Нічого не збережено. Ви можете будь-коли знову заповнити форму через меню.

## Buttons (at most 30 characters)

interest-button-phone = Телефонний дзвінок
interest-button-sms = SMS
interest-button-email = Електронна пошта
interest-button-danish-none = Зовсім не говорю
interest-button-danish-little = Трохи
interest-button-danish-good = Добре
interest-button-work-retail = Магазин і торгівля
interest-button-work-service = Прибирання і сервіс
interest-button-work-transport = Транспорт і склад
interest-button-work-food = Кухня і їжа
interest-button-work-building = Будівництво і ремесла
interest-button-work-other = Щось інше
interest-button-name-latin-skip = Не знаю / пропустити
