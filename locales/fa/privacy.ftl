### Flow "privacy" in Persian (fa): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# Persian uses the singular noun after a number, so both variants are the same.
privacy-start-notice =
    اطلاعات شما: ما جواب‌های شما را فقط وقتی می‌فرستیم که «بله» بگویید. در این صورت، مرکز کاریابی شهرداری شما آن‌ها را می‌گیرد تا درباره IGU با شما تماس بگیرد. ما آن‌ها را تا بسته شدن پرونده شما نگه می‌داریم، و بعد از آن حداکثر { $lead_retention_months ->
        [one] { $lead_retention_months } ماه
       *[other] { $lead_retention_months } ماه
    }. ما هرگز درباره ملیت، دین یا سلامت شما سؤال نمی‌کنیم.
privacy-start-ask = هر وقت بخواهید، می‌توانید اطلاعات خود را پاک کنید. /forget را بنویسید یا روی دکمه بزنید.
privacy-forget-ask = آیا می‌خواهید همه چیزهایی را که درباره شما ذخیره کرده‌ایم پاک کنید؟ این کار برگشت ندارد. اگر شهرداری شما قبلاً با شما تماس گرفته است، می‌توانید از آن‌ها هم بخواهید اطلاعات شما را پاک کنند.
privacy-forget-done = انجام شد. همه چیزهایی که درباره شما ذخیره کرده بودیم پاک شد. برای شروع دوباره، هر چیزی بنویسید.

## Buttons (at most 30 characters)

privacy-button-forget = پاک کردن اطلاعاتم
privacy-button-forget-yes = بله، پاک شود
privacy-button-forget-no = نه، نگه داشته شود
