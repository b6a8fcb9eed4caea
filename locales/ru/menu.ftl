### Flow "menu" (Russian): the main menu.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

menu-start-ask = Что вы хотите сделать? Я могу рассказать об IGU, проверить, может ли IGU вам подойти, и помочь связаться с вашим муниципалитетом. Нажмите кнопку.

## Menu buttons (at most 30 characters)

menu-button-about = Что такое IGU?
menu-button-eligibility = Могу ли я участвовать?
menu-button-employer = Я работодатель
menu-button-interest = Мне это интересно
menu-button-privacy = Защита данных
