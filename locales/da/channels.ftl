### Beskeder som kanalerne (web, Telegram) og motoren siger uden for et flow.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

common-old-button = Den knap hører til et tidligere spørgsmål. Her er vi nu:
