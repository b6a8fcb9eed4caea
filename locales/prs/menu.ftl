### Flow "menu" in Dari (prs): the main menu.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

menu-start-ask = چه کاری می‌خواهید بکنید؟ من می‌توانم IGU را توضیح بدهم، بررسی کنم که آیا شاید برای شما مناسب باشد، و کمک کنم که با شاروالی (kommune) خود تماس بگیرید. یک دکمه را بزنید.

## Menu buttons (at most 30 characters)

menu-button-about = IGU چیست؟
menu-button-eligibility = آیا می‌توانم شامل شوم؟
menu-button-employer = من کارفرما هستم
menu-button-interest = علاقه دارم
menu-button-privacy = حریم خصوصی
