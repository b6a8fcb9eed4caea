### Shared messages of igubot (Russian): buttons, help, and the reasons shown when an answer is not valid.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

## Buttons used in many flows

common-yes = Да
common-no = Нет
common-menu = Главное меню
common-offer-human = Поговорить с человеком
# A form's municipality question when the link the person came by (a poster's) named one.
# $hint_municipality_name (String) - that municipality's Danish name, e.g. Aarhus
common-municipality-hint-ask = Вы живёте в муниципалитете { $hint_municipality_name }?
common-button-other-municipality = Нет, другой муниципалитет

## Replies to typed messages

# Said before 2 or 3 buttons, each a topic the message may be about, and "Talk to a person".
common-did-you-mean = Вы имели в виду что-то из этого?
common-not-understood = Извините, я не понял. Я могу рассказать об IGU, проверить, можете ли вы участвовать, и передать ваш интерес в ваш муниципалитет. Спросите в нескольких словах или нажмите кнопку.
common-hello = Здравствуйте! 👋
common-welcome = Пожалуйста!
common-ack = 👍
# Never shown: words that, typed as the whole message at a question that waits for typed
# text (a name, a phone number), leave the form for the main menu. Comma-separated; add the
# words people of this language type to stop (English and Danish ones work in every language).
common-stop-words = стоп, остановить, остановись, отмена, отменить, выйти, хватит
# A button after typed messages the bot could not place (at most 30 characters).
common-send-question = Спросить муниципалитет

## Messages the engine can show on any step

common-help =
    Нажмите кнопку, чтобы ответить. Ещё можно написать эти слова:
    /menu – главное меню
    /back – предыдущий вопрос
    /language – сменить язык
    /human – поговорить с человеком
    /forget – удалить ваши данные
common-error = Извините, что-то пошло не так. Попробуйте ещё раз или напишите /menu, чтобы начать сначала.
common-resume = Этот чат обновился. Продолжаем с того места, где вы остановились.
common-ended = С возвращением! Вот главное меню.
common-form-already-sent = Эта форма уже отправлена. Ваши ответы больше не хранятся в этом чате. Чтобы отправить новую, выберите её снова в меню.

## Reasons for an answer that is not valid (the question is then asked again)

error-empty = Пожалуйста, напишите ответ.
# $max_length (Number) - the most characters the answer may have
error-too-long =
    Это слишком длинно. Пожалуйста, напишите максимум { $max_length ->
        [one] { $max_length } символ
        [few] { $max_length } символа
        [many] { $max_length } символов
       *[other] { $max_length } символа
    }.
error-number = Пожалуйста, напишите число цифрами, например 3.
# $minimum (Number) - the smallest number allowed
# $maximum (Number) - the biggest number allowed
error-number-range = Пожалуйста, напишите число от { $minimum } до { $maximum }.
error-age = Пожалуйста, напишите ваш возраст числом, например 34.
error-phone = Это не похоже на номер телефона. Пожалуйста, напишите его так: 20 12 34 56
error-email = Это не похоже на адрес электронной почты. Пожалуйста, напишите его так: name@example.com
error-municipality = Не удалось найти такой муниципалитет. Пожалуйста, напишите его название, например «Aarhus», или номер, например 751.
error-latin = Пожалуйста, напишите имя латиницей (A, B, C), как в карте вида на жительство, или нажмите кнопку, чтобы пропустить.
error-choose = Пожалуйста, нажмите одну из кнопок.

## Check before consent: a consent question first shows what it sends, one answer a line

common-review = Пожалуйста, проверьте свои ответы:
common-review-line = { $label }: { $value }
common-review-ok = Всё верно
common-review-change = Изменить ответ
common-review-which = Какой ответ вы хотите изменить?
common-review-send = Да, отправить

## The answers' labels in that list and on their buttons (at most 30 characters)

review-field-name = Имя
review-field-municipality = Муниципалитет
review-field-contact = Связь
review-field-phone = Телефон
review-field-email = Электронная почта
review-field-interpreter = Переводчик
review-field-danish_level = Датский
review-field-work_area = Работа
review-field-followup_ok = Сообщение через несколько дней
review-field-question = Ваш вопрос
review-field-company = Компания
review-field-name_latin = Имя латиницей
review-field-eligibility = Проверка участия
review-field-eligibility-likely = IGU может быть возможна
review-field-eligibility-ukraine = Зависит от разрешения
review-field-eligibility-unsure = Пока не уверен(а)
review-field-eligibility-not_eligible = Вероятно, невозможно
