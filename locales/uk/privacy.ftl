### Flow "privacy" (Ukrainian): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-start-notice =
    Ваші дані: ми передаємо ваші відповіді, лише якщо ви скажете «так». Тоді їх отримує служба зайнятості вашого муніципалітету, щоб зв’язатися з вами щодо IGU. Ми зберігаємо їх до закриття вашої справи і максимум { $lead_retention_months ->
        [one] { $lead_retention_months } місяць
        [few] { $lead_retention_months } місяці
        [many] { $lead_retention_months } місяців
       *[other] { $lead_retention_months } місяця
    } після цього. Ми ніколи не питаємо про вашу національність, релігію чи здоров’я.
privacy-start-ask = Ви можете будь-коли видалити свої дані. Напишіть /forget або натисніть кнопку.
privacy-forget-ask = Видалити все, що ми зберегли про вас? Це не можна скасувати. Якщо ваш муніципалітет уже зв’язався з вами, ви також можете попросити там видалити ваші дані.
privacy-forget-done = Готово. Усе, що ми зберегли про вас, видалено. Напишіть будь-що, щоб почати знову.

## Buttons (at most 30 characters)

privacy-button-forget = Видалити мої дані
privacy-button-forget-yes = Так, видалити
privacy-button-forget-no = Ні, залишити
