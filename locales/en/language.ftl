### Flow "language": choosing the language of the conversation.
### Review status: source

language-choose = Please choose your language. You can change it later: type /language.
# Said first when the web page opened the chat in a language (the widget's data-lang).
language-preset = You can change the language at any time: type /language.
# Said, above the language buttons, to a first message that names no language the bot can
# tell ("?", an emoji, a number): icons only, the same in every language, so no one is told
# off in a language they may not read. Keep it as it is.
language-choose-again = 🌐 👇
