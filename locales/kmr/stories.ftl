### Flow "stories" (Northern Kurdish, Kurmanji): short example stories of IGU courses (the idea of "Ugens IGU", 2018). Every story is invented from many courses: no real people, no real companies, no names.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

stories-intro = Li vir çend çîrokên kurt ên nimûne li ser IGU hene. Me ew ji gelek IGU-yan çêkirin. Ew ne li ser mirov an şirketên rastîn in. Her IGU cuda ye.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-warehouse-ask = Nimûne (ne kesekî rastîn): Zilamek li depoya şirketeke veguhestinê kar dike. Ew kelûpelan dipêçe û diguhêze. Di hefteyên kursê de ew beşdarî kursên AMU yên ajotina forkliftê û karê bi ewle bû. Rojekê di hefteyê de ew danîmarkî hîn dibe. Niha ew forkliftê diajo û nîşanî hevkarên nû dide ka çawa.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-parks-ask = Nimûne (ne kesekî rastîn): Jinek li beşa parkan a şaredariyekê kar dike. Ew kulîlkan diçîne, çîtên kesk dibire û rêyan paqij dihêle. Ew beşdarî kursên AMU yên li ser nebatan û makîneyên biçûk bû, û danîmarkî hîn dibe. Ew dibêje: "Niha ez peyvên karê xwe dizanim, û ez bêtir bi tîma xwe re diaxivim."

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-kitchen-ask = Nimûne (ne kesekî rastîn): Zilamek di kantîneyekê de alîkarê metbexê ye. Ew seleteyan çêdike û firaxan dişo. Ew beşdarî kursa AMU ya paqijiya xwarinê û FVU ya xwendin û nivîsandinê bû. Di destpêkê de ew şermok bû. Niha ew bi xwe reçeteyan dixwîne û bi aşpêj re plana seleteyan çêdike.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-shop = Nimûne (ne kesekî rastîn): Dayikek li marketekê kar dike. Ew refan tijî dike û alîkariya mişteriyan dike. Di kursan de danîmarkî û matematîka FVU dixwîne. Hevkarek bi wê re danîmarkî meşq dike. Ew dibêje: "IGU bi zarokên biçûk re zehmet bû, lê şaredariya min di planê de alîkarî da min."

stories-end-ask = Ev nimûne bûn. Dibe ku IGU ji bo te cuda be. Tu niha dixwazî çi bikî?

## Buttons (at most 30 characters)

stories-button-next = Çîroka din
stories-button-topics = Mijarên din
stories-button-first = Çîroka yekem bixwîne
stories-button-interest = Ez eleqedar im
stories-button-join = Ez dikarim beşdar bibim?
