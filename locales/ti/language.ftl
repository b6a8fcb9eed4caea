### Flow "language" in Tigrinya: choosing the language of the conversation.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

language-choose = በጃኹም ቋንቋኹም ምረጹ። ድሒርኩም ክትቕይርዎ ትኽእሉ ኢኹም፦ /language ጽሓፉ።
language-preset = ቋንቋ ኣብ ዝኾነ ግዜ ክትቕይሩ ትኽእሉ ኢኹም፦ /language ጽሓፉ።
