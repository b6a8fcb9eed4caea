### Flow "about" in Tigrinya: what IGU is for a learner - a short start, then a sub-menu of topics (pay, school, finding a job, how IGU starts, after IGU) and the example stories.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $duration_years (Number) - how many years an IGU course lasts, from facts.yaml
# $work_hours_min (Number) - least hours of paid work a week, on average, from facts.yaml
# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
about-start-ask =
    IGU ምስ ትምህርቲ ዝኸይድ ስራሕ እዩ። { $duration_years ->
        [one] { $duration_years } ዓመት
       *[other] { $duration_years } ዓመት
    } ይወስድ። ኣብ ዴንማርክ ኣብ ሓደ ትካል ትሰርሑ፣ ደሞዝ ድማ ትረኽቡ። ብማእከላይ ኣብ ሰሙን እንተወሓደ { $work_hours_min ->
        [one] { $work_hours_min } ሰዓት
       *[other] { $work_hours_min } ሰዓት
    } ትሰርሑ። ከምኡ'ውን { $school_weeks ->
        [one] { $school_weeks } ሰሙን
       *[other] { $school_weeks } ሰሙን
    } ኮርሳት ትወስዱ። IGU ንስደተኛታት፣ ብምትእኽኻብ ስድራቤት ንዝመጹ ሰባት፣ ከምኡ'ውን ንገሊኦም ፍሉይ ፍቓድ ዘለዎም ሰባት እዩ።

about-topics-ask = ብዛዕባ IGU እንታይ ክትፈልጡ ትደልዩ? ሓደ ኣርእስቲ ጠውቑ።

## Pay

about-pay-ask = ደሞዝ፦ ኣብ ስራሕ ደሞዝ ተማሃራይ (EGU ደሞዝ) ትረኽቡ። እዚ ብመሰረት ሓባራዊ ስምምዕ ስራሕ ናይቲ ትካል እዩ፣ ስለዚ ንኹሉ ሰብ ሓደ መጠን የለን። ኣብ ሰሙናት ኮርስ ደሞዝ የለን፣ ካብ ምምሕዳር ከተማኹም ግን ሓገዝ ገንዘብ ትረኽቡ። ቅድሚ ምጅማርኩም፣ IGU ንገንዘብኩም እንታይ ማለት ምዃኑ ንምምሕዳር ከተማኹም ሕተቱ።

# $allowance_paid_months_later (Number) - the allowances are paid this many months later (1), from facts.yaml
about-allowance-ask =
    ገንዘብ ኣብ ሰሙናት ኮርስ፦ ኮርስ ዘለዎ ነፍሲ ወከፍ ወርሒ፣ ካብ ምምሕዳር ከተማኹም ሓገዝ ገንዘብ ትምህርቲ ትሓቱ። ኣብቲ ሓደ ሕቶ ድማ ሓገዝ መጓዓዝያ ትሓቱ። ምምሕዳር ከተማ ክልቲኦም { $allowance_paid_months_later ->
        [one] ድሕሪ ሓደ ወርሒ
       *[other] ድሕሪ { $allowance_paid_months_later } ወርሒ
    } ይኸፍሎም።

## School

# $school_weeks (Number) - weeks of courses in an IGU course, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
# "Usually free" (facts.yaml: school_fee): some courses can cost something.
about-school-ask =
    ኮርሳት፦ ብድምር { $school_weeks ->
        [one] { $school_weeks } ሰሙን
       *[other] { $school_weeks } ሰሙን
    }፣ ኣብ ሰሙን { $school_hours_per_week ->
        [one] { $school_hours_per_week } ሰዓት
       *[other] { $school_hours_per_week } ሰዓት
    }፣ ብምሉእ ሰሙን ወይ ብሓደ ሓደ መዓልቲ። ንኣብነት ቋንቋ ዴንማርክ፣ ወይ ሓጸርቲ ናይ ስራሕ ኮርሳት (AMU)። ኮርሳት መብዛሕትኡ ግዜ ብናጻ እዮም።

# $board_lodging_km (Number) - km from home to the course and back; MORE than this gives help for food and a bed, from facts.yaml
# $board_lodging_max_per_night (String) - most money a night for food and a bed, with the currency word of the language ("500 Danish kroner"), from facts.yaml
# The money usually comes back through the school that runs the course (facts.yaml: board_lodging_paid_by).
about-lodging-ask = AMU ኮርስ ርሑቕ ድዩ? ምኻድን ምምላስን ልዕሊ { $board_lodging_km } km እንተኾይኑ፣ መግብን መደቀስን ክኽፈለኩም ይኽእል፣ ኣብ ሓንቲ ለይቲ ክሳብ { $board_lodging_max_per_night }። ቅብሊታት ሓልዉ፦ እቲ ገንዘብ መብዛሕትኡ ግዜ ብእቲ ኮርስ ዘካይድ ትካል ይምለሰልኩም።

# The six kinds of courses that count in IGU (BEK 1825/2023 § 6). AMU is always one part.
about-school-types-ask = እንታይ ክትመሃሩ ትኽእሉ? ቋንቋ ዴንማርክ። AMU፦ ሓጸርቲ ናይ ስራሕ ኮርሳት፣ ንኣብነት ፎርክሊፍት ምዝዋር ወይ ጽሬት። FVU፦ ንባብ፣ ጽሕፈትን ሒሳብን። AVU፦ ንዓበይቲ ሓፈሻዊ ዓይነታት ትምህርቲ። HF፦ ሓደ ሓደ ዓይነት ትምህርቲ። FGU፦ ንዝያዳ ትምህርቲ ዘዳሉ መሰረታዊ ትምህርቲ። AMU ኩሉ ግዜ ኣካል IGU እዩ። እንታይ ከም እትወስዱ መደብ ትምህርትኹም ይነግር።

## Finding an IGU job

# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
about-job-ask = ከመይ ጌርኩም IGU ስራሕ ትረኽቡ፦ ኣብ Jobnet (jobnet.dk) IGU ስራሕ ድለዩ። ባዕልኹም ንትካላት ሕተቱ፣ ልምምድ ስራሕ (praktik) ዝገበርኩምሉ ትካል'ውን። ምምሕዳር ከተማኹም ትካል ንምርካብ ክሕግዘኩም ይኽእል። ሓደስቲ መደባት IGU ክሳብ { $start_deadline } ክጅምሩ ይኽእሉ።

## How IGU starts

# The deadline for VITAS is not given on purpose: the only source is from 2018.
about-agreement-info = IGU ከመይ ይጅምር፦ እቲ ትካል ወረቓቕትኹም ይፍትሽ። ንስኹምን እቲ ትካልን ብዛዕባ ስራሕኩም ብጽሑፍ ናይ IGU ስምምዕ ትፍርሙ። ብሓባር ንሰሙናት ኮርስኩም መደብ ትምህርቲ ትገብሩ። ምስ ፈረምኩም ቀልጢፉ፣ እቲ ትካል ነቲ ስምምዕ VITAS ኣብ ዝበሃል ስርዓት የመዝግቦ። ምምሕዳር ከተማኹም ነቲ ልክዕ ሕግታት ይፈልጥ።

# $bonus_amount (String) - employer bonus, each payment, with the currency word of the language ("20,000 Danish kroner"), from facts.yaml
# $bonus_first_after_months (Number) - months of work before the first bonus, from facts.yaml
# $bonus_second_after_years (Number) - years before the second bonus, from facts.yaml
# The second payment only when the IGU is completed (facts.yaml: bonus_second_needs).
about-agreement-bonus-ask =
    ንትካል ክትነግርዎ ዝጠቅም፦ ብሕታዊ ትካል ድሕሪ { $bonus_first_after_months ->
        [one] { $bonus_first_after_months } ወርሒ
       *[other] { $bonus_first_after_months } ወርሒ
    } IGU { $bonus_amount } ክረክብ ይኽእል፣ IGU ምስ ተዛዘመ ድሕሪ { $bonus_second_after_years ->
        [one] { $bonus_second_after_years } ዓመት
       *[other] { $bonus_second_after_years } ዓመት
    } ድማ ካልእ { $bonus_amount }። ህዝባዊ ቦታታት ስራሕ፣ ከም ምምሕዳር ከተማ፣ IGU ክህቡ'ውን ይኽእሉ እዮም፣ ግን እዚ ገንዘብ ኣይረኽቡን።

## After IGU

# $dimittend_deadline_days (Number) - days after IGU ends to ask an a-kasse to join as a new graduate, from facts.yaml
# Other a-kasse conditions apply: "may join", and the a-kasse decides.
about-after-ask =
    IGU ምስ ተወድአ፣ እቲ ትካል ምስክር ወረቐት ይህበኩም። ስራሕ ወይ ተወሳኺ ትምህርቲ ክትደልዩ ከለኹም ኣርእይዎ። ከም ሓድሽ ምሩቕ ኣባል a-kasse (ፈንድ መድሕን ስራሕ ኣልቦነት) ክትኮኑ ትኽእሉ ኢኹም። IGU ምስ ተወድአ ኣብ ውሽጢ { $dimittend_deadline_days ->
        [one] { $dimittend_deadline_days } መዓልቲ
       *[other] { $dimittend_deadline_days } መዓልቲ
    } ኣባል ንምዃን ሕተቱ፣ እንተዘይኮይኑ እቲ መሰል ይጠፍኣኩም።

## Buttons (at most 30 characters)

about-button-more = ተወሳኺ ንገሩኒ
about-button-join = ክሳተፍ ይኽእል ዶ?
about-button-interest = ድሌት ኣለኒ
about-button-next = ዝቕጽል ኣርእስቲ
about-button-continue = ቀጽል
about-button-topics = ካልኦት ኣርእስታት
about-button-pay = ደሞዝን ገንዘብን
about-button-school = ኮርሳት
about-button-school-types = እንታይ ክመሃር ይኽእል?
about-button-lodging = ካብ ገዛ ርሑቕ ኮርስ
about-button-job = IGU ስራሕ ምርካብ
about-button-agreement = IGU ከመይ ይጅምር
about-button-after = ድሕሪ IGU
about-button-stories = ኣብነታዊ ዛንታታት
