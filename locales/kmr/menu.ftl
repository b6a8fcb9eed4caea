### Flow "menu" (Northern Kurdish, Kurmanji): the main menu.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

menu-start-ask = Tu dixwazî çi bikî? Ez dikarim IGU rave bikim, kontrol bikim ka dibe ku ew ji te re guncav be, û alîkariya te bikim ku tu bi şaredariya xwe (kommune) re têkilî daynî. Bişkokekê bitikîne.

## Menu buttons (at most 30 characters)

menu-button-about = IGU çi ye?
menu-button-eligibility = Ez dikarim beşdar bibim?
menu-button-employer = Ez kardêr im
menu-button-interest = Ez eleqedar im
menu-button-privacy = Parastina daneyan
