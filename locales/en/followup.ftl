### The Telegram check-in: one message some days after a person sent their answers to the
### municipality, only if they said yes to it (interest-followup-ask). Sent by the Telegram channel.
### Review status: source

# The check-in question; the buttons follow.
followup-ask = Hello again from igubot! Some days ago you sent your answers to the employment service of your municipality. Has the municipality contacted you yet?

## Buttons (at most 30 characters)

followup-yes = Yes, they have
followup-no = No, not yet

## The answer to a button press

followup-thanks-yes = Thank you! Good luck with IGU.
followup-thanks-no = Thank you. We will remind the municipality.
