### Flow "human" (Ukrainian): talk to a person from the employment service of the municipality (also /human).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

human-start-info = Працівник служби зайнятості вашого муніципалітету може вам передзвонити. Там відповідають у робочі дні, тому це може тривати кілька днів. Це не служба екстреної допомоги.
human-start-ask = Хочете, щоб з вами зв’язалася людина?
human-municipality-ask = У якому муніципалітеті ви живете? Напишіть назву, наприклад Aarhus або Odense.
human-phone-ask = За яким номером телефону вам можна подзвонити? Наприклад, 20 12 34 56.
human-interpreter-ask = Вам потрібен перекладач під час телефонної розмови?

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the callback lead's fields), not "your answers".
human-consent-ask =
    Чи можемо ми надіслати ваш номер телефону, муніципалітет, мову й потребу в перекладачеві службі зайнятості в { $municipality_name }? Лише щоб вам передзвонили. Ми зберігаємо їх до закриття вашої справи і максимум { $lead_retention_months ->
        [one] { $lead_retention_months } місяць
        [few] { $lead_retention_months } місяці
        [many] { $lead_retention_months } місяців
       *[other] { $lead_retention_months } місяця
    } після цього. /forget їх видаляє.

# Said when the person chose to send what they typed (the button common-send-question).
# $question (String) - what the person typed and the bot did not understand, as typed
human-question-yours =
    Ваше питання:
    { $question }
    Ми надішлемо його, лише якщо в кінці ви скажете «Так».

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# As human-consent-ask, and the person's own question goes too: it names it first.
human-consent-question-ask =
    Чи можемо ми надіслати ваше питання, номер телефону, муніципалітет, мову й потребу в перекладачеві службі зайнятості в { $municipality_name }? Лише щоб вам передзвонили. Ми зберігаємо їх до закриття вашої справи і максимум { $lead_retention_months ->
        [one] { $lead_retention_months } місяць
        [few] { $lead_retention_months } місяці
        [many] { $lead_retention_months } місяців
       *[other] { $lead_retention_months } місяця
    } після цього. /forget їх видаляє.

# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
human-done = Дякуємо! Служба зайнятості муніципалітету { $municipality_name } зв’яжеться з вами, зазвичай у робочий день. Це може тривати кілька днів.
human-not-saved = Добре. Нічого не збережено.
human-self = Ви можете самі зв’язатися зі своїм муніципалітетом. Знайдіть номер телефону на сайті муніципалітету або прийдіть туди. Попросіть службу зайнятості і скажіть, що вас цікавить IGU.

## Buttons (at most 30 characters)

human-button-myself = Ні, краще самостійно
