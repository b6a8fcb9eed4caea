### QR posters for learners (igubot qr), in Tigrinya: short.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

poster-title = IGU፦ ደሞዝ ዘለዎ ስራሕን ትምህርቲ ቋንቋ ዴንማርክን
poster-body = ሕቶታትኩም ብቋንቋኹም ናብ igubot ጽሓፉ። ብናጻ እዩ።
poster-telegram = ኣብ Telegram ንምዝርራብ፣ ብካሜራ ተሌፎንኩም ስካን ግበሩ።
poster-web = ወይ ነዚ ኣድራሻ ኣብ ብራውዘርኩም (browser) ክፈቱ፦
poster-label-telegram = Telegram
poster-label-web = ቻት ብመርበብ
poster-test = ፈተና
