### Flow "questions": short answers to questions learners type that no button leads to (ti).
### Review status: draft (written by the igubot team; needs review by a native speaker)

questions-benefits-ask = ገንዘብ ኣብ IGU፦ ኣብ ስራሕ እቲ ትካል ደሞዝ ይኸፍለኩም። ኣብ ሰሙናት ኮርስ ምምሕዳር ከተማኹም (kommune) ሓገዝ ትምህርቲ ይኸፍል (ወርሒ ወርሒ ሕተቱ)። እዚ እቶት እዩ፣ ስለዚ kontanthjælp ወይ integrationsydelse ክቕየር ይኽእል፣ ገሊኦም ሰባት ድማ ካብ ቅድሚኡ ዝወሓደ ገንዘብ ይረኽቡ። ቅድም ምምሕዳር ከተማ ገንዘብኩም ክርኢ ሕተቱ።
questions-danish-ask = IGU ንምጅማር ዴንማርክኛ ክትዛረቡ ኣየድልየኩምን፦ ሕጊ ኣይሓትትን። ዴንማርክኛኹም ኣየኖት ኮርሳት ከም እትወስዱ ይውስን። ገሊኦም ኮርስ ዝህቡ ቦታታት ቁሩብ ዴንማርክኛ ይሓቱ፣ ስለዚ ምምሕዳር ከተማኹም ሕተቱ።
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
questions-family-ask = ስድራኹም፦ ኩሎም ብምትእኽኻብ ስድራ ዝመጹ ሰባት IGU ክገብሩ ይኽእሉ፣ ስድራ ስደተኛታት ጥራይ ኣይኮኑን። ነፍሲ ወከፍ ሰብ ባዕሉ ነቲ ቅድመ-ኩነታት ከማልእ ኣለዎ (ንኣብነት IGU ክጅምር ከሎ እንተወሓደ { $age_min } ካብ { $age_max } ዓመት ዝተሓተ)፣ ነናቱ ስምምዕ IGU ድማ ምስ ሓደ ትካል ይገብር።
# $age_min (Number) - lowest age, from facts.yaml
# $age_max (Number) - upper age limit (under it), from facts.yaml
# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
# $start_deadline (Date) - last day a new IGU course can start, from facts.yaml
questions-limits-ask = ደረታት፦ IGU ክጅምር ከሎ እንተወሓደ { $age_min } ካብ { $age_max } ዓመት ዝተሓተ ክትኮኑ ኣለኩም። ክሳብ { $years_in_dk_max } ዓመት ኣብ ዴንማርክ (ኣብ መዝገብ CPR ብኣድራሻ) ክትነብሩ ትኽእሉ። ሓደስቲ ኮርሳት IGU ክሳብ { $start_deadline } ክጅምሩ ይኽእሉ።
# $work_hours_min (Number) - least hours of work a week on average, from facts.yaml
# $school_hours_per_week (Number) - hours in one week of courses, from facts.yaml
questions-hours-ask = ሰዓታት፦ IGU ዳርጋ ምሉእ ግዜ እዩ። ብማእከላይ መጠን እንተወሓደ { $work_hours_min } ሰዓት ኣብ ሰሙን ትሰርሑ፣ ሰሙን ኮርስ ድማ { $school_hours_per_week } ሰዓት እዩ። ንእሽቶ ናይ ፍርቂ ግዜ ስራሕ IGU ኣይኮነን። ብዛዕባ ሰዓታትኩም ምምሕዳር ከተማ ሕተቱ።
# $sick_extension_weeks (Number) - after sickness longer than this (weeks in a row) IGU can be extended by agreement, from facts.yaml
questions-leave-ask = ሕማምን ዕረፍትን፦ IGU ገንዘብ ዕረፍቲ (feriepenge) ዘለዎ ስራሕ እዩ። ሕግታት ስራሕን ሕጊ ዴንማርክን ይሰርሑ። ንስኹምን እቲ ትካልን ንፍቓድ ጥንሲ፣ ሕርሲ ወይ ጉዲፈቻ፣ ወይ ካብ { $sick_extension_weeks } ሰሙን ንላዕሊ ተኸታታሊ ሕማም ግዜ ኣብ IGU ክትውስኹ ትኽእሉ። እንተዘይኮይኑ፣ ፍሉይ ምኽንያት ኮርስኩም እንተ ኣቋሪጹ ጥራይ ግዜ ይውሰኽ።
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-stop-ask = IGU ምቁራጽ፦ IGU ብውዕል ዝስራሕ ስራሕ እዩ፣ ስለዚ ሕግታት ምቁራጽ ስራሕ ይሰርሑ። ቅድሚ ምቁራጽኩም ምስ ቦታ ስራሕን ምምሕዳር ከተማን ተዘራረቡ፦ ገንዘብኩም ክቕየር ይኽእል፣ ሓደ ሰብ ድማ { $igu_per_person } IGU ጥራይ ክዛዝም ይኽእል።
# $igu_per_person (Number) - IGU courses one person can complete, from facts.yaml
questions-once-ask = ንሓደ ሰብ ሓደ IGU፦ ሓደ ሰብ { $igu_per_person } IGU ጥራይ ክዛዝም ይኽእል። ቅድሚ ሕጂ ሓደ እንተጀሚርኩም፣ ንዓኹም እንታይ ማለት ምዃኑ ምምሕዳር ከተማ ሕተቱ።
