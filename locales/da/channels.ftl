### Beskeder som kanalerne (web, Telegram) og motoren siger uden for et flow.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

common-old-button = Den knap hører til et tidligere spørgsmål. Her er vi nu:

## Telegram

telegram-groups-declined = Hej! Jeg taler kun med én person ad gangen, i en privat chat. Åbn en chat med mig, og skriv til mig der.
common-use-text = Undskyld, jeg kan kun læse tekst. Skriv dit svar, eller tryk på en af knapperne.
# Asks again, briefly, with the question's buttons, after the bot's own words (help, a reason, not understood) when the whole question would make the screen too long: the question is just above.
common-reask = Svar gerne på spørgsmålet ovenfor.

## Kommandomenuen i Telegram (knappen "/" ved tekstfeltet). Almindelig tekst, højst 256 tegn hver.

telegram-command-start = Start forfra
telegram-command-menu = Hovedmenu
telegram-command-back = Tilbage til spørgsmålet før
telegram-command-language = Skift sprog
telegram-command-help = Sådan bruger du chatten
telegram-command-human = Tal med et menneske
telegram-command-forget = Slet dine data
