### QR posters for learners (igubot qr): short, in the learner's language.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

poster-title = IGU: shaqo mushahar leh iyo casharro Af-Deenish
poster-body = Su'aalahaaga igubot ku weydii luqaddaada. Waa bilaash.
poster-telegram = Kamaradda taleefankaaga ku iskaan garee si aad ugu sheekaysato Telegram.
poster-web = Ama ciwaankan ku fur browser-kaaga:
poster-label-telegram = Telegram
poster-label-web = Sheekaysi webka
poster-test = TIJAABO
