### Flow "privacy" in Dari (prs): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the organisation that runs this igubot, from facts.yaml (later from the configuration)
privacy-start-ask = معلومات شما. مسئول معلومات شما: { $controller }. وقتی گفتگو می‌کنید، جواب‌ها و زبان شما را نگه می‌داریم تا گفتگو کار کند. ما هرگز درباره ملیت، دین یا صحت شما سوال نمی‌کنیم.

# Screen 2: what is sent, to whom, why, and on what basis (consent).
privacy-sent-ask = فقط با «بلی» شما، نام، تلفون یا ایمیل، شاروالی، زبان، ضرورت به ترجمان، سطح دنمارکی و ساحه کاری شما را به بخش کاریابی شاروالی شما می‌فرستیم، فقط تا درباره IGU با شما تماس بگیرد. اساس قانونی این کار «بلی» شماست.

# Screen 3: how long.
# $chat_idle_days (Number) - days without a message after which a chat is deleted, from facts.yaml
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-keep-ask =
    گفتگو بعد از { $chat_idle_days ->
        [one] { $chat_idle_days } روز
       *[other] { $chat_idle_days } روز
    } بدون پیام پاک می‌شود. آنچه فرستاده‌اید تا بسته شدن دوسیه شما نگه داشته می‌شود، و بعد از آن حداکثر { $lead_retention_months ->
        [one] { $lead_retention_months } ماه
       *[other] { $lead_retention_months } ماه
    }. می‌توانید «بلی» خود را پس بگیرید: /forget همه چیز را اینجا یکجا پاک می‌کند.

# Screen 4: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from facts.yaml (later from the configuration)
privacy-rights-ask = حق دارید معلومات خود را ببینید، اصلاح کنید و پاک کنید. از { $controller } بپرسید، یا از شاروالی خود درباره آنچه گرفته است. می‌توانید به Datatilsynet، اداره حفاظت معلومات دنمارک (datatilsynet.dk)، شکایت کنید.
privacy-forget-ask = آیا می‌خواهید همه چیزهایی را که درباره شما ذخیره کرده‌ایم پاک کنید؟ این کار دوباره برگشت ندارد. اگر شاروالی شما قبلاً با شما تماس گرفته است، می‌توانید از آن‌ها هم بخواهید که معلومات شما را پاک کنند.
privacy-forget-done = انجام شد. همه چیزهایی که درباره شما ذخیره کرده بودیم پاک شد. برای شروع دوباره، هر چیزی بنویسید.

## Buttons (at most 30 characters)

privacy-button-forget = پاک کردن معلومات من
privacy-button-forget-yes = بلی، پاک شود
privacy-button-forget-no = نخیر، نگه دارید
privacy-button-next = بعدی
