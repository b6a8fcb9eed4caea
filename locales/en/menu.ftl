### Flow "menu": the main menu.
### Review status: source

menu-start-ask = What would you like to do? I can explain IGU, check if it may fit you, and help you get in touch with your municipality. Tap a button.

## Menu buttons (at most 30 characters)

menu-button-about = What is IGU?
menu-button-eligibility = Can I join?
menu-button-employer = I am an employer
menu-button-interest = I am interested
menu-button-privacy = Privacy
