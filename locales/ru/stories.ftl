### Flow "stories" (Russian): short example stories of IGU courses (the idea of "Ugens IGU", 2018). Every story is invented from many courses: no real people, no real companies, no names.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

stories-intro = Вот несколько коротких примеров об IGU. Мы составили их по опыту многих программ IGU. В них нет реальных людей и реальных компаний. Все программы IGU разные.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-warehouse-ask = Пример (не реальный человек): Мужчина работает на складе транспортной компании. Он упаковывает и перемещает товары. В недели курсов он прошёл курсы AMU по вождению погрузчика и безопасной работе. Один день в неделю он учит датский. Теперь он водит погрузчик и учит этому новых коллег.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-parks-ask = Пример (не реальный человек): Женщина работает в отделе парков муниципалитета. Она сажает цветы, подстригает кусты и следит за чистотой дорожек. Она прошла курсы AMU о растениях и небольшой технике и учит датский. Она говорит: «Теперь я знаю слова для своей работы и больше говорю с коллегами».

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-kitchen-ask = Пример (не реальный человек): Мужчина работает помощником на кухне в столовой. Он готовит салаты и моет посуду. В недели курсов он прошёл курс AMU по гигиене питания и FVU по чтению и письму. Сначала он стеснялся. Теперь он сам читает рецепты и вместе с шеф-поваром планирует салаты.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-shop = Пример (не реальный человек): Мама работает в супермаркете. Она раскладывает товары и помогает покупателям. На курсах учит датский и математику FVU. Коллега помогает ей с датским на работе. Она говорит: «С маленькими детьми в IGU было трудно, но муниципалитет помог мне всё спланировать».

stories-end-ask = Это были примеры. Ваша программа IGU может выглядеть по-другому. Что вы хотите сделать сейчас?

## Buttons (at most 30 characters)

stories-button-next = Следующая история
stories-button-topics = Другие темы
stories-button-first = Читать первую историю
stories-button-interest = Мне это интересно
stories-button-join = Могу ли я участвовать?
