### Flow "eligibility" in Persian (fa): a first check by buttons. It never says "yes, you can": the company checks papers, the municipality advises.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

eligibility-start-ask = بیایید ببینیم آیا IGU ممکن است برای شما مناسب باشد. 3 سؤال کوتاه می‌پرسم. بدون «بله» شما، چیزی برای کسی فرستاده نمی‌شود. چند سال دارید؟ سن خود را با عدد بنویسید.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
# Persian uses the singular noun after a number, so both variants are the same.
eligibility-years-ask =
    آیا در کل { $years_in_dk_max ->
        [one] { $years_in_dk_max } سال
       *[other] { $years_in_dk_max } سال
    } یا کمتر در دانمارک آدرس (ثبت‌شده در CPR) داشته‌اید؟ همه سال‌هایی را که اینجا آدرس داشته‌اید با هم حساب کنید.

# "Refugee" means every permit the IGU law counts as a refugee's (facts.yaml: refugee_permits):
# asylum, UN quota refugees, humanitarian and other protection permits.
eligibility-basis-ask = چه نوع اجازه اقامتی دارید؟ اگر به عنوان پناهنده سهمیه سازمان ملل آمده‌اید، یا اجازه اقامت بشردوستانه یا حمایتی دیگری دارید، هم «پناهنده» را انتخاب کنید.

## Results

# $age_max (Number) - upper age limit (under), judged when IGU starts, from facts.yaml
# $igu_per_person (Number) - how many IGU courses one person can take (1), from facts.yaml
eligibility-likely =
    خبر خوب: IGU شاید برای شما ممکن باشد. وقتی IGU شروع می‌شود باید کمتر از { $age_max } سال داشته باشید، و هر نفر فقط { $igu_per_person ->
        [one] یک بار
       *[other] { $igu_per_person } بار
    } می‌تواند IGU بگذراند. این جواب نهایی نیست: شرکت و شهرداری شما آن را با شما بررسی می‌کنند.
eligibility-documents = قبل از شروع IGU، شرکت بررسی می‌کند که آیا می‌توانید وارد IGU شوید. یکی از این‌ها را آماده داشته باشید: نامه اجازه اقامت از اداره مهاجرت دانمارک، کارت اقامت، یا گواهی آدرس از CPR (bopælsattest).
eligibility-ukraine = برای اوکراینی‌ها، IGU به یک اجازه اقامت معتبر طبق قانون ویژه (særloven) بستگی دارد. شهرداری شما بررسی می‌کند که آیا اجازه اقامت شما معتبر است و تا چه زمانی. قوانین ممکن است تغییر کنند، پس لطفاً قبل از برنامه‌ریزی بپرسید.
eligibility-next-ask = آیا می‌خواهید شهرداری شما درباره IGU با شما تماس بگیرد؟
eligibility-unsure = اشکالی ندارد. خیلی‌ها مطمئن نیستند. یک نفر از شهرداری شما می‌تواند آن را با شما بررسی کند.

# $age_min (Number) - lowest age to start IGU, from facts.yaml
eligibility-too-young =
    IGU برای کسانی است که وقتی IGU شروع می‌شود، دست‌کم { $age_min ->
        [one] { $age_min } سال
       *[other] { $age_min } سال
    } داشته باشند. پس IGU هنوز برای شما ممکن نیست. شهرداری شما باز هم می‌تواند در کار یا آموزش به شما کمک کند.

# $age_max (Number) - upper age limit (under), from facts.yaml
eligibility-too-old =
    IGU برای کسانی است که وقتی IGU شروع می‌شود، کمتر از { $age_max ->
        [one] { $age_max } سال
       *[other] { $age_max } سال
    } داشته باشند. پس IGU احتمالاً برای شما ممکن نیست. شهرداری شما باز هم می‌تواند کمک کند راه‌های دیگری برای کار پیدا کنید.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-too-long =
    IGU برای کسانی است که حداکثر { $years_in_dk_max ->
        [one] { $years_in_dk_max } سال
       *[other] { $years_in_dk_max } سال
    } در دانمارک آدرس داشته‌اند. پس IGU احتمالاً برای شما ممکن نیست. شهرداری شما باز هم می‌تواند کمک کند راه‌های دیگری برای کار پیدا کنید.

# Shown before the "talk to a person" question: a permit of another name may still count.
eligibility-other-basis = اجازه‌های اقامت نام‌های زیادی دارند، و شاید اجازه شما هم برای IGU حساب شود. یک نفر از شهرداری شما می‌تواند اجازه اقامت شما را با شما بررسی کند.
eligibility-not-ask = آیا می‌خواهید با یک نفر از شهرداری خود صحبت کنید؟

## Buttons (at most 30 characters)

eligibility-button-no-say = ترجیح می‌دهم نگویم
eligibility-button-years-over = نه، بیشتر از این
eligibility-button-not-sure = مطمئن نیستم
eligibility-button-refugee = پناهنده
eligibility-button-family = الحاق خانواده
eligibility-button-ukraine = قانون ویژه اوکراین
eligibility-button-afghan = قانون ویژه افغانستان
eligibility-button-other = اجازه اقامت دیگر
eligibility-button-interest = بله، با من تماس بگیرید
eligibility-button-about = IGU چیست؟
eligibility-button-documents = چه مدارکی لازم دارم؟
