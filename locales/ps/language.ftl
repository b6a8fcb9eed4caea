### Flow "language" in Pashto (ps): choosing the language of the conversation.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

language-choose = مهرباني وکړئ خپله ژبه وټاکئ. وروسته یې بدلولای شئ: /language ولیکئ.
language-preset = تاسو هر وخت ژبه بدلولای شئ: /language ولیکئ.
