### Flow "eligibility" (Ukrainian): a first check by buttons. It never says "yes, you can": the company checks papers, the municipality advises.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

eligibility-start-ask = Давайте подивимося, чи може вам підійти IGU. Я поставлю 3 короткі запитання. Без вашого «так» ми нікому нічого не надсилаємо. Скільки вам років? Напишіть свій вік числом.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-years-ask =
    Ви мали адресу в Данії (у реєстрі CPR) { $years_in_dk_max ->
        [one] { $years_in_dk_max } рік
        [few] { $years_in_dk_max } роки
        [many] { $years_in_dk_max } років
       *[other] { $years_in_dk_max } року
    } або менше? Порахуйте всі роки, коли у вас тут була адреса.

# "Refugee" means every permit the IGU law counts as a refugee's (facts.yaml: refugee_permits):
# asylum, UN quota refugees, humanitarian and other protection permits.
eligibility-basis-ask = Який у вас дозвіл на проживання? Обирайте «Біженець» і тоді, якщо ви приїхали як біженець за квотою ООН або маєте гуманітарний чи інший дозвіл на захист.

## Results

# $age_max (Number) - upper age limit (under), judged when IGU starts, from facts.yaml
# $igu_per_person (Number) - how many IGU courses one person can take (1), from facts.yaml
eligibility-likely =
    Гарна новина: IGU може бути для вас можливим. Вам має бути менше { $age_max } років, коли IGU починається, і кожна людина може пройти IGU { $igu_per_person ->
        [one] лише один раз
        [few] лише { $igu_per_person } рази
        [many] лише { $igu_per_person } разів
       *[other] лише { $igu_per_person } раза
    }. Це не остаточна відповідь: компанія і ваш муніципалітет перевірять це разом з вами.
eligibility-documents = Перед початком IGU компанія перевіряє, чи можете ви взяти участь. Підготуйте один із цих документів: лист про ваш дозвіл на проживання від Данської імміграційної служби, вашу картку на проживання або виписку з CPR (bopælsattest).
eligibility-ukraine = Для українців участь в IGU залежить від чинного дозволу за спеціальним законом (særloven). Ваш муніципалітет перевіряє, чи ваш дозвіл чинний і як довго він діє. Правила можуть змінитися, тому, будь ласка, запитайте в муніципалітеті, перш ніж щось планувати.
eligibility-next-ask = Хочете, щоб ваш муніципалітет зв’язався з вами щодо IGU?
eligibility-unsure = Це нормально. Багато людей не впевнені. Працівник вашого муніципалітету може перевірити це разом з вами.

# $age_min (Number) - lowest age to start IGU, from facts.yaml
eligibility-too-young =
    IGU — для людей, яким на початку IGU щонайменше { $age_min ->
        [one] { $age_min } рік
        [few] { $age_min } роки
        [many] { $age_min } років
       *[other] { $age_min } року
    }. Тож поки що участь в IGU для вас неможлива. Ваш муніципалітет все одно може допомогти вам з роботою чи навчанням.

# $age_max (Number) - upper age limit (under), from facts.yaml
eligibility-too-old =
    IGU — для людей, молодших за { $age_max ->
        [one] { $age_max } рік
        [few] { $age_max } роки
        [many] { $age_max } років
       *[other] { $age_max } року
    } на початку IGU. Тож участь в IGU для вас, імовірно, неможлива. Ваш муніципалітет все одно може допомогти вам знайти інші шляхи до роботи.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-too-long =
    IGU — для людей, у яких була адреса в Данії загалом не довше ніж { $years_in_dk_max ->
        [one] { $years_in_dk_max } рік
        [few] { $years_in_dk_max } роки
        [many] { $years_in_dk_max } років
       *[other] { $years_in_dk_max } року
    }. Тож участь в IGU для вас, імовірно, неможлива. Ваш муніципалітет все одно може допомогти вам знайти інші шляхи до роботи.

# Shown before the "talk to a person" question: a permit of another name may still count.
eligibility-other-basis = Дозволи мають багато назв, і ваш теж може підходити для IGU. Працівник вашого муніципалітету може перевірити ваш дозвіл разом з вами.
eligibility-not-ask = Хочете поговорити з працівником вашого муніципалітету?

## Buttons (at most 30 characters)

eligibility-button-no-say = Не хочу казати
eligibility-button-years-over = Ні, довше
eligibility-button-not-sure = Не знаю точно
eligibility-button-refugee = Біженець
eligibility-button-family = Возз’єднання сім’ї
eligibility-button-ukraine = Спецзакон для українців
eligibility-button-afghan = Спецзакон для афганців
eligibility-button-other = Інший дозвіл
eligibility-button-interest = Так, зв’яжіться зі мною
eligibility-button-about = Що таке IGU?
eligibility-button-documents = Які документи потрібні?
