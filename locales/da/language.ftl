### Forløbet "language": valg af sprog i samtalen.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

language-choose = Vælg dit sprog. Du kan skifte senere: skriv /language.
language-preset = Du kan altid skifte sprog: skriv /language.
