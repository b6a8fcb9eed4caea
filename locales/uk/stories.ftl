### Flow "stories" (Ukrainian): short example stories of IGU courses (the idea of "Ugens IGU", 2018). Every story is invented from many courses: no real people, no real companies, no names.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

stories-intro = Ось кілька коротких прикладів про IGU. Ми склали їх з історій багатьох людей в IGU. Вони не про реальних людей чи реальні компанії. Кожна програма IGU інша.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-warehouse-ask = Приклад (не реальна людина): Чоловік працює на складі транспортної компанії. Він пакує і переносить товари. У тижні курсів він пройшов курси AMU з водіння навантажувача і безпечної роботи. Один день на тиждень він вивчає данську. Тепер він водить навантажувач і показує новим колегам, як це робити.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-parks-ask = Приклад (не реальна людина): Жінка працює у відділі парків муніципалітету. Вона садить квіти, підстригає кущі й прибирає доріжки. Вона пройшла курси AMU про рослини й невеликі машини, а також вивчає данську. Вона каже: «Тепер я знаю слова для своєї роботи і більше говорю зі своєю командою».

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-kitchen-ask = Приклад (не реальна людина): Чоловік працює помічником на кухні в їдальні. Він готує салати й миє посуд. У тижні курсів він пройшов курс AMU з гігієни харчових продуктів і FVU з читання й письма. Спочатку він соромився. Тепер він сам читає рецепти і планує салати разом із шеф-кухарем.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-shop = Приклад (не реальна людина): Мама працює в супермаркеті, викладає товари й допомагає покупцям. На курсах вчить данську й математику (FVU). Колега — її мовний партнер: на роботі вони говорять данською. Вона каже: «З малими дітьми в IGU було важко, але муніципалітет допоміг усе спланувати».

stories-end-ask = Це були приклади. Ваша програма IGU може бути іншою. Що ви хочете зробити зараз?

## Buttons (at most 30 characters)

stories-button-next = Наступна історія
stories-button-topics = Інші теми
stories-button-first = Читати першу історію
stories-button-interest = Мене це цікавить
stories-button-join = Чи можу я взяти участь?
