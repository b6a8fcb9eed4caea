### Flow "privacy" in Persian (fa): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the organisation that runs this igubot, from facts.yaml (later from the configuration)
privacy-start-ask = اطلاعات شما. مسئول اطلاعات شما: { $controller }. وقتی گفتگو می‌کنید، جواب‌ها و زبان شما را نگه می‌داریم تا گفتگو کار کند. ما هرگز درباره ملیت، دین یا سلامت شما سؤال نمی‌کنیم.

# Screen 2: what is sent, to whom, why, and on what basis (consent).
privacy-sent-ask = فقط با «بله» شما، نام، تلفن یا ایمیل، شهرداری، زبان، نیاز به مترجم، سطح دانمارکی و زمینه کاری شما را برای بخش کاریابی شهرداری شما می‌فرستیم، فقط تا درباره IGU با شما تماس بگیرد. مبنای قانونی این کار «بله» شماست.

# Screen 3: how long.
# $chat_idle_days (Number) - days without a message after which a chat is deleted, from facts.yaml
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-keep-ask =
    گفتگو بعد از { $chat_idle_days ->
        [one] { $chat_idle_days } روز
       *[other] { $chat_idle_days } روز
    } بدون پیام پاک می‌شود. آنچه فرستاده‌اید تا بسته شدن پرونده شما نگه داشته می‌شود، و بعد از آن حداکثر { $lead_retention_months ->
        [one] { $lead_retention_months } ماه
       *[other] { $lead_retention_months } ماه
    }. می‌توانید «بله» خود را پس بگیرید: /forget همه چیز را اینجا یک‌جا پاک می‌کند.

# Screen 4: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from facts.yaml (later from the configuration)
privacy-rights-ask = حق دارید اطلاعات خود را ببینید، اصلاح کنید و پاک کنید. از { $controller } بپرسید، یا از شهرداری خود درباره آنچه دریافت کرده است. می‌توانید به Datatilsynet، سازمان حفاظت از داده‌های دانمارک (datatilsynet.dk)، شکایت کنید.
privacy-forget-ask = آیا می‌خواهید همه چیزهایی را که درباره شما ذخیره کرده‌ایم پاک کنید؟ این کار برگشت ندارد. اگر شهرداری شما قبلاً با شما تماس گرفته است، می‌توانید از آن‌ها هم بخواهید اطلاعات شما را پاک کنند.
privacy-forget-done = انجام شد. همه چیزهایی که درباره شما ذخیره کرده بودیم پاک شد. برای شروع دوباره، هر چیزی بنویسید.

## Buttons (at most 30 characters)

privacy-button-forget = پاک کردن اطلاعاتم
privacy-button-forget-yes = بله، پاک شود
privacy-button-forget-no = نه، نگه داشته شود
privacy-button-next = بعدی
