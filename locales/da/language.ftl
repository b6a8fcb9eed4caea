### Forløbet "language": valg af sprog i samtalen.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

language-choose = Vælg dit sprog. Du kan skifte senere: skriv /language.
language-preset = Du kan altid skifte sprog: skriv /language.
# Said, above the language buttons, to a first message that names no language the bot can
# tell ("?", an emoji, a number): icons only, the same in every language, so no one is told
# off in a language they may not read. Keep it as it is.
language-choose-again = 🌐 👇
