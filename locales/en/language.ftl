### Flow "language": choosing the language of the conversation.
### Review status: source

language-choose = Please choose your language. You can change it later: type /language.
