### Flow "language" in Tigrinya: choosing the language of the conversation.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

language-choose = በጃኹም ቋንቋኹም ምረጹ። ድሒርኩም ክትቕይርዎ ትኽእሉ ኢኹም፦ /language ጽሓፉ።
language-preset = ቋንቋ ኣብ ዝኾነ ግዜ ክትቕይሩ ትኽእሉ ኢኹም፦ /language ጽሓፉ።
# Said, above the language buttons, to a first message that names no language the bot can
# tell ("?", an emoji, a number): icons only, the same in every language, so no one is told
# off in a language they may not read. Keep it as it is.
language-choose-again = 🌐 👇
