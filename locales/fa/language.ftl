### Flow "language" in Persian (fa): choosing the language of the conversation.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

language-choose = لطفاً زبان خود را انتخاب کنید. بعداً می‌توانید آن را تغییر دهید: /language را بنویسید.
language-preset = هر زمان می‌توانید زبان را تغییر دهید: /language را بنویسید.
