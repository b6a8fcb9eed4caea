### Flow "stories" in Persian (fa): short example stories of IGU courses (the idea of "Ugens IGU", 2018). Every story is invented from many courses: no real people, no real companies, no names.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

stories-intro = اینجا چند داستان کوتاه نمونه درباره IGU هست. ما آن‌ها را از روی تعداد زیادی دوره IGU ساخته‌ایم. آن‌ها درباره آدم‌ها یا شرکت‌های واقعی نیستند. هر IGU با بقیه فرق دارد.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
# In Persian: «نمونه (شخص واقعی نیست):»
stories-warehouse-ask = نمونه (شخص واقعی نیست): مردی در انبار یک شرکت حمل‌ونقل کار می‌کند. او کالاها را بسته‌بندی و جابه‌جا می‌کند. در هفته‌های دوره، دوره‌های AMU رانندگی لیفتراک و کار ایمن را گذراند. هفته‌ای یک روز دانمارکی یاد می‌گیرد. حالا با لیفتراک کار می‌کند و کار با آن را به همکاران جدید نشان می‌دهد.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-parks-ask = نمونه (شخص واقعی نیست): زنی در بخش پارک‌های یک شهرداری کار می‌کند. گل می‌کارد، پرچین‌ها را کوتاه می‌کند و مسیرها را تمیز نگه می‌دارد. دوره‌های AMU درباره گیاهان و ماشین‌های کوچک را گذراند و دانمارکی یاد می‌گیرد. او می‌گوید: «حالا کلمه‌های کارم را می‌دانم و با گروهم بیشتر حرف می‌زنم.»

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-kitchen-ask = نمونه (شخص واقعی نیست): مردی در غذاخوری یک محل کار، کمک‌آشپز است. سالاد درست می‌کند و ظرف می‌شوید. در هفته‌های دوره، یک دوره AMU بهداشت غذا و FVU خواندن و نوشتن را گذراند. اول خجالتی بود. حالا خودش دستور غذاها را می‌خواند و با سرآشپز سالادها را برنامه‌ریزی می‌کند.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-shop = نمونه (شخص واقعی نیست): مادری در سوپرمارکت کار می‌کند. قفسه‌ها را پر می‌کند و به مشتری‌ها کمک می‌کند. در دوره‌ها دانمارکی و ریاضی FVU یاد می‌گیرد. یک همکار، همراه زبانی اوست: سر کار با هم دانمارکی تمرین می‌کنند. می‌گوید: «IGU با بچه‌های کوچک سخت بود، اما شهرداری‌ام کمک کرد برنامه‌ریزی کنم.»

stories-end-ask = این‌ها نمونه بودند. IGU شما ممکن است فرق داشته باشد. حالا می‌خواهید چه کار کنید؟

## Buttons (at most 30 characters)

stories-button-next = داستان بعدی
stories-button-topics = موضوع‌های دیگر
stories-button-first = اولین داستان را بخوانید
stories-button-interest = علاقه‌مند هستم
stories-button-join = آیا می‌توانم وارد IGU شوم؟
