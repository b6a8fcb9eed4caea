### Flow "language" (Arabic): choosing the language of the conversation.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

language-choose = يرجى اختيار لغتك. يمكنك تغييرها لاحقًا: اكتب /language.
language-preset = يمكنك تغيير اللغة في أي وقت: اكتب /language.
