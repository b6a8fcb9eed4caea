### Flow "interest" (Russian): the interest form. Only what the municipality needs to contact the person, then consent.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

interest-name-ask = Я задам несколько коротких вопросов, чтобы ваш муниципалитет мог связаться с вами. Сначала: как вас зовут?

interest-name-latin-ask = Как ваше имя написано латиницей (A, B, C) в карте вида на жительство (opholdskort)? Если не знаете, нажмите кнопку.
interest-municipality-ask = В каком муниципалитете (kommune) вы живёте? Напишите название, например Aarhus или Odense.
interest-contact-ask = Как вашему муниципалитету связаться с вами?
interest-phone-ask = Какой у вас номер телефона? Например 20 12 34 56.
interest-email-ask = Какой у вас адрес электронной почты?
interest-interpreter-ask = Вам нужен переводчик, когда вы будете говорить с муниципалитетом?
interest-danish-ask = Как хорошо вы говорите по-датски? Любой ответ подходит.
interest-work-ask = Какую работу вы хотели бы? Выберите то, что подходит лучше всего. О другой работе можно поговорить с муниципалитетом позже.

# Asked only on Telegram, after the questions and before the consent question. "Yes" means one
# message some days later (locales/ru/followup.ftl); "no" means none. Do not state a number of days.
interest-followup-ask = Можно igubot через несколько дней прислать вам сюда одно короткое сообщение, чтобы спросить, связался ли с вами муниципалитет?

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the lead's fields), not "your answers".
interest-consent-ask =
    Можно отправить ваше имя (и латиницей), телефон или e-mail, муниципалитет, язык, нужен ли переводчик, уровень датского, сферу работы и результат «Могу ли я участвовать?» в службу занятости в { $municipality_name }? Только для связи с вами по IGU. Храним их до закрытия дела и потом максимум { $lead_retention_months ->
        [one] { $lead_retention_months } месяц
        [few] { $lead_retention_months } месяца
        [many] { $lead_retention_months } месяцев
       *[other] { $lead_retention_months } месяца
    }.

# $name (String) - the name the person wrote
interest-saved = Спасибо, { $name }! Ваш муниципалитет свяжется с вами, чтобы поговорить об IGU и о том, что для вас возможно. Это не предложение работы: об IGU вы и компания договариваетесь вместе.
interest-not-saved = Хорошо. Ничего не сохранено. Вы можете снова заполнить анкету в любое время через меню.

## Buttons (at most 30 characters)

interest-button-phone = Телефонный звонок
interest-button-sms = SMS
interest-button-email = Электронная почта
interest-button-danish-none = Совсем не говорю
interest-button-danish-little = Немного
interest-button-danish-good = Хорошо
interest-button-work-retail = Магазин и торговля
interest-button-work-service = Уборка и обслуживание
interest-button-work-transport = Транспорт и склад
interest-button-work-food = Кухня и питание
interest-button-work-building = Строительство и ремёсла
interest-button-work-other = Другое
interest-button-name-latin-skip = Не знаю / пропустить
