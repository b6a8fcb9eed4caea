### The web chat page in Pashto (ps): the texts around the conversation (title, input, buttons, network errors).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# "Chat" is چټ, "message" is پیغام, "try again" is بیا هڅه وکړئ, as in the other Pashto files.

web-title = د IGU چټ
# The label of the text field (read by screen readers).
web-message-label = ستاسو پیغام
web-send = ولېږئ
web-language = ژبه
web-close = چټ وتړئ
web-end = پای ته رسول او پاکول
web-cleared = چټ له دې وسیلې پاک شو. نوی چټ پیلیږي.
# Shown while the bot is answering.
web-typing = لیکي…
# Read by screen readers before a message the person wrote.
web-you = تاسو:
web-offline = ستاسو پیغام ونه لېږل شو. خپل انټرنېټ وګورئ او بیا هڅه وکړئ.
web-busy = په یو وخت کې ډېر پیغامونه. لږ صبر وکړئ، بیا هڅه وکړئ.
web-too-long = دا پیغام ډېر اوږد دی. مهرباني وکړئ لنډ یې کړئ.
web-retry = بیا هڅه وکړئ
# The button the widget puts on another site's page (in that page's language).
web-widget-button = خبرې اترې
