### Flow "human" (Russian): talk to a person from the employment service of the municipality (also /human).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

human-start-info = Сотрудник службы занятости вашего муниципалитета может вам перезвонить. Там отвечают в рабочие дни, поэтому это может занять несколько дней. Это не экстренная служба.
human-start-ask = Хотите, чтобы с вами связался человек?
human-municipality-ask = В каком муниципалитете (kommune) вы живёте? Напишите название, например Aarhus или Odense.
human-phone-ask = По какому номеру вам можно позвонить? Например 20 12 34 56.
human-interpreter-ask = Вам нужен переводчик во время разговора по телефону?

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the callback lead's fields), not "your answers".
human-consent-ask =
    Можно отправить ваш номер телефона, муниципалитет, язык и потребность в переводчике в службу занятости в { $municipality_name }? Только чтобы вам перезвонили. Мы храним их, пока ваше дело не закрыто, а после этого максимум { $lead_retention_months ->
        [one] { $lead_retention_months } месяц
        [few] { $lead_retention_months } месяца
        [many] { $lead_retention_months } месяцев
       *[other] { $lead_retention_months } месяца
    }. /forget их удаляет.

# Said when the person chose to send what they typed (the button common-send-question).
# $question (String) - what the person typed and the bot did not understand, as typed
human-question-yours =
    Ваш вопрос:
    { $question }
    Мы отправим его, только если в конце вы скажете «Да».

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# As human-consent-ask, and the person's own question goes too: it names it first.
human-consent-question-ask =
    Можно отправить ваш вопрос, номер телефона, муниципалитет, язык и потребность в переводчике в службу занятости в { $municipality_name }? Только чтобы вам перезвонили. Мы храним их, пока ваше дело не закрыто, а после этого максимум { $lead_retention_months ->
        [one] { $lead_retention_months } месяц
        [few] { $lead_retention_months } месяца
        [many] { $lead_retention_months } месяцев
       *[other] { $lead_retention_months } месяца
    }. /forget их удаляет.

# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
human-done = Спасибо! Служба занятости муниципалитета { $municipality_name } свяжется с вами, обычно в рабочий день. Это может занять несколько дней.
human-not-saved = Хорошо. Ничего не сохранено.
human-self = Вы можете сами связаться со своим муниципалитетом. Номер телефона есть на сайте муниципалитета. Или придите туда лично. Обратитесь в службу занятости и скажите, что вас интересует IGU.

## Buttons (at most 30 characters)

human-button-myself = Нет, обращусь самостоятельно
