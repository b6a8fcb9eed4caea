### Shared messages of igubot in Dari (prs): buttons, help, and the reasons shown when an answer is not valid.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

## Buttons used in many flows

common-yes = بلی
common-no = نخیر
common-menu = مینوی اصلی
common-offer-human = صحبت با یک شخص
# A form's municipality question when the link the person came by (a poster's) named one.
# $hint_municipality_name (String) - that municipality's Danish name, e.g. Aarhus
common-municipality-hint-ask = آیا در { $hint_municipality_name } زندگی می‌کنید؟
common-button-other-municipality = نه، شاروالی دیگر

## Replies to typed messages

# Said before 2 or 3 buttons, each a topic the message may be about, and "Talk to a person".
common-did-you-mean = آیا منظور تان یکی از این‌ها است؟
common-not-understood = ببخشید، این را نفهمیدم. من می‌توانم IGU را توضیح بدهم، بررسی کنم که آیا می‌توانید شرکت کنید، و علاقهٔ شما را به شاروالی (kommune) تان برسانم. با چند کلمه بپرسید، یا یک دکمه را بزنید.
common-hello = سلام! 👋
common-welcome = خواهش می‌کنم!
common-ack = 👍
# Never shown: words that, typed as the whole message at a question that waits for typed
# text (a name, a phone number), leave the form for the main menu. Comma-separated; add the
# words people of this language type to stop (English and Danish ones work in every language).
common-stop-words = توقف, لغو, خروج, بس است, بس کو
# A button after typed messages the bot could not place (at most 30 characters).
common-send-question = فرستادن سوالم به شاروالی

## Messages the engine can show on any step

common-help =
    برای جواب دادن، یک دکمه را بزنید. این کلمه‌ها را هم می‌توانید بنویسید:
    /menu – مینوی اصلی
    /back – سوال قبلی
    /language – تغییر زبان
    /human – صحبت با یک شخص
    /forget – پاک کردن معلومات شما
common-error = معذرت می‌خواهیم، مشکلی پیش آمد. لطفاً دوباره کوشش کنید، یا برای شروع دوباره /menu را بنویسید.
common-resume = این گفتگو به‌روز شد. از همان جایی که بودید ادامه می‌دهیم.
common-ended = دوباره خوش آمدید! این مینوی اصلی است.
common-form-already-sent = این فورم قبلاً فرستاده شده است. جواب‌های شما دیگر در این چت نگه داشته نمی‌شوند. برای فرستادن فورم نو، آن را دوباره از مینو انتخاب کنید.

## Reasons for an answer that is not valid (the question is then asked again)

error-empty = لطفاً یک جواب بنویسید.
# $max_length (Number) - the most characters the answer may have
# Dari uses the singular noun after a number, so both variants are the same.
error-too-long =
    این بسیار طولانی است. لطفاً بیشتر از { $max_length ->
        [one] { $max_length } حرف
       *[other] { $max_length } حرف
    } ننویسید.
error-number = لطفاً یک عدد را با رقم بنویسید، مثلاً 3.
# $minimum (Number) - the smallest number allowed
# $maximum (Number) - the biggest number allowed
error-number-range = لطفاً یک عدد از { $minimum } تا { $maximum } بنویسید.
error-age = لطفاً عمر خود را با عدد بنویسید، مثلاً 34.
error-phone = این شماره تلفون به نظر نمی‌رسد. لطفاً آن را این طور بنویسید: 20 12 34 56
error-email = این آدرس ایمیل به نظر نمی‌رسد. لطفاً آن را این طور بنویسید: name@example.com
# Names written in Dari (Arabic script) are understood too: do not ask for Latin letters.
error-municipality = این شاروالی را پیدا نکردم. لطفاً نام آن را بنویسید، مثلاً «Aarhus»، یا شماره آن را، مثلاً 751.
error-latin = لطفاً نام خود را با حروف لاتین (A, B, C) مانند کارت اقامت بنویسید، یا برای رد شدن دکمه را بزنید.
error-choose = لطفاً یکی از دکمه‌ها را بزنید.

## Check before consent: a consent question first shows what it sends, one answer a line

common-review = لطفاً جواب‌های خود را بررسی کنید:
common-review-line = { $label }: { $value }
common-review-ok = همه درست است
common-review-change = تغییر یک جواب
common-review-which = کدام جواب را می‌خواهید تغییر دهید؟
common-review-send = بلی، بفرستید

## The answers' labels in that list and on their buttons (at most 30 characters)

review-field-name = نام
review-field-municipality = شاروالی
review-field-contact = تماس از طریق
review-field-phone = تلفون
review-field-email = ایمیل
review-field-interpreter = ترجمان
review-field-danish_level = زبان دنمارکی
review-field-work_area = کار
review-field-followup_ok = پیام پس از چند روز
review-field-question = سوال شما
review-field-company = شرکت
review-field-name_latin = نام به حروف لاتین
review-field-eligibility = نتیجه «آیا می‌توانم شامل شوم؟»
review-field-eligibility-likely = شاید IGU ممکن باشد
review-field-eligibility-ukraine = بستگی به اجازه اقامت دارد
review-field-eligibility-unsure = هنوز مطمئن نیستم
review-field-eligibility-not_eligible = احتمالاً ممکن نیست
