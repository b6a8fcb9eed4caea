### Flow "questions": short answers to questions learners type that no button leads to (ar).
### Review status: draft (written by the igubot team; needs review by a native speaker)

questions-benefits-ask = المال في IGU: في العمل تدفع لك الشركة أجرًا. في أسابيع الدورات تدفع لك بلديتك إعانة تعليم (تقدّم طلبًا كل شهر). هذا دخل، لذلك قد تتغيّر المساعدة النقدية (kontanthjælp) أو إعانة الاندماج (integrationsydelse)، وبعض الناس يحصلون على مال أقل من قبل. اطلب من بلديتك أن تفحص وضعك المالي أولًا.
questions-danish-ask = لا تحتاج إلى التحدث بالدنماركية لتبدأ IGU: القانون لا يطلب ذلك. مستواك في الدنماركية يحدد الدورات التي تأخذها. بعض أماكن الدورات تطلب قليلًا من الدنماركية، لذلك اسأل بلديتك.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
questions-family-ask = عائلتك: كل من جاء عن طريق لمّ الشمل يمكنه أن يشارك في IGU، وليس عائلات اللاجئين فقط. يجب على كل شخص أن يستوفي الشروط بنفسه (مثلًا أن يكون عمره { $age_min } على الأقل وأقل من { $age_max } عند بدء IGU)، ولكل شخص اتفاق IGU خاص به مع شركة.
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
questions-limits-ask = الحدود: عند بدء IGU يجب أن يكون عمرك { $age_min } سنة على الأقل وأقل من { $age_max } سنة. يمكن أن تكون قد عشت في الدنمارك (بعنوان في سجل CPR) حتى { $years_in_dk_max } سنة. يمكن أن تبدأ دورات IGU جديدة حتى { $start_deadline }.
# $work_hours_min (Number) - least hours of work a week on average, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
questions-hours-ask = الساعات: IGU تقريبًا دوام كامل. تعمل { $work_hours_min } ساعة في الأسبوع على الأقل في المتوسط، وأسبوع الدورات فيه { $school_hours_per_week } ساعة. العمل الجزئي الصغير ليس IGU. اسأل بلديتك عن ساعاتك أنت.
# $sick_extension_weeks (Number) - after sickness longer than this (weeks in a row) IGU can be extended by agreement, from facts.yaml
questions-leave-ask = المرض والعطل: IGU عمل فيه أجر العطلة (feriepenge). تنطبق قواعد العمل والقانون الدنماركي. يمكنك أنت والشركة إضافة وقت إلى IGU بسبب إجازة الحمل أو الولادة أو التبنّي، أو مرض متواصل أكثر من { $sick_extension_weeks } أسابيع. غير ذلك، لا يضيف وقتاً إلا سبب خاص أوقف دوراتك.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-stop-ask = إيقاف IGU: IGU عمل بعقد، لذلك تنطبق قواعد إنهاء العمل. تحدّث مع مكان العمل ومع بلديتك قبل أن تتوقف: قد يتغيّر وضعك المالي، ولا يمكن للشخص أن يُكمل إلا { $igu_per_person } IGU.
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-once-ask = IGU واحد لكل شخص: لا يمكن للشخص أن يُكمل إلا { $igu_per_person } IGU. إذا بدأت واحدًا من قبل، اسأل بلديتك ماذا يعني ذلك بالنسبة لك.
