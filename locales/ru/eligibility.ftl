### Flow "eligibility" (Russian): a first check by buttons. It never says "yes, you can": the company checks papers, the municipality advises.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

eligibility-start-ask = Давайте посмотрим, может ли вам подойти IGU. Я задам 3 коротких вопроса. Без вашего «да» мы ничего никому не отправляем. Сколько вам лет? Напишите возраст числом.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-years-ask =
    Вы зарегистрированы по адресу в Дании (в реестре CPR) { $years_in_dk_max ->
        [one] { $years_in_dk_max } год
        [few] { $years_in_dk_max } года
        [many] { $years_in_dk_max } лет
       *[other] { $years_in_dk_max } года
    } или меньше? Посчитайте все годы, когда у вас здесь был адрес.

# "Refugee" means every permit the IGU law counts as a refugee's (facts.yaml: refugee_permits):
# asylum, UN quota refugees, humanitarian and other protection permits.
eligibility-basis-ask = Какой у вас вид на жительство? Выбирайте «Беженец» и тогда, если вы приехали как беженец по квоте ООН или у вас гуманитарное или другое разрешение на защиту.

## Results

# $age_max (Number) - upper age limit (under), judged when IGU starts, from facts.yaml
# $igu_per_person (Number) - how many IGU courses one person can take (1), from facts.yaml
eligibility-likely =
    Хорошая новость: участие в IGU для вас может быть возможным. Вам должно быть меньше { $age_max } лет, когда IGU начинается, и каждый может пройти IGU { $igu_per_person ->
        [one] только один раз
        [few] только { $igu_per_person } раза
        [many] только { $igu_per_person } раз
       *[other] только { $igu_per_person } раза
    }. Это не окончательный ответ: компания и ваш муниципалитет проверят это вместе с вами.
eligibility-documents = До начала IGU компания проверяет, можете ли вы участвовать. Подготовьте один из этих документов: письмо о вашем виде на жительство от Датской иммиграционной службы, карточку вида на жительство или выписку из CPR (bopælsattest).
eligibility-ukraine = Для украинцев участие в IGU зависит от действующего разрешения по специальному закону (særloven). Ваш муниципалитет проверяет, действует ли ваше разрешение и как долго. Правила могут измениться, поэтому, пожалуйста, спросите там, прежде чем что-то планировать.
eligibility-next-ask = Хотите, чтобы ваш муниципалитет связался с вами по поводу IGU?
eligibility-unsure = Это нормально. Многие люди не уверены. Сотрудник вашего муниципалитета может проверить это вместе с вами.

# $age_min (Number) - lowest age to start IGU, from facts.yaml
eligibility-too-young =
    IGU — для людей в возрасте от { $age_min ->
        [one] { $age_min } года
        [few] { $age_min } лет
        [many] { $age_min } лет
       *[other] { $age_min } года
    } на момент начала IGU. Поэтому пока участие в IGU для вас невозможно. Ваш муниципалитет всё равно может помочь вам с работой или учёбой.

# $age_max (Number) - upper age limit (under), from facts.yaml
eligibility-too-old =
    IGU — для людей моложе { $age_max ->
        [one] { $age_max } года
        [few] { $age_max } лет
        [many] { $age_max } лет
       *[other] { $age_max } года
    } на момент начала IGU. Поэтому участие в IGU для вас, скорее всего, невозможно. Ваш муниципалитет всё равно может помочь вам найти другие пути к работе.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-too-long =
    IGU — для людей, у которых был адрес в Дании в сумме не больше { $years_in_dk_max ->
        [one] { $years_in_dk_max } года
        [few] { $years_in_dk_max } лет
        [many] { $years_in_dk_max } лет
       *[other] { $years_in_dk_max } года
    }. Поэтому участие в IGU для вас, скорее всего, невозможно. Ваш муниципалитет всё равно может помочь вам найти другие пути к работе.

# Shown before the "talk to a person" question: a permit of another name may still count.
eligibility-other-basis = У разрешений много названий, и ваше тоже может подходить для IGU. Сотрудник вашего муниципалитета может проверить ваше разрешение вместе с вами.
eligibility-not-ask = Хотите поговорить с сотрудником вашего муниципалитета?

## Buttons (at most 30 characters)

eligibility-button-no-say = Не хочу говорить
eligibility-button-years-over = Нет, дольше
eligibility-button-not-sure = Не знаю точно
eligibility-button-refugee = Беженец
eligibility-button-family = Воссоединение семьи
eligibility-button-ukraine = Спецзакон для украинцев
eligibility-button-afghan = Спецзакон для афганцев
eligibility-button-other = Другое разрешение
eligibility-button-interest = Да, свяжитесь со мной
eligibility-button-about = Что такое IGU?
eligibility-button-documents = Какие нужны документы?
