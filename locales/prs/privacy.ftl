### Flow "privacy" in Dari (prs): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the operator or municipality named in the configuration ([privacy] controller), or privacy-controller-unset
privacy-start-ask = معلومات شما. مسئول معلومات شما: { $controller }. وقتی گفتگو می‌کنید، زبان و جواب‌های شما را نگه می‌داریم تا گفتگو کار کند. ما هرگز درباره دین یا صحت شما سوال نمی‌کنیم. صفحه‌های بعدی می‌گویند چه می‌پرسیم، چه می‌فرستیم، چقدر نگه می‌داریم و حقوق شما چیست.

# Screen 2: what "Can I join?" asks, and that it is never sent; typed messages the bot did not understand.
# $unplaced_message_days (Number) - days a message the bot did not understand is kept, from facts.yaml
privacy-asked-ask =
    «آیا می‌توانم شامل شوم؟» سن شما، سال‌های شما در دنمارک و نوع اجازه اقامت شما را می‌پرسد. اجازه اقامت می‌تواند نشان دهد از کجا آمده‌اید. این جواب‌ها در همین گفتگو می‌مانند و هرگز فرستاده نمی‌شوند. پیامی که بات نمی‌فهمد { $unplaced_message_days ->
        [one] { $unplaced_message_days } روز
       *[other] { $unplaced_message_days } روز
    } نگه داشته می‌شود، بدون اعداد و بدون ارتباط با شما، تا بات بهتر شود.

# Screen 3: what the form sends, to whom, why, and on what basis (consent).
privacy-sent-ask = فقط با «بلی» شما، نام (به حروف لاتین هم)، تلفون یا ایمیل، شاروالی، زبان، ضرورت به ترجمان، سطح دنمارکی، ساحه کاری و نتیجه «آیا می‌توانم شامل شوم؟» شما را به بخش کاریابی شاروالی شما می‌فرستیم، فقط برای تماس با شما درباره IGU. اساس قانونی آن «بلی» شماست.

# Screen 4: what "Talk to a person" sends.
privacy-callback-ask = «صحبت با یک شخص»: فقط با «بلی» شما، شماره تلفون، شاروالی، زبان و ضرورت به ترجمان شما را به بخش کاریابی شاروالی شما می‌فرستیم تا به شما زنگ بزند. چیز دیگری از گفتگو فرستاده نمی‌شود. در Telegram این را هم می‌فرستیم که آیا اجازه داریم یک بار از شما احوال بپرسیم.

# Screen 5: what "Send question to municipality" sends.
privacy-question-ask = «فرستادن سوالم به شاروالی»: اگر بات منظور شما را نفهمید، می‌توانید آنچه نوشته‌اید را بفرستید. فقط با «بلی» شما، سوال شما را همان‌طور که نوشته‌اید، همراه با شماره تلفون، شاروالی، زبان و ضرورت به ترجمان شما می‌فرستیم تا شاروالی به شما زنگ بزند.

# Screen 6: how long.
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

# Screen 7: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from the configuration (see screen 1)
# $controller_contact (String) - how to reach them (an e-mail address, phone number or web page), from the configuration ([privacy] contact), or privacy-contact-unset
privacy-rights-ask = حق دارید معلومات خود را ببینید، اصلاح کنید و پاک کنید. از { $controller } بپرسید: { $controller_contact }. درباره آنچه شاروالی گرفته است از شاروالی خود بپرسید. می‌توانید به Datatilsynet، اداره حفاظت معلومات دنمارک (datatilsynet.dk)، شکایت کنید.

# Shown instead of $controller and $controller_contact while the configuration does not set them.
privacy-controller-unset = اداره‌ای که این گفتگو را پیش می‌برد (هنوز اینجا نام برده نشده)
privacy-contact-unset = /forget همه چیز را اینجا پاک می‌کند
privacy-forget-ask = آیا می‌خواهید همه چیزهایی را که درباره شما ذخیره کرده‌ایم پاک کنید؟ این کار دوباره برگشت ندارد. اگر شاروالی شما قبلاً با شما تماس گرفته است، می‌توانید از آن‌ها هم بخواهید که معلومات شما را پاک کنند.
privacy-forget-done = انجام شد. همه چیزهایی که درباره شما ذخیره کرده بودیم پاک شد. برای شروع دوباره، هر چیزی بنویسید.

## Buttons (at most 30 characters)

privacy-button-forget = پاک کردن معلومات من
privacy-button-forget-yes = بلی، پاک شود
privacy-button-forget-no = نخیر، نگه دارید
privacy-button-next = بعدی
