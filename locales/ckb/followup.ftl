### The Telegram check-in in Central Kurdish (Sorani, ckb): one message some days after a person sent their answers to the
### municipality, only if they said yes to it (interest-followup-ask). Sent by the Telegram channel.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# The check-in question; the buttons follow.
followup-ask = سڵاو! igubot دووبارە بۆت دەنووسێت. چەند ڕۆژێک لەمەوبەر وەڵامەکانت بۆ بەشی کاری شارەوانییەکەت نارد. ئایا شارەوانییەکەت تا ئێستا پەیوەندیی بە تۆوە کردووە؟

## Buttons (at most 30 characters)

followup-yes = بەڵێ، پەیوەندییان کردووە
followup-no = نەخێر، هێشتا نا

## The answer to a button press

followup-thanks-yes = سوپاس! هیوادارین لە IGU دا سەرکەوتوو بیت.
followup-thanks-no = سوپاس. ئێمە بیری شارەوانییەکە دەخەینەوە.
