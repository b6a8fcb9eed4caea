### Flow "privacy" (Ukrainian): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the organisation that runs this igubot, from facts.yaml (later from the configuration)
privacy-start-ask = Ваші дані. Відповідальний за ваші дані: { $controller }. Під час чату ми зберігаємо ваші відповіді й мову, щоб чат працював. Ми ніколи не питаємо про вашу національність, релігію чи здоров’я.

# Screen 2: what is sent, to whom, why, and on what basis (consent).
privacy-sent-ask = Лише з вашої згоди ми надсилаємо ваше ім’я, телефон або e-mail, муніципалітет, мову, потребу в перекладачеві, рівень данської та сферу роботи службі зайнятості вашого муніципалітету, лише щоб вона зв’язалася з вами щодо IGU. Підстава для цього — ваша згода.

# Screen 3: how long.
# $chat_idle_days (Number) - days without a message after which a chat is deleted, from facts.yaml
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-keep-ask =
    Чат видаляється через { $chat_idle_days ->
        [one] { $chat_idle_days } день
        [few] { $chat_idle_days } дні
        [many] { $chat_idle_days } днів
       *[other] { $chat_idle_days } дня
    } без повідомлень. Те, що ви надіслали, зберігається до закриття вашої справи і максимум { $lead_retention_months ->
        [one] { $lead_retention_months } місяць
        [few] { $lead_retention_months } місяці
        [many] { $lead_retention_months } місяців
       *[other] { $lead_retention_months } місяця
    } після цього. Ви можете відкликати згоду: /forget одразу видаляє тут усе.

# Screen 4: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from facts.yaml (later from the configuration)
privacy-rights-ask = Ви маєте право побачити, виправити й видалити свої дані. Зверніться до { $controller } або до свого муніципалітету щодо того, що він отримав. Ви можете поскаржитися до Datatilsynet, данського органу захисту даних (datatilsynet.dk).
privacy-forget-ask = Видалити все, що ми зберегли про вас? Це не можна скасувати. Якщо ваш муніципалітет уже зв’язався з вами, ви також можете попросити там видалити ваші дані.
privacy-forget-done = Готово. Усе, що ми зберегли про вас, видалено. Напишіть будь-що, щоб почати знову.

## Buttons (at most 30 characters)

privacy-button-forget = Видалити мої дані
privacy-button-forget-yes = Так, видалити
privacy-button-forget-no = Ні, залишити
privacy-button-next = Далі
