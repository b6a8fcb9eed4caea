### Flow "privacy" (Russian): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the organisation that runs this igubot, from facts.yaml (later from the configuration)
privacy-start-ask = Ваши данные. Ответственный за ваши данные: { $controller }. Во время чата мы храним ваши ответы и язык, чтобы чат работал. Мы никогда не спрашиваем о вашей национальности, религии или здоровье.

# Screen 2: what is sent, to whom, why, and on what basis (consent).
privacy-sent-ask = Только с вашего согласия мы отправляем ваше имя, телефон или e-mail, муниципалитет, язык, потребность в переводчике, уровень датского и сферу работы в службу занятости вашего муниципалитета, только чтобы с вами связались по поводу IGU. Основание для этого — ваше согласие.

# Screen 3: how long.
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

# Screen 4: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from facts.yaml (later from the configuration)
privacy-rights-ask = Вы имеете право увидеть, исправить и удалить свои данные. Обратитесь к { $controller } или в свой муниципалитет насчёт того, что он получил. Вы можете пожаловаться в Datatilsynet, датский орган по защите данных (datatilsynet.dk).
privacy-forget-ask = Удалить всё, что мы сохранили о вас? Это нельзя отменить. Если ваш муниципалитет уже связался с вами, вы также можете попросить муниципалитет удалить ваши данные.
privacy-forget-done = Готово. Всё, что мы сохранили о вас, удалено. Напишите что угодно, чтобы начать снова.

## Buttons (at most 30 characters)

privacy-button-forget = Удалить мои данные
privacy-button-forget-yes = Да, удалить
privacy-button-forget-no = Нет, оставить
privacy-button-next = Дальше
