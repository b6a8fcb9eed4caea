### Forløbet "stories": korte eksempler på IGU-forløb (idéen fra "Ugens IGU", 2018). Hvert eksempel er sat sammen af mange forløb: ingen rigtige personer, ingen rigtige virksomheder, ingen navne.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

stories-intro = Her er nogle korte eksempler på IGU-forløb. Vi har sat dem sammen ud fra mange IGU-forløb. De handler ikke om rigtige personer eller rigtige virksomheder. Alle IGU-forløb er forskellige.

# Behold mærket "Eksempel (ikke en rigtig person):" i starten af hvert eksempel.
stories-warehouse-ask = Eksempel (ikke en rigtig person): En mand arbejder på lageret i et transportfirma. Han pakker og flytter varer. I sine kursusuger tog han AMU-kurser i truckkørsel og sikkert arbejde. En dag om ugen lærer han dansk. Nu kører han selv truck og viser nye kolleger hvordan.

# Behold mærket "Eksempel (ikke en rigtig person):" i starten af hvert eksempel.
stories-parks-ask = Eksempel (ikke en rigtig person): En kvinde arbejder i parkafdelingen i en kommune. Hun planter blomster, klipper hække og holder stierne rene. Hun tog AMU-kurser om planter og små maskiner, og hun lærer dansk. Hun siger: "Nu kender jeg ordene for mit arbejde, og jeg taler mere med mit hold."

# Behold mærket "Eksempel (ikke en rigtig person):" i starten af hvert eksempel.
stories-kitchen-ask = Eksempel (ikke en rigtig person): En mand er køkkenmedhjælper i en kantine. Han laver salater og vasker op. I sine kursusuger tog han et AMU-kursus i hygiejne og FVU læsning og skrivning. I starten var han genert. Nu læser han selv opskrifterne og planlægger salaterne med kokken.

# Behold mærket "Eksempel (ikke en rigtig person):" i starten af hvert eksempel.
stories-shop = Eksempel (ikke en rigtig person): En mor arbejder i et supermarked. Hun fylder hylder op og hjælper kunder. På kurserne lærer hun dansk og FVU matematik. En kollega er hendes sprogmakker: De øver dansk på jobbet. Hun siger: "IGU var svært med små børn, men kommunen hjalp mig med at planlægge."

stories-end-ask = Det var eksempler. Dit IGU-forløb kan se anderledes ud. Hvad vil du nu?

## Knapper (højst 30 tegn)

stories-button-next = Næste eksempel
stories-button-topics = Andre emner
stories-button-first = Læs det første eksempel
stories-button-interest = Jeg er interesseret
stories-button-join = Kan jeg være med?
