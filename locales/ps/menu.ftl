### Flow "menu" in Pashto (ps): the main menu.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

menu-start-ask = څه کول غواړئ؟ زه کولای شم IGU درته تشریح کړم، وګورم چې آیا ښايي ستاسو لپاره مناسب وي، او مرسته درسره وکړم چې له خپلې ښاروالۍ سره اړیکه ونیسئ. یوه تڼۍ کېکاږئ.

## Menu buttons (at most 30 characters)

menu-button-about = IGU څه شی دی؟
menu-button-eligibility = زه ګډون کولای شم؟
menu-button-employer = زه کارفرما یم
menu-button-interest = زه لېواله یم
menu-button-privacy = محرمیت
