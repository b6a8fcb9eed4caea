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

eligibility-basis-ask = Який у вас дозвіл на проживання?

## Results

eligibility-likely = Гарна новина: судячи з ваших відповідей, IGU може бути для вас можливим. Це не остаточна відповідь. Компанія і ваш муніципалітет перевірять це разом з вами.
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

eligibility-other-basis = IGU — для біженців, людей, які приїхали через возз’єднання сім’ї, і людей з дозволом за українським або афганським спеціальним законом. З іншим дозволом участь в IGU, імовірно, неможлива. Ваш муніципалітет все одно може дати вам пораду.
eligibility-not-ask = Хочете поговорити з працівником вашого муніципалітету?

## Buttons (at most 30 characters)

eligibility-button-no-say = Не хочу казати
eligibility-button-years-over = Ні, довше
eligibility-button-not-sure = Не знаю точно
eligibility-button-refugee = Статус біженця (притулок)
eligibility-button-family = Возз’єднання сім’ї
eligibility-button-ukraine = Спецзакон для українців
eligibility-button-afghan = Спецзакон для афганців
eligibility-button-other = Інший дозвіл
eligibility-button-interest = Так, зв’яжіться зі мною
eligibility-button-about = Що таке IGU?
