### Flow "language": choosing the language of the conversation.
### Review status: source

language-choose = Please choose your language. You can change it later: type /language.
# Said first when the web page opened the chat in a language (the widget's data-lang).
language-preset = You can change the language at any time: type /language.
