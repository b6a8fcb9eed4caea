### Flow "language" in Central Kurdish (Sorani, ckb): choosing the language of the conversation.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

language-choose = تکایە زمانەکەت هەڵبژێرە. دواتر دەتوانیت بیگۆڕیت: بنووسە /language.
language-preset = دەتوانیت هەر کاتێک زمان بگۆڕیت: بنووسە /language.
