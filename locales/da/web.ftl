### Websidens tekster omkring samtalen (titel, tekstfelt, knapper, netværksfejl).
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

web-title = IGU-chat
web-message-label = Din besked
web-send = Send
web-language = Sprog
web-close = Luk chatten
web-end = Afslut og ryd
web-cleared = Chatten er slettet fra denne enhed. En ny chat begynder.
web-typing = Skriver…
web-you = Dig:
web-offline = Din besked blev ikke sendt. Tjek din forbindelse, og prøv igen.
web-busy = For mange beskeder på én gang. Vent lidt, og prøv igen.
web-too-long = Beskeden er for lang. Gør den kortere.
web-retry = Prøv igen
# The button the widget puts on another site's page (in that page's language).
web-widget-button = Chat
