### Flow "privacy" in Dari (prs): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# Dari uses the singular noun after a number, so both variants are the same.
privacy-start-notice =
    معلومات شما: ما جواب‌های شما را فقط وقتی می‌فرستیم که «بلی» بگویید. آن وقت بخش کاریابی شاروالی شما آن‌ها را می‌گیرد تا درباره IGU با شما تماس بگیرد. ما آن‌ها را تا بسته شدن دوسیه شما نگه می‌داریم، و بعد از آن حداکثر { $lead_retention_months ->
        [one] { $lead_retention_months } ماه
       *[other] { $lead_retention_months } ماه
    }. ما هرگز درباره ملیت، دین یا صحت شما سوال نمی‌کنیم.
privacy-start-ask = هر وقت بخواهید، می‌توانید معلومات خود را پاک کنید. /forget را بنویسید یا دکمه را بزنید.
privacy-forget-ask = آیا می‌خواهید همه چیزهایی را که درباره شما ذخیره کرده‌ایم پاک کنید؟ این کار دوباره برگشت ندارد. اگر شاروالی شما قبلاً با شما تماس گرفته است، می‌توانید از آن‌ها هم بخواهید که معلومات شما را پاک کنند.
privacy-forget-done = انجام شد. همه چیزهایی که درباره شما ذخیره کرده بودیم پاک شد. برای شروع دوباره، هر چیزی بنویسید.

## Buttons (at most 30 characters)

privacy-button-forget = پاک کردن معلومات من
privacy-button-forget-yes = بلی، پاک شود
privacy-button-forget-no = نخیر، نگه دارید
