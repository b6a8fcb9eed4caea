### The Telegram check-in in Tigrinya: one message some days after a person sent their answers to the
### municipality, only if they said yes to it (interest-followup-ask). Sent by the Telegram channel.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# The check-in question; the buttons follow.
followup-ask = ሰላም! igubot ደጊሙ ይጽሕፈልኩም ኣሎ። ቅድሚ ገለ መዓልታት መልስታትኩም ናብ ኣገልግሎት ስራሕ ናይ ምምሕዳር ከተማኹም ሰዲድኩም። ምምሕዳር ከተማኹም ክሳብ ሕጂ ምሳኹም ተራኺቡ ድዩ?

## Buttons (at most 30 characters)

followup-yes = እወ፣ ተራኺቦም
followup-no = ኣይፋል፣ ገና

## The answer to a button press

followup-thanks-yes = የቐንየልና! ኣብ IGU ጽቡቕ ዕድል ንምነየልኩም።
followup-thanks-no = የቐንየልና። ንምምሕዳር ከተማኹም ከነዘኻኽሮ ኢና።
