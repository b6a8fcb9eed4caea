### Shared messages of igubot in Persian (fa): buttons, help, and the reasons shown when an answer is not valid.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

## Buttons used in many flows

common-yes = بله
common-no = نه
common-menu = منوی اصلی
common-offer-human = صحبت با یک نفر
# A form's municipality question when the link the person came by (a poster's) named one.
# $hint_municipality_name (String) - that municipality's Danish name, e.g. Aarhus
common-municipality-hint-ask = آیا در { $hint_municipality_name } زندگی می‌کنید؟
common-button-other-municipality = نه، شهرداری دیگر

## Replies to typed messages

# Said before 2 or 3 buttons, each a topic the message may be about, and "Talk to a person".
common-did-you-mean = منظورتان یکی از این‌هاست؟
common-not-understood = ببخشید، متوجه نشدم. می‌توانم IGU را توضیح دهم، بررسی کنم که آیا می‌توانید شرکت کنید، و علاقهٔ شما را به شهرداری (kommune) خود برسانم. با چند کلمه بپرسید یا یک دکمه را بزنید.
common-hello = سلام! 👋
common-welcome = خواهش می‌کنم!
common-ack = 👍
# Never shown: words that, typed as the whole message at a question that waits for typed
# text (a name, a phone number), leave the form for the main menu. Comma-separated; add the
# words people of this language type to stop (English and Danish ones work in every language).
common-stop-words = توقف, لغو, خروج, بسه, کافیه
# A button after typed messages the bot could not place (at most 30 characters).
common-send-question = ارسال سؤالم به شهرداری

## Messages the engine can show on any step

common-help =
    برای جواب دادن، روی یک دکمه بزنید. این کلمه‌ها را هم می‌توانید بنویسید:
    /menu – منوی اصلی
    /back – سؤال قبلی
    /language – تغییر زبان
    /human – صحبت با یک نفر
    /forget – پاک کردن اطلاعات شما
common-error = متأسفیم، مشکلی پیش آمد. لطفاً دوباره امتحان کنید، یا برای شروع دوباره /menu را بنویسید.
common-resume = این گفتگو به‌روز شد. از همان جایی که بودید ادامه می‌دهیم.
common-ended = دوباره خوش آمدید! این منوی اصلی است.
common-form-already-sent = این فرم قبلاً فرستاده شده است. پاسخ‌های شما دیگر در این گفتگو نگه داشته نمی‌شوند. برای فرستادن فرم تازه، آن را دوباره از منو انتخاب کنید.

## Reasons for an answer that is not valid (the question is then asked again)

error-empty = لطفاً یک جواب بنویسید.
# $max_length (Number) - the most characters the answer may have
# Persian uses the singular noun after a number, so both variants are the same.
error-too-long =
    این خیلی طولانی است. لطفاً حداکثر { $max_length ->
        [one] { $max_length } حرف
       *[other] { $max_length } حرف
    } بنویسید.
error-number = لطفاً یک عدد با رقم بنویسید، مثلاً 3.
# $minimum (Number) - the smallest number allowed
# $maximum (Number) - the biggest number allowed
error-number-range = لطفاً یک عدد از { $minimum } تا { $maximum } بنویسید.
error-age = لطفاً سن خود را با عدد بنویسید، مثلاً 34.
error-phone = این شبیه شماره تلفن نیست. لطفاً آن را این‌طور بنویسید: 20 12 34 56
error-email = این شبیه آدرس ایمیل نیست. لطفاً آن را این‌طور بنویسید: name@example.com
# Municipality names are understood in Persian or in Latin letters.
error-municipality = این شهرداری را پیدا نکردم. لطفاً نام آن را بنویسید، مثلاً «Aarhus»، یا شماره آن را، مثلاً 751.
error-latin = لطفاً اسم خود را با حروف لاتین (A, B, C) مثل کارت اقامت بنویسید، یا برای رد کردن روی دکمه بزنید.
error-choose = لطفاً روی یکی از دکمه‌ها بزنید.

## Check before consent: a consent question first shows what it sends, one answer a line

common-review = لطفاً پاسخ‌های خود را بررسی کنید:
common-review-line = { $label }: { $value }
common-review-ok = همه درست است
common-review-change = تغییر یک پاسخ
common-review-which = کدام پاسخ را می‌خواهید تغییر دهید؟
common-review-send = بله، بفرست

## The answers' labels in that list and on their buttons (at most 30 characters)

review-field-name = نام
review-field-municipality = شهرداری
review-field-contact = تماس از طریق
review-field-phone = تلفن
review-field-email = ایمیل
review-field-interpreter = مترجم
review-field-danish_level = زبان دانمارکی
review-field-work_area = کار
review-field-followup_ok = پیام پس از چند روز
review-field-question = سؤال شما
review-field-company = شرکت
review-field-name_latin = اسم با حروف لاتین
review-field-eligibility = نتیجه «آیا می‌توانم وارد IGU شوم؟»
review-field-eligibility-likely = شاید IGU ممکن باشد
review-field-eligibility-ukraine = بستگی به اجازه اقامت دارد
review-field-eligibility-unsure = هنوز مطمئن نیستم
review-field-eligibility-not_eligible = احتمالاً ممکن نیست
