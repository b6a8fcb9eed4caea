### Forløbet "menu": hovedmenuen.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

menu-start-ask = Hvad vil du gerne? Jeg kan forklare IGU, se om det måske passer til dig, og hjælpe dig med at komme i kontakt med kommunen. Tryk på en knap.

## Knapper i menuen (højst 30 tegn)

menu-button-about = Hvad er IGU?
menu-button-eligibility = Kan jeg være med?
menu-button-employer = Jeg er arbejdsgiver
menu-button-interest = Jeg er interesseret
menu-button-privacy = Dine data
