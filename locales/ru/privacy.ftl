### Flow "privacy" (Russian): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-start-notice =
    Ваши данные: мы передаём ваши ответы, только если вы скажете «да». Тогда их получает служба занятости вашего муниципалитета, чтобы связаться с вами насчёт IGU. Мы храним их, пока ваше дело не закрыто, а потом максимум { $lead_retention_months ->
        [one] { $lead_retention_months } месяц
        [few] { $lead_retention_months } месяца
        [many] { $lead_retention_months } месяцев
       *[other] { $lead_retention_months } месяца
    }. Мы никогда не спрашиваем о вашей национальности, религии или здоровье.
privacy-start-ask = Вы можете удалить свои данные в любое время. Напишите /forget или нажмите кнопку.
privacy-forget-ask = Удалить всё, что мы сохранили о вас? Это нельзя отменить. Если ваш муниципалитет уже связался с вами, вы также можете попросить муниципалитет удалить ваши данные.
privacy-forget-done = Готово. Всё, что мы сохранили о вас, удалено. Напишите что угодно, чтобы начать снова.

## Buttons (at most 30 characters)

privacy-button-forget = Удалить мои данные
privacy-button-forget-yes = Да, удалить
privacy-button-forget-no = Нет, оставить
