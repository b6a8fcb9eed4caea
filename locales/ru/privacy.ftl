### Flow "privacy" (Russian): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the operator or municipality named in the configuration ([privacy] controller), or privacy-controller-unset
privacy-start-ask = Ваши данные. Ответственный за ваши данные: { $controller }. Во время чата мы храним ваш язык и ответы, чтобы чат работал. Мы никогда не спрашиваем о вашей религии или здоровье. Дальше: что мы спрашиваем, что отправляем, как долго храним и ваши права.

# Screen 2: what "Can I join?" asks, and that it is never sent; typed messages the bot did not understand.
# $unplaced_message_days (Number) - days a message the bot did not understand is kept, from facts.yaml
privacy-asked-ask =
    «Могу ли я участвовать?» спрашивает ваш возраст, сколько лет вы в Дании и какой у вас вид на жительство. Разрешение может показать, откуда вы. Эти ответы остаются в чате и никогда не отправляются. Сообщение, которое бот не понял, хранится { $unplaced_message_days ->
        [one] { $unplaced_message_days } день
        [few] { $unplaced_message_days } дня
        [many] { $unplaced_message_days } дней
       *[other] { $unplaced_message_days } дня
    } без цифр и без связи с вами, чтобы улучшить бота.

# Screen 3: what the form sends, to whom, why, and on what basis (consent).
privacy-sent-ask = Только с вашего согласия мы отправляем ваше имя (и латиницей), телефон или e-mail, муниципалитет, язык, нужен ли переводчик, уровень датского, сферу работы и результат «Могу ли я участвовать?» в службу занятости вашего муниципалитета, только для связи с вами по IGU. Основание — ваше согласие.

# Screen 4: what "Talk to a person" sends.
privacy-callback-ask = «Поговорить с человеком»: только с вашего согласия мы отправляем ваш телефон, муниципалитет, язык и потребность в переводчике в службу занятости муниципалитета, чтобы вам перезвонили. Ничего другого из чата не отправляется. В Telegram мы также отправляем, можно ли нам один раз написать вам.

# Screen 5: what "Send question to municipality" sends.
privacy-question-ask = «Спросить муниципалитет»: если бот вас не понял, вы можете отправить то, что написали. Только с вашего согласия мы отправляем ваш вопрос, как вы его написали, вместе с телефоном, муниципалитетом, языком и потребностью в переводчике, чтобы вам перезвонили.

# Screen 6: how long.
# $chat_idle_days (Number) - days without a message after which a chat is deleted, from facts.yaml
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-keep-ask =
    Чат удаляется через { $chat_idle_days ->
        [one] { $chat_idle_days } день
        [few] { $chat_idle_days } дня
        [many] { $chat_idle_days } дней
       *[other] { $chat_idle_days } дня
    } без сообщений. То, что вы отправили, хранится, пока ваше дело не закрыто, а после этого максимум { $lead_retention_months ->
        [one] { $lead_retention_months } месяц
        [few] { $lead_retention_months } месяца
        [many] { $lead_retention_months } месяцев
       *[other] { $lead_retention_months } месяца
    }. Вы можете отозвать согласие: /forget сразу удаляет здесь всё.

# Screen 7: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from the configuration (see screen 1)
# $controller_contact (String) - how to reach them (an e-mail address, phone number or web page), from the configuration ([privacy] contact), or privacy-contact-unset
privacy-rights-ask = Вы имеете право увидеть, исправить и удалить свои данные. Обращайтесь: { $controller }, { $controller_contact }. О том, что получил муниципалитет, спрашивайте его. Вы можете пожаловаться в Datatilsynet, датский орган по защите данных (datatilsynet.dk).

# Shown instead of $controller and $controller_contact while the configuration does not set them.
privacy-controller-unset = организация, которая ведёт этот чат (здесь ещё не названа)
privacy-contact-unset = /forget удаляет здесь всё
privacy-forget-ask = Удалить всё, что мы сохранили о вас? Это нельзя отменить. Если ваш муниципалитет уже связался с вами, вы также можете попросить муниципалитет удалить ваши данные.
privacy-forget-done = Готово. Всё, что мы сохранили о вас, удалено. Напишите что угодно, чтобы начать снова.

## Buttons (at most 30 characters)

privacy-button-forget = Удалить мои данные
privacy-button-forget-yes = Да, удалить
privacy-button-forget-no = Нет, оставить
privacy-button-next = Дальше
