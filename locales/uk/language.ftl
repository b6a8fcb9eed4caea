### Flow "language" (Ukrainian): choosing the language of the conversation.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

language-choose = Будь ласка, виберіть мову. Її можна змінити пізніше: напишіть /language.
language-preset = Мову можна змінити будь-коли: напишіть /language.
