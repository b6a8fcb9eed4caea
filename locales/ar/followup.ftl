### The Telegram check-in (Arabic): one message some days after a person sent their answers to the
### municipality, only if they said yes to it (interest-followup-ask). Sent by the Telegram channel.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# The check-in question; the buttons follow.
followup-ask = مرحبًا مرة أخرى، هنا igubot! قبل بضعة أيام أرسلت إجاباتك إلى قسم التوظيف في بلديتك. هل تواصلت معك البلدية حتى الآن؟

## Buttons (at most 30 characters)

followup-yes = نعم، تواصلوا معي
followup-no = لا، ليس بعد

## The answer to a button press

followup-thanks-yes = شكرًا لك! بالتوفيق في IGU.
followup-thanks-no = شكرًا لك. سنذكّر البلدية بذلك.
