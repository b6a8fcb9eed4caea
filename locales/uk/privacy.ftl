### Flow "privacy" (Ukrainian): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the operator or municipality named in the configuration ([privacy] controller), or privacy-controller-unset
privacy-start-ask = Ваші дані. Відповідальний за ваші дані: { $controller }. Під час чату ми зберігаємо вашу мову й відповіді, щоб чат працював. Ми ніколи не питаємо про вашу релігію чи здоров’я. Далі: що ми питаємо, що надсилаємо, як довго зберігаємо і ваші права.

# Screen 2: what "Can I join?" asks, and that it is never sent; typed messages the bot did not understand.
# $unplaced_message_days (Number) - days a message the bot did not understand is kept, from facts.yaml
privacy-asked-ask =
    «Чи можу я взяти участь?» питає ваш вік, скільки років ви в Данії і який у вас дозвіл на проживання. Дозвіл може показати, звідки ви. Ці відповіді залишаються в чаті й ніколи не надсилаються. Повідомлення, яке бот не зрозумів, зберігається { $unplaced_message_days ->
        [one] { $unplaced_message_days } день
        [few] { $unplaced_message_days } дні
        [many] { $unplaced_message_days } днів
       *[other] { $unplaced_message_days } дня
    } без цифр і без зв’язку з вами, щоб покращити бота.

# Screen 3: what the form sends, to whom, why, and on what basis (consent).
privacy-sent-ask = Лише з вашою згодою ми надсилаємо ваше ім’я (і латиницею), телефон або e-mail, муніципалітет, мову, потребу в перекладачеві, рівень данської, сферу роботи та результат «Чи можу я взяти участь?» службі зайнятості вашого муніципалітету, лише для зв’язку з вами щодо IGU. Підстава — ваша згода.

# Screen 4: what "Talk to a person" sends.
privacy-callback-ask = «Поговорити з людиною»: лише з вашої згоди ми надсилаємо ваш номер телефону, муніципалітет, мову й потребу в перекладачеві службі зайнятості вашого муніципалітету, щоб вам передзвонили. Нічого іншого з чату не надсилається. У Telegram ми також надсилаємо, чи можна нам один раз написати вам.

# Screen 5: what "Send question to municipality" sends.
privacy-question-ask = «Запитати муніципалітет»: якщо бот вас не зрозумів, ви можете надіслати те, що написали. Лише з вашої згоди ми надсилаємо ваше запитання так, як ви його написали, разом із телефоном, муніципалітетом, мовою й потребою в перекладачеві, щоб вам передзвонили.

# Screen 6: how long.
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

# Screen 7: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from the configuration (see screen 1)
# $controller_contact (String) - how to reach them (an e-mail address, phone number or web page), from the configuration ([privacy] contact), or privacy-contact-unset
privacy-rights-ask = Ви маєте право побачити, виправити й видалити свої дані. Звертайтеся: { $controller }, { $controller_contact }. Про те, що отримав муніципалітет, питайте його. Ви можете поскаржитися до Datatilsynet, данського органу захисту даних (datatilsynet.dk).

# Shown instead of $controller and $controller_contact while the configuration does not set them.
privacy-controller-unset = організація, яка веде цей чат (тут ще не названа)
privacy-contact-unset = /forget видаляє все тут
privacy-forget-ask = Видалити все, що ми зберегли про вас? Це не можна скасувати. Якщо ваш муніципалітет уже зв’язався з вами, ви також можете попросити там видалити ваші дані.
privacy-forget-done = Готово. Усе, що ми зберегли про вас, видалено. Напишіть будь-що, щоб почати знову.

## Buttons (at most 30 characters)

privacy-button-forget = Видалити мої дані
privacy-button-forget-yes = Так, видалити
privacy-button-forget-no = Ні, залишити
privacy-button-next = Далі
