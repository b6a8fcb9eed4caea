### Shared messages of igubot in Tigrinya: buttons, help, and the reasons shown when an answer is not valid.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

## Buttons used in many flows

common-yes = እወ
common-no = ኣይፋል
common-menu = ቀንዲ ሜኑ
common-offer-human = ምስ ሰብ ተዛረቡ
# A form's municipality question when the link the person came by (a poster's) named one.
# $hint_municipality_name (String) - that municipality's Danish name, e.g. Aarhus
common-municipality-hint-ask = ኣብ { $hint_municipality_name } ዲኹም ትነብሩ?
common-button-other-municipality = ኣይፋል፣ ካልእ ምምሕዳር ከተማ

## Replies to typed messages

# Said before 2 or 3 buttons, each a topic the message may be about, and "Talk to a person".
common-did-you-mean = ካብዚኦም ሓደ ማለትኩም ድዩ?
common-not-understood = ይቕረታ፡ ኣይተረድኣንን። IGU ክገልጸልኩም፣ ክትሳተፉ ትኽእሉ እንተኾንኩም ክፍትሽ፣ ድሌትኩም ድማ ናብ ምምሕዳር ከተማኹም (kommune) ከመሓላልፍ እኽእል እየ። ብሒደት ቃላት ሕተቱ፣ ወይ ቁልፊ ጠውቑ።
common-hello = ሰላም! 👋
common-welcome = ብሓጎስ!
common-ack = 👍
# Never shown: words that, typed as the whole message at a question that waits for typed
# text (a name, a phone number), leave the form for the main menu. Comma-separated; add the
# words people of this language type to stop (English and Danish ones work in every language).
common-stop-words = ደው በል, ኣቋርጽ, ሰርዝ, ውጻእ
# A button after typed messages the bot could not place (at most 30 characters).
common-send-question = ሕቶይ ናብ ምምሕዳር ከተማ ስደድ

## Messages the engine can show on any step

common-help =
    ንምምላስ ሓደ መልጎም ጠውቑ። ነዚኦም ቃላት'ውን ክትጽሕፉ ትኽእሉ ኢኹም፦
    /menu – ቀንዲ ሜኑ
    /back – እቲ ዝሓለፈ ሕቶ
    /language – ቋንቋ ምቕያር
    /human – ምስ ሰብ ምዝራብ
    /forget – ሓበሬታኹም ምድምሳስ
common-error = ይቕሬታ፣ ገለ ጌጋ ተፈጢሩ። በጃኹም ደጊምኩም ፈትኑ፣ ወይ ካብ መጀመርታ ንምጅማር /menu ጽሓፉ።
common-resume = እዚ ዝርርብ ተሓዲሱ ኣሎ። ካብቲ ዝበጻሕኩምዎ ንቕጽል።
common-ended = እንቋዕ ብደሓን ተመለስኩም! እዚ ቀንዲ ሜኑ እዩ።
common-form-already-sent = እዚ ቅጥዒ ድሮ ተላኢኹ እዩ። መልስታትካ ኣብዚ ዕላል ድሕሪ ሕጂ ኣይዕቀቡን። ሓድሽ ክትሰድድ እንተደሊኻ፡ ካብ ዝርዝር ደጊምካ ምረጾ።

## Reasons for an answer that is not valid (the question is then asked again)

error-empty = በጃኹም መልሲ ጽሓፉ።
# $max_length (Number) - the most characters the answer may have
error-too-long =
    እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም ክሳብ { $max_length ->
        [one] { $max_length } ፊደል
       *[other] { $max_length } ፊደላት
    } ጥራይ ጽሓፉ።
error-number = በጃኹም ብኣሃዝ ቁጽሪ ጽሓፉ፣ ንኣብነት 3።
# $minimum (Number) - the smallest number allowed
# $maximum (Number) - the biggest number allowed
error-number-range = በጃኹም ካብ { $minimum } ክሳብ { $maximum } ዘሎ ቁጽሪ ጽሓፉ።
error-age = በጃኹም ዕድሜኹም ብቁጽሪ ጽሓፉ፣ ንኣብነት 34።
error-phone = እዚ ቁጽሪ ተሌፎን ኣይመስልን። በጃኹም ከምዚ ጽሓፍዎ፦ 20 12 34 56
error-email = እዚ ኣድራሻ ኢመይል ኣይመስልን። በጃኹም ከምዚ ጽሓፍዎ፦ name@example.com
error-municipality = ነቲ ምምሕዳር ከተማ ክረኽቦ ኣይከኣልኩን። በጃኹም ስሙ ጽሓፉ፣ ንኣብነት «Aarhus»፣ ወይ ቁጽሩ፣ ንኣብነት 751።
error-latin = በጃኹም ሽምኩም ከም ኣብ ካርድ መንበሪኹም ብላቲናዊ ፊደላት (A, B, C) ጽሓፉ፣ ወይ ንምሕላፍ ነቲ መልጎም ጠውቑ።
error-choose = በጃኹም ሓደ ካብቶም መልጎማት ጠውቑ።

## Check before consent: a consent question first shows what it sends, one answer a line

common-review = በጃኹም መልስታትኩም ተመልከቱ:
common-review-line = { $label }: { $value }
common-review-ok = ኩሉ ቅኑዕ እዩ
common-review-change = መልሲ ቐይር
common-review-which = ኣየናይ መልሲ ክትቕይሩ ትደልዩ?
common-review-send = እወ፡ ስደድ

## The answers' labels in that list and on their buttons (at most 30 characters)

review-field-name = ስም
review-field-municipality = ምምሕዳር ከተማ
review-field-contact = ርክብ ብ
review-field-phone = ተሌፎን
review-field-email = ኢመይል
review-field-interpreter = ተርጓሚ
review-field-danish_level = ዴንማርክኛ
review-field-work_area = ስራሕ
review-field-followup_ok = ድሕሪ ቁሩብ መዓልታት መልእኽቲ
review-field-question = ሕቶኹም
review-field-company = ኩባንያ
review-field-name_latin = ሽም ብላቲናዊ ፊደላት
review-field-eligibility = ውጽኢት «ክሳተፍ ይኽእል ዶ?»
review-field-eligibility-likely = IGU ክኸውን ይኽእል እዩ
review-field-eligibility-ukraine = ኣብ ፍቓድካ ይምርኮስ
review-field-eligibility-unsure = ገና ርግጸኛ ኣይኮንኩን
review-field-eligibility-not_eligible = ምናልባት ኣይከኣልን
