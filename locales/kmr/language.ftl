### Flow "language" (Northern Kurdish, Kurmanji): choosing the language of the conversation.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

language-choose = Ji kerema xwe zimanê xwe hilbijêre. Tu dikarî paşê wê biguherînî: /language binivîse.
language-preset = Tu dikarî her dem ziman biguherînî: /language binivîse.
