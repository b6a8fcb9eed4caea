### The web chat page around the conversation (title, input, buttons, network errors).
### Review status: source

web-title = IGU chat
# The label of the text field (read by screen readers).
web-message-label = Your message
web-send = Send
web-language = Language
web-close = Close the chat
# A button: ends the conversation and removes it from this browser (shared computers).
web-end = End and clear
# Said (and read by screen readers) after "End and clear".
web-cleared = The chat was cleared from this device. A new chat starts.
# Shown while the bot is answering.
web-typing = Writing…
# Read by screen readers before a message the person wrote.
web-you = You:
web-offline = Your message was not sent. Check your connection and try again.
web-busy = Too many messages at once. Wait a moment, then try again.
web-too-long = That message is too long. Please make it shorter.
web-retry = Try again
# The button the widget puts on another site's page (in that page's language).
web-widget-button = Chat
