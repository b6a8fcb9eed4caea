### Flow "language" (Russian): choosing the language of the conversation.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

language-choose = Пожалуйста, выберите язык. Его можно сменить позже: напишите /language.
language-preset = Язык можно сменить в любой момент: напишите /language.
# Said, above the language buttons, to a first message that names no language the bot can
# tell ("?", an emoji, a number): icons only, the same in every language, so no one is told
# off in a language they may not read. Keep it as it is.
language-choose-again = 🌐 👇
