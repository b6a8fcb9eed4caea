### Flow "stories" (Arabic): short example stories of IGU courses (the idea of "Ugens IGU", 2018). Every story is invented from many courses: no real people, no real companies, no names.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

stories-intro = هذه بعض القصص القصيرة كأمثلة عن IGU. ألّفناها من برامج IGU كثيرة. هي ليست عن أشخاص حقيقيين أو شركات حقيقية. كل IGU مختلف.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-warehouse-ask = مثال (ليس شخصًا حقيقيًا): رجل يعمل في مستودع شركة نقل. يغلّف البضائع وينقلها. في أسابيع الدورات أخذ دورات AMU في قيادة الرافعة الشوكية والعمل الآمن. يومًا واحدًا في الأسبوع يتعلم الدنماركية. الآن يقود الرافعة الشوكية ويعلّم الزملاء الجدد كيف يقودونها.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-parks-ask = مثال (ليس شخصًا حقيقيًا): امرأة تعمل في قسم الحدائق في بلدية. تزرع الزهور، وتقصّ الأسيجة، وتحافظ على نظافة الممرات. أخذت دورات AMU عن النباتات والآلات الصغيرة، وتتعلم الدنماركية. تقول: «الآن أعرف كلمات عملي، وأتكلم أكثر مع فريقي.»

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-kitchen-ask = مثال (ليس شخصًا حقيقيًا): رجل يعمل مساعدًا في مطبخ مقصف. يحضّر السلطات ويغسل الصحون. في أسابيع الدورات أخذ دورة AMU في نظافة الطعام، ودروس FVU في القراءة والكتابة. في البداية كان خجولًا. الآن يقرأ الوصفات بنفسه ويخطط السلطات مع الطاهي.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-shop = مثال (ليس شخصًا حقيقيًا): أمّ تعمل في سوبرماركت. ترتّب البضائع على الرفوف وتساعد الزبائن. في الدورات تتعلم الدنماركية والحساب في FVU. زميل لها هو رفيقها في اللغة: يتدربان على الدنماركية في العمل. تقول: «كان IGU صعبًا مع أطفال صغار، لكن بلديتي ساعدتني في التخطيط.»

stories-end-ask = كانت هذه أمثلة. قد يكون IGU الخاص بك مختلفًا. ماذا تريد أن تفعل الآن؟

## Buttons (at most 30 characters)

stories-button-next = القصة التالية
stories-button-topics = مواضيع أخرى
stories-button-first = اقرأ القصة الأولى
stories-button-interest = أنا مهتم/ة
stories-button-join = هل يمكنني المشاركة؟
