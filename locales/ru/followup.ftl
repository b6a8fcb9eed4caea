### The Telegram check-in (Russian): one message some days after a person sent their answers to the
### municipality, only if they said yes to it (interest-followup-ask). Sent by the Telegram channel.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# The check-in question; the buttons follow.
followup-ask = Здравствуйте, это снова igubot! Несколько дней назад вы отправили свои ответы в службу занятости вашего муниципалитета. Муниципалитет уже связался с вами?

## Buttons (at most 30 characters)

followup-yes = Да, связались
followup-no = Нет, ещё нет

## The answer to a button press

followup-thanks-yes = Спасибо! Удачи с IGU.
followup-thanks-no = Спасибо. Мы напомним муниципалитету.
