### Flow "questions": short answers to questions learners type that no button leads to (fa).
### Review status: draft (written by the igubot team; needs review by a native speaker)

questions-benefits-ask = پول در IGU: سر کار، شرکت به شما حقوق می‌دهد. در هفته‌های دوره، شهرداری (kommune) کمک‌هزینهٔ آموزشی می‌دهد (هر ماه درخواست کنید). این درآمد است، پس کمک‌هایی مثل kontanthjælp یا integrationsydelse ممکن است تغییر کند و بعضی‌ها کمتر از قبل پول می‌گیرند. اول از شهرداری بخواهید وضع مالی شما را بررسی کند.
questions-danish-ask = برای شروع IGU لازم نیست دانمارکی صحبت کنید: قانون آن را نمی‌خواهد. سطح دانمارکی شما تعیین می‌کند کدام دوره‌ها را بگذرانید. بعضی جاهایی که دوره برگزار می‌کنند کمی دانمارکی می‌خواهند، پس از شهرداری بپرسید.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
questions-family-ask = خانوادهٔ شما: همهٔ کسانی که از راه پیوند خانوادگی آمده‌اند می‌توانند IGU بگذرانند، نه فقط خانوادهٔ پناهندگان. هر نفر باید خودش شرایط را داشته باشد (مثلاً هنگام شروع IGU حداقل { $age_min } و کمتر از { $age_max } سال) و قرارداد IGU خودش را با یک شرکت می‌بندد.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
questions-limits-ask = محدودیت‌ها: هنگام شروع IGU باید حداقل { $age_min } و کمتر از { $age_max } سال داشته باشید. می‌توانید تا { $years_in_dk_max } سال در دانمارک (با نشانی در ثبت CPR) زندگی کرده باشید. دوره‌های جدید IGU تا { $start_deadline } می‌توانند شروع شوند.
# $work_hours_min (Number) - least hours of work a week on average, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
questions-hours-ask = ساعت‌ها: IGU تقریباً تمام‌وقت است. به‌طور میانگین حداقل { $work_hours_min } ساعت در هفته کار می‌کنید و هر هفتهٔ دوره { $school_hours_per_week } ساعت است. یک کار پاره‌وقت کوچک IGU نیست. دربارهٔ ساعت‌های خودتان از شهرداری بپرسید.
# $sick_extension_weeks (Number) - after sickness longer than this (weeks in a row) IGU can be extended by agreement, from facts.yaml
questions-leave-ask = بیماری و تعطیلات: IGU کاری با پول تعطیلات (feriepenge) است. قوانین کار و قانون دانمارک اجرا می‌شود. شما و شرکت می‌توانید برای مرخصی بارداری، زایمان یا فرزندخواندگی، یا بیماری پیوسته بیش از { $sick_extension_weeks } هفته، زمان به IGU اضافه کنید. وگرنه فقط دلیلی خاص که دوره‌هایتان را متوقف کرده زمان اضافه می‌کند.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-stop-ask = توقف IGU: IGU یک کار با قرارداد است، پس قوانین پایان دادن به کار اجرا می‌شود. پیش از توقف با محل کار و شهرداری صحبت کنید: ممکن است وضع مالی شما تغییر کند، و هر نفر فقط { $igu_per_person } IGU را می‌تواند به پایان برساند.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-once-ask = یک IGU برای هر نفر: هر نفر فقط { $igu_per_person } IGU را می‌تواند به پایان برساند. اگر قبلاً یکی را شروع کرده‌اید، از شهرداری بپرسید این برای شما چه معنایی دارد.
