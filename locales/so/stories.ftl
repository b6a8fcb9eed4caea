### Flow "stories" in Somali: short example stories of IGU courses (the idea of "Ugens IGU", 2018). Every story is invented from many courses: no real people, no real companies, no names.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

stories-intro = Halkan waxaa ku jira sheekooyin tusaale ah oo gaagaaban oo ku saabsan IGU. Waxaan ka curinnay koorsooyin badan oo IGU ah. Kuma saabsana dad dhab ah ama shirkado dhab ah. IGU kastaa way ka duwan tahay.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-warehouse-ask = Tusaale (qof dhab ah maaha): Nin ayaa ka shaqeeya bakhaarka shirkad gaadiid. Wuxuu xirxiraa oo raraa alaabta. Toddobaadyada koorsada wuxuu qaatay koorsooyin AMU: forklift iyo shaqo ammaan ah. Maalin toddobaadkii wuxuu bartaa Af-Deenish. Hadda forklift-ka ayuu wadaa, shaqaalaha cusubna wuu baraa.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-parks-ask = Tusaale (qof dhab ah maaha): Haweeney ayaa ka shaqaysa beeraha degmo. Waxay beertaa ubax, jartaa dhirta, nadiifisaana jidadka. Waxay qaadatay AMU-ga dhirta iyo mashiinnada yaryar, Af-Deenishna way barataa. Waxay leedahay: "Hadda ereyada shaqadayda waan aqaan, kooxdaydana waan la sii hadlaa."

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-kitchen-ask = Tusaale (qof dhab ah maaha): Nin ayaa kaaliye jiko ka ah maqaayad shaqaale. Wuxuu sameeyaa saladh, weelashana wuu dhaqaa. Wuxuu qaatay AMU nadaafadda cuntada iyo FVU akhris iyo qoraal. Markii hore wuu xishoon jiray. Hadda isagaa akhriya habka cuntada, saladhkana wuxuu la qorsheeyaa kuugga.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-shop = Tusaale (qof dhab ah maaha): Hooyo ayaa suuq weyn khaanadaha ka buuxisa, macaamiishana ka caawisa. Koorsooyinka: Af-Deenish iyo FVU xisaab. Saaxiib shaqo ayay Af-Deenish la celcelisaa. Waxay leedahay: "IGU way adkayd carruur yar awgood, laakiin degmadaydu qorshaynta ayay iga caawisay."

stories-end-ask = Kuwani waxay ahaayeen tusaalooyin. IGU-gaagu wuu ka duwanaan karaa. Maxaad hadda rabtaa inaad samayso?

## Buttons (at most 30 characters)

stories-button-next = Sheekada xigta
stories-button-topics = Mawduucyo kale
stories-button-first = Akhri sheekada koowaad
stories-button-interest = Waan xiisaynayaa
stories-button-join = Ma ku biiri karaa?
