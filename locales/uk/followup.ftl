### The Telegram check-in (Ukrainian): one message some days after a person sent their answers to the
### municipality, only if they said yes to it (interest-followup-ask). Sent by the Telegram channel.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# The check-in question; the buttons follow.
followup-ask = Вітаю знову, це igubot! Кілька днів тому ви надіслали свої відповіді службі зайнятості вашого муніципалітету. Муніципалітет уже зв’язався з вами?

## Buttons (at most 30 characters)

followup-yes = Так, зв’язалися
followup-no = Ні, ще ні

## The answer to a button press

followup-thanks-yes = Дякуємо! Успіхів вам з IGU.
followup-thanks-no = Дякуємо. Ми нагадаємо муніципалітету.
