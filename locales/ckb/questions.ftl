### Flow "questions": short answers to questions learners type that no button leads to (ckb).
### Review status: draft (written by the igubot team; needs review by a native speaker)

questions-benefits-ask = پارە لە IGU دا: لە کاردا کۆمپانیاکە مووچەت دەداتێ. لە هەفتەکانی خولدا شارەوانی (kommune) یارمەتیی خوێندن دەدات (هەموو مانگێک داوا بکە). ئەمە داهاتە، بۆیە kontanthjælp یان integrationsydelse لەوانەیە بگۆڕێت، و هەندێک کەس لە پێشوو کەمتر پارە وەردەگرن. سەرەتا داوا لە شارەوانی بکە پارەکەت بپشکنێت.
questions-danish-ask = بۆ دەستپێکردنی IGU پێویست ناکات دانیمارکی قسە بکەیت: یاسا داوای ناکات. ئاستی دانیمارکییەکەت دیاری دەکات کام خولانە دەخوێنیت. هەندێک شوێنی خول کەمێک دانیمارکی دەخوازن، بۆیە لە شارەوانی بپرسە.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
questions-family-ask = خێزانەکەت: هەموو ئەوانەی بە کۆکردنەوەی خێزان هاتوون دەتوانن IGU بکەن، نەک تەنها خێزانی پەنابەران. هەر کەسێک دەبێت خۆی مەرجەکان پڕ بکاتەوە (بۆ نموونە لە دەستپێکی IGU دا لانیکەم { $age_min } و کەمتر لە { $age_max } ساڵ) و ڕێککەوتنی IGUی خۆی لەگەڵ کۆمپانیایەک دەکات.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
questions-limits-ask = سنوورەکان: لە دەستپێکی IGU دا دەبێت لانیکەم { $age_min } و کەمتر لە { $age_max } ساڵ بیت. دەتوانیت تا { $years_in_dk_max } ساڵ لە دانیمارک (بە ناونیشان لە تۆماری CPR) ژیابیت. خولی نوێی IGU دەتوانن تا { $start_deadline } دەست پێ بکەن.
# $work_hours_min (Number) - least hours of work a week on average, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
questions-hours-ask = کاتژمێرەکان: IGU نزیکەی کاتی تەواوە. بە تێکڕا لانیکەم { $work_hours_min } کاتژمێر لە هەفتەیەکدا کار دەکەیت، و هەفتەیەکی خول { $school_hours_per_week } کاتژمێرە. کارێکی بچووکی کاتی IGU نییە. دەربارەی کاتژمێرەکانی خۆت لە شارەوانی بپرسە.
# $sick_extension_weeks (Number) - after sickness longer than this (weeks in a row) IGU can be extended by agreement, from facts.yaml
questions-leave-ask = نەخۆشی و پشوو: IGU کارێکە بە پارەی پشووەوە (feriepenge). یاسای کار و یاسای دانیمارک جێبەجێ دەبن. تۆ و کۆمپانیاکە دەتوانن بۆ مۆڵەتی سکپڕی، منداڵبوون یان بەخێوکردنی منداڵ، یان نەخۆشیی بەردەوامی زیاتر لە { $sick_extension_weeks } هەفتە، کات بخەنە سەر IGU. دەنا تەنها هۆیەکی تایبەت کە خولەکانتی ڕاگرتبێت کات زیاد دەکات.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-stop-ask = وەستاندنی IGU: IGU کارێکە بە گرێبەست، بۆیە یاساکانی کۆتاییهێنان بە کار جێبەجێ دەبن. پێش وەستان لەگەڵ شوێنی کار و شارەوانی قسە بکە: لەوانەیە پارەکەت بگۆڕێت، و هەر کەسێک تەنها دەتوانێت { $igu_per_person } IGU تەواو بکات.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-once-ask = یەک IGU بۆ هەر کەسێک: هەر کەسێک تەنها دەتوانێت { $igu_per_person } IGU تەواو بکات. ئەگەر پێشتر یەکێکت دەست پێ کردووە، لە شارەوانی بپرسە ئەمە بۆ تۆ چی دەگەیەنێت.
