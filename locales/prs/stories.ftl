### Flow "stories" in Dari (prs): short example stories of IGU courses (the idea of "Ugens IGU", 2018). Every story is invented from many courses: no real people, no real companies, no names.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

stories-intro = اینجا چند قصه کوتاه نمونه درباره IGU است. ما آن‌ها را از روی بسیاری از دوره‌های IGU ساخته‌ایم. آن‌ها درباره مردم یا شرکت‌های واقعی نیستند. هر IGU فرق دارد.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
# In Dari: «نمونه (شخص واقعی نیست):»
stories-warehouse-ask = نمونه (شخص واقعی نیست): یک مرد در گدام یک شرکت ترانسپورتی کار می‌کند. او اجناس را بسته‌بندی و جابه‌جا می‌کند. در هفته‌های کورس به کورس‌های AMU راندن فورک‌لیفت و کار بی‌خطر رفت. هفته‌ای یک روز دنمارکی یاد می‌گیرد. حالا فورک‌لیفت می‌راند و به همکاران تازه نشان می‌دهد که چطور.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-parks-ask = نمونه (شخص واقعی نیست): یک زن در بخش پارک‌های یک شاروالی کار می‌کند. او گل می‌کارد، بته‌ها را قیچی می‌کند و راه‌ها را پاک نگه می‌دارد. به کورس‌های AMU درباره نباتات و ماشین‌های کوچک رفت و دنمارکی یاد می‌گیرد. او می‌گوید: «حالا کلمه‌های کارم را می‌دانم و با همکارانم بیشتر گپ می‌زنم.»

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-kitchen-ask = نمونه (شخص واقعی نیست): یک مرد در یک طعام‌خانه (کانتین) کمک‌آشپز است. او سلاد درست می‌کند و ظرف می‌شوید. در هفته‌های کورس به کورس AMU حفظ‌الصحه غذا و FVU خواندن و نوشتن رفت. اول خجالتی بود. حالا خودش دستور پخت غذا را می‌خواند و با آشپز اصلی سلادها را پلان می‌کند.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-shop = نمونه (شخص واقعی نیست): یک مادر در یک سوپرمارکیت کار می‌کند. قفسه‌ها را پر می‌کند و به مشتری‌ها کمک می‌کند. در کورس‌ها دنمارکی و ریاضی FVU یاد می‌گیرد. یک همکار، رفیق زبانی اوست: سر کار با هم دنمارکی تمرین می‌کنند. او می‌گوید: «IGU با اطفال خورد سخت بود، اما شاروالی‌ام در پلان‌سازی کمک کرد.»

stories-end-ask = این‌ها نمونه بودند. IGU شما شاید فرق داشته باشد. حالا چه کار می‌خواهید بکنید؟

## Buttons (at most 30 characters)

stories-button-next = قصه بعدی
stories-button-topics = موضوعات دیگر
stories-button-first = قصه اول را بخوانید
stories-button-interest = علاقه دارم
stories-button-join = آیا می‌توانم شامل شوم؟
