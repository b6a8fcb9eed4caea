### The web chat page around the conversation (title, input, buttons, network errors), in Somali.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

web-title = Wada-sheekeysi IGU
# The label of the text field (read by screen readers).
web-message-label = Fariintaada
web-send = Dir
web-language = Luqadda
web-close = Xir wada-sheekeysiga
web-end = Dhammee oo tirtir
web-cleared = Wadahadalka waa laga tirtiray qalabkan. Wadahadal cusub ayaa bilaabmaya.
# Shown while the bot is answering.
web-typing = Wuu qorayaa…
# Read by screen readers before a message the person wrote.
web-you = Adiga:
web-offline = Fariintaada lama dirin. Hubi xiriirka internetka, kadibna mar kale isku day.
web-busy = Fariimo aad u badan hal mar. Wax yar sug, kadibna mar kale isku day.
web-too-long = Fariintaasi aad bay u dheer tahay. Fadlan gaabi.
web-retry = Isku day mar kale
# The button the widget puts on another site's page (in that page's language).
web-widget-button = Sheekeysi
