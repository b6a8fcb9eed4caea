### The Telegram check-in in Persian (fa): one message some days after a person sent their answers to the
### municipality, only if they said yes to it (interest-followup-ask). Sent by the Telegram channel.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# The check-in question; the buttons follow.
followup-ask = سلام دوباره از igubot! چند روز پیش جواب‌های خود را برای بخش کاریابی شهرداری خود فرستادید. آیا شهرداری تا حالا با شما تماس گرفته است؟

## Buttons (at most 30 characters)

followup-yes = بله، تماس گرفته‌اند
followup-no = نه، هنوز نه

## The answer to a button press

followup-thanks-yes = متشکریم! در IGU موفق باشید.
followup-thanks-no = متشکریم. ما به شهرداری یادآوری می‌کنیم.
