### Flow "language" (Ukrainian): choosing the language of the conversation.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

language-choose = Будь ласка, виберіть мову. Її можна змінити пізніше: напишіть /language.
language-preset = Мову можна змінити будь-коли: напишіть /language.
# Said, above the language buttons, to a first message that names no language the bot can
# tell ("?", an emoji, a number): icons only, the same in every language, so no one is told
# off in a language they may not read. Keep it as it is.
language-choose-again = 🌐 👇
