### The web chat page around the conversation (Northern Kurdish, Kurmanji): title, input, buttons, network errors.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

web-title = Axaftina IGU
# The label of the text field (read by screen readers).
web-message-label = Peyama te
web-send = Bişîne
web-language = Ziman
web-close = Axaftinê bigire
web-end = Biqedîne û paqij bike
web-cleared = Sohbet ji vê amûrê hat paqijkirin. Sohbeteke nû dest pê dike.
# Shown while the bot is answering.
web-typing = Dinivîse…
# Read by screen readers before a message the person wrote.
web-you = Tu:
web-offline = Peyama te nehat şandin. Girêdana xwe kontrol bike û dîsa biceribîne.
web-busy = Gelek peyam bi hev re hatin. Hinekî bisekine, paşê dîsa biceribîne.
web-too-long = Ev peyam pir dirêj e. Ji kerema xwe wê kurttir bike.
web-retry = Dîsa biceribîne
# The button the widget puts on another site's page (in that page's language).
web-widget-button = Sohbet
