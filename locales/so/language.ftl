### Flow "language" in Somali: choosing the language of the conversation.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

language-choose = Fadlan dooro luqaddaada. Mar dambe waad beddeli kartaa: qor /language.
language-preset = Waqti kasta waad beddeli kartaa luqadda: qor /language.
