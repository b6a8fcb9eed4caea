### Flow "language" (Russian): choosing the language of the conversation.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

language-choose = Пожалуйста, выберите язык. Его можно сменить позже: напишите /language.
language-preset = Язык можно сменить в любой момент: напишите /language.
