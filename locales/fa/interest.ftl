### Flow "interest" in Persian (fa): the interest form. Only what the municipality needs to contact the person, then consent.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

interest-name-ask = چند سؤال کوتاه می‌پرسم تا شهرداری (kommune) شما بتواند با شما تماس بگیرد. اول: اسم شما چیست؟

interest-name-latin-ask = اسم شما روی کارت اقامت (opholdskort) با حروف لاتین (A, B, C) چطور نوشته شده است؟ اگر نمی‌دانید، روی دکمه بزنید.
# Municipality names are understood in Persian or in Latin letters.
interest-municipality-ask = در کدام شهرداری زندگی می‌کنید؟ نام آن را بنویسید، مثلاً Aarhus یا Odense.
interest-contact-ask = شهرداری شما چطور با شما تماس بگیرد؟
interest-phone-ask = شماره تلفن شما چیست؟ مثلاً 20 12 34 56.
interest-email-ask = آدرس ایمیل شما چیست؟
interest-interpreter-ask = وقتی با شهرداری خود صحبت می‌کنید، مترجم می‌خواهید؟
interest-danish-ask = چقدر دانمارکی صحبت می‌کنید؟ هر جوابی قبول است.
interest-work-ask = چه نوع کاری دوست دارید؟ گزینه‌ای را انتخاب کنید که بیشتر به شما می‌خورد. بعداً می‌توانید درباره کارهای دیگر با شهرداری خود صحبت کنید.

# Asked only on Telegram, after the questions and before the consent question. "Yes" means one
# message some days later (locales/fa/followup.ftl); "no" means none. Do not state a number of days.
interest-followup-ask = آیا igubot می‌تواند چند روز دیگر یک پیام کوتاه همین‌جا برای شما بفرستد، تا بپرسد که شهرداری با شما تماس گرفته است یا نه؟

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the lead's fields), not "your answers".
interest-consent-ask =
    اجازه می‌دهید نام (با حروف لاتین هم)، تلفن یا ایمیل، شهرداری، زبان، نیاز به مترجم، سطح دانمارکی، زمینه کاری و نتیجه «آیا می‌توانم وارد IGU شوم؟» شما را به بخش کاریابی در { $municipality_name } بفرستیم؟ فقط برای تماس با شما درباره IGU. آن‌ها را تا بسته شدن پرونده شما نگه می‌داریم و پس از آن حداکثر { $lead_retention_months ->
        [one] { $lead_retention_months } ماه
       *[other] { $lead_retention_months } ماه
    }.

# $name (String) - the name the person wrote
interest-saved = متشکریم، { $name }! شهرداری شما با شما تماس می‌گیرد تا درباره IGU و این‌که چه چیزی برای شما ممکن است صحبت کند. این پیشنهاد کار نیست: شما و یک شرکت با هم درباره IGU توافق می‌کنید.
interest-not-saved = بسیار خب. چیزی ذخیره نشد. هر وقت خواستید، می‌توانید دوباره از منو فرم را پر کنید.

## Buttons (at most 30 characters)

interest-button-phone = تماس تلفنی
interest-button-sms = پیامک (SMS)
interest-button-email = ایمیل
interest-button-danish-none = هیچ
interest-button-danish-little = کمی
interest-button-danish-good = خوب
interest-button-work-retail = فروشگاه و فروش
interest-button-work-service = نظافت و خدمات
interest-button-work-transport = حمل‌ونقل و انبار
interest-button-work-food = آشپزخانه و غذا
interest-button-work-building = ساختمان و کارهای فنی
interest-button-work-other = کار دیگر
interest-button-name-latin-skip = نمی‌دانم / رد کردن
