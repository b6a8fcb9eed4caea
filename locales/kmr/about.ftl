### Flow "about" (Northern Kurdish, Kurmanji): what IGU is for a learner - a short start, then a sub-menu of topics (pay, school, finding a job, how IGU starts, after IGU) and the example stories.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
about-start-ask =
    IGU karek bi kursan re ye. Ew { $duration_years ->
        [one] { $duration_years } sal
       *[other] { $duration_years } sal
    } dom dike. Tu li şirketeke li Danîmarkayê kar dikî û meaş distînî, bi navînî herî kêm { $work_hours_min ->
        [one] { $work_hours_min } saet
       *[other] { $work_hours_min } saet
    } di hefteyê de. Herwiha tu { $school_weeks ->
        [one] { $school_weeks } hefte
       *[other] { $school_weeks } hefte
    } beşdarî kursan dibî. IGU ji bo penaberan, kesên bi yekbûna malbatê hatine û hin kesên bi îzneke taybet e.

about-topics-ask = Tu dixwazî çi li ser IGU bizanî? Mijarekê bitikîne.

## Pay

about-pay-ask = Meaş: Li kar tu meaşê şagirtiyê (meaşê EGU) distînî, li gorî peymana kolektîf a şirketê. Ji ber vê yekê ji bo her kesî ne heman pere ye. Di hefteyên kursê de meaş tune, lê şaredarî alîkariyekê dide te. Berî destpêkê ji şaredariya xwe bipirse: IGU ji bo pereyê te tê çi wateyê?

# $allowance_paid_months_later (Number) - the allowances are paid this many months later (1), from facts.yaml
about-allowance-ask =
    Pere di hefteyên kursê de: her mehê ku kurs tê de hene, tu ji şaredariya xwe alîkariya perwerdeyê dixwazî. Di heman daxwazê de tu alîkariya rêwîtiyê jî dixwazî. Şaredarî herduyan { $allowance_paid_months_later ->
        [one] mehek şûnda
       *[other] { $allowance_paid_months_later } meh şûnda
    } dide.

## School

# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
# "Usually free" (facts.yaml: school_fee): some courses can cost something.
about-school-ask =
    Kurs: bi tevahî { $school_weeks ->
        [one] { $school_weeks } hefte
       *[other] { $school_weeks } hefte
    }, { $school_hours_per_week ->
        [one] { $school_hours_per_week } saet
       *[other] { $school_hours_per_week } saet
    } di hefteyê de, wek hefteyên tevahî an rojên cuda. Wek nimûne danîmarkî, an kursên kar ên kurt (AMU). Kurs bi gelemperî belaş in.

# $board_lodging_km (Number) - km from home to the course and back; MORE than this gives help for food and a bed, from facts.yaml
# $board_lodging_max_per_night (String) - most money a night for food and a bed, with the currency word of the language ("500 Danish kroner"), from facts.yaml
# The money usually comes back through the school that runs the course (facts.yaml: board_lodging_paid_by).
about-lodging-ask = Kursa AMU dûr e? Heke rêya çûyîn û vegerê ji { $board_lodging_km } km zêdetir be, xwarin û cihê razanê dikare ji te re bê dayîn, herî zêde { $board_lodging_max_per_night } her şev. Fîşan biparêze: pere bi gelemperî bi rêya dezgeha ku kursê dide tê vegerandin.

# The six kinds of courses that count in IGU (BEK 1825/2023 § 6). AMU is always one part.
about-school-types-ask = Tu çi fêr dibî? Danîmarkî. AMU: kursên kar ên kurt, wek ajotina forkliftê an hîjyen. FVU: xwendin, nivîsîn û matematîk. AVU: dersên giştî ji bo mezinan. HF: ders yek bi yek. FGU: perwerdeyeke bingehîn ku te ji bo bêtir amade dike. AMU her tim di IGU de ye. Plana perwerdeyê dibêje tu çi dixwînî.

## Finding an IGU job

# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-job-ask = Karekî IGU çawa bibînî: Li ser Jobnet (jobnet.dk) li karên IGU bigere. Bi xwe ji şirketan bipirse, herwiha ji şirketa ku te berê lê praktik (staj) kiriye. Şaredariya te dikare alîkariya te bike ku tu şirketekê bibînî. IGU-yên nû dikarin heta { $start_deadline } dest pê bikin.

## How IGU starts

# The deadline for VITAS is not given on purpose: the only source is from 2018.
about-agreement-info = IGU çawa dest pê dike: Şirket kaxezên te kontrol dike. Tu û şirket peymaneke IGU ya nivîskî li ser karê te îmze dikin. Hûn bi hev re ji bo hefteyên kursê planeke perwerdeyê çêdikin. Piştî îmzeyê, şirket zû peymanê di sîstemeke bi navê VITAS de tomar dike. Şaredariya te qaîdeyên tam dizane.

# $bonus_amount (String) - employer bonus, each payment, with the currency word of the language ("20,000 Danish kroner"), from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
# The second payment only when the IGU is completed (facts.yaml: bonus_second_needs).
about-agreement-bonus-ask =
    Baş e ku tu vê ji şirketê re bibêjî: Şirketeke taybet dikare piştî { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } mehê
       *[other] { $bonus_first_after_months } mehan
    } di IGU de { $bonus_amount } bistîne, û { $bonus_amount } din dema IGU temam dibe, piştî { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } salê
       *[other] { $bonus_second_after_years } salan
    }. Cihên kar ên giştî, wek şaredariyekê, jî dikarin IGU pêşkêş bikin, lê ew bonûs nastînin.

## After IGU

# $dimittend_deadline_days (Number) - days after IGU ends to ask an a-kasse to join as a new graduate, from facts.yaml
# Other a-kasse conditions apply: "may join", and the a-kasse decides.
about-after-ask =
    Dema IGU diqede, şirket belgeyekê dide te. Dema tu li kar an perwerdeyeke din digerî, wê nîşan bide. Tu dikarî wek mezûnekî nû bibî endamê a-kasse (sindoqa bîmeya bêkariyê). Herî dereng { $dimittend_deadline_days ->
        [one] { $dimittend_deadline_days } rojê
       *[other] { $dimittend_deadline_days } rojan
    } piştî dawiya IGU daxwaza endamtiyê bike, wekî din tu vî mafî winda dikî.

## Buttons (at most 30 characters)

about-button-more = Zêdetir ji min re bêje
about-button-join = Ez dikarim beşdar bibim?
about-button-interest = Ez eleqedar im
about-button-next = Mijara piştî vê
about-button-continue = Bidomîne
about-button-topics = Mijarên din
about-button-pay = Meaş û pere
about-button-school = Kurs
about-button-school-types = Ez dikarim çi fêr bibim?
about-button-lodging = Kursa dûrî malê
about-button-job = Karekî IGU bibîne
about-button-agreement = IGU çawa dest pê dike
about-button-after = Piştî IGU
about-button-stories = Çîrokên nimûne
