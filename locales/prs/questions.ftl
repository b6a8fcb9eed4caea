### Flow "questions": short answers to questions learners type that no button leads to (prs).
### Review status: draft (written by the igubot team; needs review by a native speaker)

questions-benefits-ask = پول در IGU: سر کار، شرکت برای تان معاش می‌دهد. در هفته‌های کورس، شاروالی (kommune) کمک‌هزینهٔ آموزشی می‌دهد (هر ماه درخواست کنید). این عاید است، پس کمک‌هایی مانند kontanthjælp یا integrationsydelse شاید تغییر کند و بعضی‌ها کمتر از پیش پول می‌گیرند. اول از شاروالی بخواهید وضع پولی تان را بررسی کند.
questions-danish-ask = برای شروع IGU لازم نیست دنمارکی گپ بزنید: قانون آن را نمی‌خواهد. سطح دنمارکی شما تعیین می‌کند که کدام کورس‌ها را بخوانید. بعضی جاهایی که کورس می‌دهند کمی دنمارکی می‌خواهند، پس از شاروالی بپرسید.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
questions-family-ask = فامیل شما: همهٔ کسانی که از راه یکجا شدن فامیل آمده‌اند می‌توانند IGU بخوانند، نه تنها فامیل پناهندگان. هر نفر باید خودش شرایط را پوره کند (مثلاً هنگام شروع IGU اقلاً { $age_min } و کمتر از { $age_max } سال) و قرارداد IGU خود را با یک شرکت می‌بندد.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
questions-limits-ask = حدود: هنگام شروع IGU باید اقلاً { $age_min } و کمتر از { $age_max } سال داشته باشید. می‌توانید تا { $years_in_dk_max } سال در دنمارک (با آدرس در ثبت CPR) زندگی کرده باشید. کورس‌های نو IGU تا { $start_deadline } شروع شده می‌توانند.
# $work_hours_min (Number) - least hours of work a week on average, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
questions-hours-ask = ساعت‌ها: IGU تقریباً تمام‌وقت است. به‌طور اوسط اقلاً { $work_hours_min } ساعت در هفته کار می‌کنید و هر هفتهٔ کورس { $school_hours_per_week } ساعت است. یک کار نیمه‌وقت کوچک IGU نیست. دربارهٔ ساعت‌های خود تان از شاروالی بپرسید.
# $sick_extension_weeks (Number) - after sickness longer than this (weeks in a row) IGU can be extended by agreement, from facts.yaml
questions-leave-ask = مریضی و رخصتی: IGU وظیفه‌ای با پول رخصتی (feriepenge) است. قواعد کار و قانون دنمارک تطبیق می‌شود. شما و شرکت می‌توانید برای رخصتی حاملگی، ولادت یا فرزندخواندگی، یا مریضی پی‌درپی بیش از { $sick_extension_weeks } هفته، وقت به IGU اضافه کنید. در غیر آن، تنها دلیلی خاص که کورس‌های شما را متوقف کرده وقت اضافه می‌کند.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-stop-ask = توقف IGU: IGU یک وظیفه با قرارداد است، پس قواعد ختم وظیفه تطبیق می‌شود. پیش از توقف با جای کار و شاروالی گپ بزنید: شاید وضع پولی تان تغییر کند، و هر نفر تنها { $igu_per_person } IGU را تکمیل کرده می‌تواند.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-once-ask = یک IGU برای هر نفر: هر نفر تنها { $igu_per_person } IGU را تکمیل کرده می‌تواند. اگر پیش از این یکی را شروع کرده‌اید، از شاروالی بپرسید که این برای شما چه معنا دارد.
