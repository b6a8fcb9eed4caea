### Flow "menu" in Somali: the main menu.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

menu-start-ask = Maxaad jeclaan lahayd inaad samayso? Waxaan kuu sharxi karaa IGU, waxaan eegi karaa inay kugu habboonaan karto, waxaanan kaa caawin karaa inaad la xiriirto degmadaada (kommune). Taabo badhan.

## Menu buttons (at most 30 characters)

menu-button-about = Waa maxay IGU?
menu-button-eligibility = Ma ku biiri karaa?
menu-button-employer = Waxaan ahay loo-shaqeeye
menu-button-interest = Waan xiisaynayaa
menu-button-privacy = Ilaalinta xogta
