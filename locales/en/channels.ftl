### Messages the channels (web, Telegram) and the engine say outside any flow.
### Review status: source

# Said when someone presses a button of an earlier question; the current question follows.
common-old-button = That button belongs to an earlier question. Here is where we are now:
