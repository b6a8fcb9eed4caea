### Flow "menu" (Arabic): the main menu.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

menu-start-ask = ماذا تريد أن تفعل؟ يمكنني أن أشرح لك IGU، وأن أتحقق إن كان قد يناسبك، وأن أساعدك في التواصل مع بلديتك. اضغط على زر.

## Menu buttons (at most 30 characters)

menu-button-about = ما هو IGU؟
menu-button-eligibility = هل يمكنني المشاركة؟
menu-button-employer = أنا صاحب/ة عمل
menu-button-interest = أنا مهتم/ة
menu-button-privacy = الخصوصية
