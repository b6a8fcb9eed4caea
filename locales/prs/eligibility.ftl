### Flow "eligibility" in Dari (prs): a first check by buttons. It never says "yes, you can": the company checks papers, the municipality advises.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Dari uses the singular noun after a number, so the [one] and [other] variants are the same.

eligibility-start-ask = بیایید ببینیم که آیا IGU شاید برای شما مناسب باشد. سه سوال کوتاه می‌پرسم. بدون «بلی» شما، چیزی به کسی فرستاده نمی‌شود. چند سال عمر دارید؟ عمر خود را با عدد بنویسید.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-years-ask =
    آیا { $years_in_dk_max ->
        [one] { $years_in_dk_max } سال
       *[other] { $years_in_dk_max } سال
    } یا کمتر در دنمارک آدرس (ثبت‌شده در CPR) داشته‌اید؟ همه سال‌هایی را که اینجا آدرس داشتید با هم حساب کنید.

# "Refugee" means every permit the IGU law counts as a refugee's (facts.yaml: refugee_permits):
# asylum, UN quota refugees, humanitarian and other protection permits.
eligibility-basis-ask = شما چه نوع اجازه اقامت دارید؟ اگر به حیث پناهنده سهمیه ملل متحد آمده‌اید، یا اجازه اقامت بشردوستانه یا حمایتی دیگر دارید، هم «پناهنده» را انتخاب کنید.

## Results

# $age_max (Number) - upper age limit (under), judged when IGU starts, from facts.yaml
# $igu_per_person (Number) - how many IGU courses one person can take (1), from facts.yaml
eligibility-likely =
    خبر خوش: IGU شاید برای شما ممکن باشد. وقتی IGU شروع می‌شود باید کمتر از { $age_max } سال عمر داشته باشید، و هر نفر فقط { $igu_per_person ->
        [one] یک بار
       *[other] { $igu_per_person } بار
    } می‌تواند IGU را بگذراند. این جواب نهایی نیست: شرکت و شاروالی شما آن را با شما بررسی می‌کنند.
eligibility-documents = پیش از شروع IGU، شرکت بررسی می‌کند که آیا شما می‌توانید شامل شوید. یکی از این‌ها را آماده داشته باشید: نامه اجازه اقامت از اداره مهاجرت دنمارک، کارت اقامت، یا سند آدرس از CPR (bopælsattest).
eligibility-ukraine = برای اوکراینی‌ها، IGU به یک اجازه اقامت معتبر طبق قانون خاص (særloven) بستگی دارد. شاروالی شما بررسی می‌کند که آیا اجازه اقامت شما معتبر است و تا چه وقت. قوانین شاید تغییر کنند، پس لطفاً پیش از این که پلان بسازید، بپرسید.
eligibility-next-ask = آیا می‌خواهید شاروالی شما درباره IGU با شما تماس بگیرد؟
eligibility-unsure = مشکلی نیست. بسیاری از مردم مطمئن نیستند. یک شخص از شاروالی شما می‌تواند آن را با شما بررسی کند.

# $age_min (Number) - lowest age to start IGU, from facts.yaml
eligibility-too-young =
    IGU برای کسانی است که در وقت شروع IGU دست‌کم { $age_min ->
        [one] { $age_min } سال
       *[other] { $age_min } سال
    } عمر داشته باشند. پس IGU هنوز برای شما ممکن نیست. شاروالی شما باز هم می‌تواند در کار یا درس به شما کمک کند.

# $age_max (Number) - upper age limit (under), from facts.yaml
eligibility-too-old =
    IGU برای کسانی است که در وقت شروع IGU کمتر از { $age_max ->
        [one] { $age_max } سال
       *[other] { $age_max } سال
    } عمر داشته باشند. پس IGU احتمالاً برای شما ممکن نیست. شاروالی شما باز هم می‌تواند کمک کند که راه‌های دیگری به سوی کار پیدا کنید.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-too-long =
    IGU برای کسانی است که تا { $years_in_dk_max ->
        [one] { $years_in_dk_max } سال
       *[other] { $years_in_dk_max } سال
    } در دنمارک آدرس داشته‌اند. پس IGU احتمالاً برای شما ممکن نیست. شاروالی شما باز هم می‌تواند کمک کند که راه‌های دیگری به سوی کار پیدا کنید.

# Shown before the "talk to a person" question: a permit of another name may still count.
eligibility-other-basis = اجازه‌های اقامت نام‌های زیادی دارند، و شاید اجازه شما هم برای IGU حساب شود. یک نفر از شاروالی شما می‌تواند اجازه اقامت شما را با شما بررسی کند.
eligibility-not-ask = آیا می‌خواهید با یک شخص از شاروالی خود صحبت کنید؟

## Buttons (at most 30 characters)

eligibility-button-no-say = نمی‌خواهم بگویم
eligibility-button-years-over = نخیر، بیشتر از این
eligibility-button-not-sure = مطمئن نیستم
eligibility-button-refugee = پناهنده
eligibility-button-family = یکجا شدن با خانواده
eligibility-button-ukraine = قانون خاص اوکراین
eligibility-button-afghan = قانون خاص افغانستان
eligibility-button-other = اجازه اقامت دیگر
eligibility-button-interest = بلی، با من تماس بگیرید
eligibility-button-about = IGU چیست؟
eligibility-button-documents = کدام اسناد لازم است؟
