### Flow "privacy" in Persian (fa): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the operator or municipality named in the configuration ([privacy] controller), or privacy-controller-unset
privacy-start-ask = اطلاعات شما. مسئول اطلاعات شما: { $controller }. وقتی گفتگو می‌کنید، زبان و جواب‌های شما را نگه می‌داریم تا گفتگو کار کند. ما هرگز درباره دین یا سلامت شما سؤال نمی‌کنیم. صفحه‌های بعدی می‌گویند چه می‌پرسیم، چه می‌فرستیم، چه مدت نگه می‌داریم و حقوق شما چیست.

# Screen 2: what "Can I join?" asks, and that it is never sent; typed messages the bot did not understand.
# $unplaced_message_days (Number) - days a message the bot did not understand is kept, from facts.yaml
privacy-asked-ask =
    «آیا می‌توانم وارد IGU شوم؟» سن شما، سال‌های شما در دانمارک و نوع اجازه اقامت شما را می‌پرسد. اجازه اقامت می‌تواند نشان دهد اهل کجا هستید. این جواب‌ها در همین گفتگو می‌مانند و هرگز فرستاده نمی‌شوند. پیامی که بات نمی‌فهمد { $unplaced_message_days ->
        [one] { $unplaced_message_days } روز
       *[other] { $unplaced_message_days } روز
    } نگه داشته می‌شود، بدون عدد و بدون ارتباط با شما، تا بات بهتر شود.

# Screen 3: what the form sends, to whom, why, and on what basis (consent).
privacy-sent-ask = فقط با «بله» شما، نام (با حروف لاتین هم)، تلفن یا ایمیل، شهرداری، زبان، نیاز به مترجم، سطح دانمارکی، زمینه کاری و نتیجه «آیا می‌توانم وارد IGU شوم؟» شما را برای بخش کاریابی شهرداری شما می‌فرستیم، فقط برای تماس با شما درباره IGU. مبنای قانونی آن «بله» شماست.

# Screen 4: what "Talk to a person" sends.
privacy-callback-ask = «صحبت با یک نفر»: فقط با «بله» شما، شماره تلفن، شهرداری، زبان و نیاز به مترجم شما را برای بخش کاریابی شهرداری شما می‌فرستیم تا با شما تماس بگیرد. چیز دیگری از گفتگو فرستاده نمی‌شود. در Telegram این را هم می‌فرستیم که آیا اجازه داریم یک بار از شما احوال بپرسیم.

# Screen 5: what "Send question to municipality" sends.
privacy-question-ask = «ارسال سؤالم به شهرداری»: اگر بات منظور شما را نفهمید، می‌توانید آنچه نوشته‌اید را بفرستید. فقط با «بله» شما، سؤال شما را همان‌طور که نوشته‌اید، همراه با شماره تلفن، شهرداری، زبان و نیاز به مترجم شما می‌فرستیم تا شهرداری با شما تماس بگیرد.

# Screen 6: how long.
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

# Screen 7: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from the configuration (see screen 1)
# $controller_contact (String) - how to reach them (an e-mail address, phone number or web page), from the configuration ([privacy] contact), or privacy-contact-unset
privacy-rights-ask = حق دارید اطلاعات خود را ببینید، اصلاح کنید و پاک کنید. از { $controller } بپرسید: { $controller_contact }. درباره آنچه شهرداری دریافت کرده از شهرداری خود بپرسید. می‌توانید به Datatilsynet، سازمان حفاظت از داده‌های دانمارک (datatilsynet.dk)، شکایت کنید.

# Shown instead of $controller and $controller_contact while the configuration does not set them.
privacy-controller-unset = سازمانی که این گفتگو را اداره می‌کند (هنوز اینجا نام برده نشده)
privacy-contact-unset = /forget همه چیز را اینجا پاک می‌کند
privacy-forget-ask = آیا می‌خواهید همه چیزهایی را که درباره شما ذخیره کرده‌ایم پاک کنید؟ این کار برگشت ندارد. اگر شهرداری شما قبلاً با شما تماس گرفته است، می‌توانید از آن‌ها هم بخواهید اطلاعات شما را پاک کنند.
privacy-forget-done = انجام شد. همه چیزهایی که درباره شما ذخیره کرده بودیم پاک شد. برای شروع دوباره، هر چیزی بنویسید.

## Buttons (at most 30 characters)

privacy-button-forget = پاک کردن اطلاعاتم
privacy-button-forget-yes = بله، پاک شود
privacy-button-forget-no = نه، نگه داشته شود
privacy-button-next = بعدی
