### Flow "menu" (Ukrainian): the main menu.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

menu-start-ask = Що ви хочете зробити? Я можу пояснити, що таке IGU, перевірити, чи може IGU вам підійти, і допомогти зв’язатися з вашим муніципалітетом. Натисніть кнопку.

## Menu buttons (at most 30 characters)

menu-button-about = Що таке IGU?
menu-button-eligibility = Чи можу я взяти участь?
menu-button-employer = Я роботодавець
menu-button-interest = Мене це цікавить
menu-button-privacy = Захист даних
