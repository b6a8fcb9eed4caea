### Flow "menu" in Persian (fa): the main menu.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

menu-start-ask = چه کاری می‌خواهید انجام دهید؟ من می‌توانم IGU را توضیح دهم، بررسی کنم که آیا شاید برای شما مناسب باشد، و کمک کنم با شهرداری (kommune) خود تماس بگیرید. روی یک دکمه بزنید.

## Menu buttons (at most 30 characters)

menu-button-about = IGU چیست؟
menu-button-eligibility = آیا می‌توانم وارد IGU شوم؟
menu-button-employer = من کارفرما هستم
menu-button-interest = علاقه‌مند هستم
menu-button-privacy = حریم خصوصی
