### Flow "menu" in Tigrinya: the main menu.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

menu-start-ask = እንታይ ክትገብሩ ትደልዩ? IGU ክገልጸልኩም፣ ምናልባት ይሰማማዓኩም እንተኾይኑ ክፍትሽ፣ ከምኡ'ውን ምስ ምምሕዳር ከተማኹም (kommune) ክትራኸቡ ክሕግዘኩም እኽእል እየ። ሓደ መልጎም ጠውቑ።

## Menu buttons (at most 30 characters)

menu-button-about = IGU እንታይ እዩ?
menu-button-eligibility = ክሳተፍ ይኽእል ዶ?
menu-button-employer = ኣነ ወሃቢ ስራሕ እየ
menu-button-interest = ድሌት ኣለኒ
menu-button-privacy = ብሕትውነት
