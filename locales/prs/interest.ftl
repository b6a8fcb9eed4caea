### Flow "interest" in Dari (prs): the interest form. Only what the municipality needs to contact the person, then consent.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

interest-name-ask = چند سوال کوتاه می‌پرسم تا شاروالی (kommune) شما بتواند با شما تماس بگیرد. اول: نام شما چیست؟

interest-name-latin-ask = نام شما در کارت اقامت (opholdskort) با حروف لاتین (A, B, C) چطور نوشته شده است؟ اگر نمی‌دانید، دکمه را بزنید.
# Names written in Dari (Arabic script) are understood too: do not ask for Latin letters.
interest-municipality-ask = در کدام شاروالی زندگی می‌کنید؟ نام آن را بنویسید، مثلاً Aarhus یا Odense.
interest-contact-ask = شاروالی شما چطور با شما تماس بگیرد؟
interest-phone-ask = شماره تلفون شما چیست؟ مثلاً 20 12 34 56.
interest-email-ask = آدرس ایمیل شما چیست؟
interest-interpreter-ask = وقتی با شاروالی خود صحبت می‌کنید، ترجمان می‌خواهید؟
interest-danish-ask = چقدر دنمارکی صحبت می‌کنید؟ هر جوابی قبول است.
interest-work-ask = چه نوع کار را دوست دارید؟ یکی را انتخاب کنید که برای شما از همه بهتر است. بعداً می‌توانید با شاروالی خود درباره کارهای دیگر هم صحبت کنید.

# Asked only on Telegram, after the questions and before the consent question. "Yes" means one
# message some days later (locales/prs/followup.ftl); "no" means none. Do not state a number of days.
interest-followup-ask = آیا igubot می‌تواند بعد از چند روز یک پیام کوتاه در اینجا به شما بفرستد، تا بپرسد که شاروالی با شما تماس گرفته است یا نه؟

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the lead's fields), not "your answers".
interest-consent-ask =
    اجازه می‌دهید نام (به حروف لاتین هم)، تلفون یا ایمیل، شاروالی، زبان، ضرورت به ترجمان، سطح دنمارکی، ساحه کاری و نتیجه «آیا می‌توانم شامل شوم؟» شما را به بخش کاریابی در { $municipality_name } بفرستیم؟ فقط برای تماس با شما درباره IGU. آن را تا بسته شدن دوسیه شما نگه می‌داریم، و بعد از آن حداکثر { $lead_retention_months ->
        [one] { $lead_retention_months } ماه
       *[other] { $lead_retention_months } ماه
    }.

# $name (String) - the name the person wrote
interest-saved = تشکر، { $name }! شاروالی شما با شما تماس می‌گیرد تا درباره IGU و چیزهایی که برای شما ممکن است صحبت کند. این پیشنهاد کار نیست: شما و یک شرکت با هم درباره IGU توافق می‌کنید.
interest-not-saved = درست است. چیزی ذخیره نشد. هر وقت بخواهید، می‌توانید فورم را دوباره از مینو پر کنید.

## Buttons (at most 30 characters)

interest-button-phone = تماس تلفونی
interest-button-sms = پیام کوتاه (SMS)
interest-button-email = ایمیل
interest-button-danish-none = هیچ
interest-button-danish-little = کمی
interest-button-danish-good = خوب
interest-button-work-retail = دکان و فروش
interest-button-work-service = پاک‌کاری و خدمات
interest-button-work-transport = ترانسپورت و گدام
interest-button-work-food = آشپزخانه و غذا
interest-button-work-building = ساختمان‌سازی و کار فنی
interest-button-work-other = کار دیگر
interest-button-name-latin-skip = نمی‌دانم / رد شدن
