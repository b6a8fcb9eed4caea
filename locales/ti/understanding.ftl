### Understanding typed messages in Tigrinya (Eritrean usage): example
### phrasings and keywords per topic. The bot never says these texts; they help
### it find the topic.
### Review status: draft (machine-assisted; needs a native speaker's review)
### The examples are machine-assisted drafts for a native speaker to review.
### Lines in Latin letters are the transliteration some learners type
### (demoz, selam, yekenyeley).

## Questions about IGU

# Topic about: what IGU is.
understand-about =
    igu እንታይ እዩ
    ብዛዕባ igu ንገሩኒ
    igu ግለጹለይ
    igu ትርጉሙ እንታይ እዩ
    igu ከመይ ይሰርሕ
    igu እንታይ ምዃኑ ኣይፈልጥን
    እዚ መደብ እንታይ እዩ
    ሓበሬታ ብዛዕባ igu
    igu ክትገልጹለይ ትኽእሉ ዶ
    igu entay eyu
    igu intay iyu
    bezaba igu ngeruni
    .keywords = igu እንታይ እዩ, ግለጹለይ, ትርጉሙ, መደብ, entay eyu

# Topic pay: salary, wage, what one earns.
understand-pay =
    ደሞዝ ክንደይ እዩ
    ክንደይ ደሞዝ ይኽፈለኒ
    ክንደይ ገንዘብ ክረክብ እየ
    ደሞዝ igu ክንደይ እዩ
    ኣብ ሰዓት ክንደይ
    ኣብ ወርሒ ክንደይ
    ደሞዝ ኣሎ ዶ
    ክኽፈለኒ ድዩ
    ደሞዝ መዓስ ይኽፈል
    ግብሪ ክኸፍል ድየ
    ደሞዝ ከም ካልኦት ሰራሕተኛታት ድዩ
    ደሞዝ?
    መሃያ ክንደይ እዩ
    demoz kndey eyu
    demoz kindey iyu
    kndey ykeflu
    .keywords = ደሞዝ, መሃያ, ክኽፈለኒ, ይኽፈለኒ, ኣብ ሰዓት, demoz

# Topic school: the school weeks, courses (AMU), language school.
understand-school =
    ትምህርቲ ኣሎ ዶ
    እንታይ ክመሃር እየ
    ክንደይ ሰሙን ትምህርቲ
    23 ሰሙን ትምህርቲ
    ናብ ቤት ትምህርቲ ክኸይድ ኣለኒ ዶ
    ኣየኖት ኮርሳት
    amu እንታይ እዩ
    ኮርስ amu
    ቤት ትምህርቲ ቋንቋ
    ቤት ትምህርቲ ኣበይ እዩ
    ትምህርቲ መዓስ እዩ
    ኮርስ ክመርጽ ይኽእል ዶ
    ሰርቲፊኬት ክወሃበኒ ድዩ
    ትምህርቲ ቋንቋ ዴንማርክ
    ሞያዊ ስልጠና
    timhrti alo do
    .keywords = ትምህርቲ, ቤት ትምህርቲ, ኮርስ, ኮርሳት, ስልጠና, ሰርቲፊኬት, timhrti

# Topic job: finding a workplace for IGU; internship (praktik) confusion.
understand-job =
    ከመይ ጌረ ስራሕ ክረክብ
    ስራሕ የድልየኒ
    igu ስራሕ ኣበይ ይርከብ
    ትካል ከመይ ክረክብ
    ስራሕ መን ይህበኒ
    ቦታ ስራሕ የብለይን
    ስራሕ ርኸቡለይ
    ስራሕ ክረክብ ሓግዙኒ
    እንታይ ዓይነት ስራሕ ኣሎ
    ትካል ባዕለይ ክደሊ ኣለኒ ዶ
    ስራሕ እደሊ ኣለኹ
    ከም praktik ድዩ
    igu ልምምድ ስራሕ ድዩ
    ኣብ ክሽነ ክሰርሕ እደሊ
    ንigu ስራሕ ኣበይ ከመልክት
    kemey gere srah krekb
    srah yedlyeni
    srah delye aleku
    ወሃቢ ስራሕ ከመይ ክረክብ
    .keywords = ስራሕ ክረክብ, ስራሕ የድልየኒ, ቦታ ስራሕ, ልምምድ ስራሕ, srah, ወሃቢ ስራሕ ክረክብ

# Topic start: how IGU starts, the agreement, who signs.
understand-start =
    ከመይ ክጅምር
    ከመይ ይጅምር
    igu ከመይ ይጅምር
    መጀመርታ እንታይ ክገብር
    ቀዳማይ ስጉምቲ
    ውዕል መን ይፍርም
    ውዕል ኣሎ ዶ
    ስምምዕ igu እንታይ እዩ
    እንታይ እየ ዝፍርም
    መዓስ ክጅምር ይኽእል
    ዕለት ምጅማር
    kemey kjmr
    .keywords = ክጅምር, ይጅምር, ቀዳማይ ስጉምቲ, ውዕል, ስምምዕ, ምፍራም, kjmr

# Topic after: after IGU, keeping the job, a-kasse, more education.
understand-after =
    ድሕሪ igu እንታይ ይኸውን
    ድሕሪ ክልተ ዓመት እንታይ
    ድሕሪ 2 ዓመት
    igu ምስ ተወድአ እንታይ ክገብር
    ኣብቲ ስራሕ ክቕጽል ይኽእል ዶ
    እቲ ትካል ክሕዘኒ ድዩ
    ድሕሪኡ ክሰርሕ ይኽእል ዶ
    a-kasse ክኣቱ ይኽእል ዶ
    ዋሕስ ስራሕ ኣልቦነት
    ድሕሪ igu ክመሃር ይኽእል ዶ
    ድሕሪ igu ቀጻሊ ስራሕ
    dhri igu entay
    .keywords = ድሕሪ igu, ምስ ተወድአ, ስራሕ ኣልቦነት, ቀጻሊ ስራሕ, dhri igu

# Topic stories: examples of people who did IGU.
understand-stories =
    ኣብነታት
    ዛንታታት ካልኦት
    igu ዝገበረ ሰብ ኣሎ ዶ
    መን ቅድሚ ሕጂ igu ገይሩ
    ኣብነታት ኣርእዩኒ
    ሓቀኛ ዛንታታት
    ዛንታታት ዓወት
    ተሞክሮ ሰባት
    ንካልኦት ከመይ ኮይኑሎም
    ከማይ ዝኣመሰለ ሰብ ኣሎ ዶ
    abnetat
    .keywords = ኣብነታት, ኣብነት, ዛንታ, ዛንታታት, ተሞክሮ, abnet

# Topic eligibility: can I join, who is IGU for, requirements.
understand-eligibility =
    ክሳተፍ ይኽእል ዶ
    igu ክገብር ይኽእል ዶ
    igu መን ክገብሮ ይኽእል
    igu ንመን እዩ
    ቅድመ ኩነታት እንታይ እዮም
    መምዘኒታት እንታይ እዮም
    ይፍቀደለይ ዶ
    ይበቅዕ ድየ
    igu ንዓይ ድዩ
    ኣነ ስደተኛ እየ ክሳተፍ ይኽእል ዶ
    ብምትእኽኻብ ስድራቤት እየ መጺአ ይኽእል ዶ
    ኣነ ካብ ኤርትራ እየ ክሳተፍ ይኽእል ዶ
    ኩሉ ሰብ ክሳተፍ ይኽእል ዶ
    ንዓይ ይከኣል ድዩ
    ክሳተፍ ከም ዝኽእል ፈትሹለይ
    ksatef ykel do
    ksatef yikil do
    መን እዩ ክምዝገብ ዝኽእል
    መን መሰል ኣለዎ ክሳተፍ
    ከመልክት ይኽእል ዶ
    ስደተኛ እየ ክሳተፍ ይኽእል ዶ
    ፍቓድ መንበሪ ኣለኒ igu ክገብር ይኽእል ዶ
    .keywords = ክሳተፍ ይኽእል, ቅድመ ኩነታት, መምዘኒታት, ይፍቀደለይ, ስደተኛ, ksatef ykel, ከመልክት ይኽእል, ክምዝገብ ይኽእል, መሰል ኣለኒ, ፍቓድ መንበሪ ኣለኒ, ክምዝገብ ዝኽእል, ከመልክት ዝኽእል

# Topic interest: I want to join, sign me up.
understand-interest =
    ክሳተፍ እደሊ
    ኣመዝግቡኒ
    ድሌት ኣለኒ
    igu እደሊ
    ስመይ ጽሓፉ
    ከመይ ጌረ ክምዝገብ
    ከመልክት እደሊ
    igu ክገብር እደሊ
    እወ እደሊ
    በጃኹም ኣመዝግቡኒ
    ክሳተፍ ድሌት ኣለኒ
    igu ክጅምር እደሊ
    ኣበይ ከመልክት
    ስመይ ናብ ኮሙን ስደዱ
    dlet aleni
    amezgbuni
    ksatef delye
    .keywords = ድሌት ኣለኒ, ኣመዝግቡኒ, ክምዝገብ, ከመልክት, ምዝገባ, dlet aleni

# Topic human: talk to a person, call me, the municipality (kommune).
understand-human =
    ደውሉለይ
    ምስ ሰብ ክዛረብ እደሊ
    ምስ ሓደ ሰብ ክዛረብ
    ሓቀኛ ሰብ
    ሓደ ሰብ ክድውለለይ ይኽእል ዶ
    ምስ ኮሙን ተራኸቡ
    ምስ ምምሕዳር ከተማ ክራኸብ እደሊ
    ምስ ሰራሕተኛ ጉዳየይ ክዛረብ እደሊ
    ቁጽሪ ተሌፎንኩም
    ክድውለልኩም ይኽእል ዶ
    ምስ መን ክዛረብ ይኽእል
    ኣማኻሪ
    ቦት ኣይኮነን ዝደሊ
    ምስ jobcenter ክዛረብ
    dewluley
    ms seb kzareb delye
    .keywords = ደውሉለይ, ምስ ሰብ ክዛረብ, ኮሙን, ምምሕዳር ከተማ, ተሌፎን, dewluley

# Topic privacy: what happens with my data.
understand-privacy =
    ብሓበሬታይ እንታይ ትገብሩ
    ሓበሬታይ ውሑስ ድዩ
    ሓበሬታይ መን ይርእዮ
    ምክልኻል ሓበሬታ
    ሓበሬታይ ንኻልኦት ትህቡ ዶ
    እንታይ ትዕቅቡ
    ብሕቱ ድዩ
    መልእኽተይ መን የንብቦ
    መልእኽተይ ትዕቅብዎ ዶ
    ክሳብ መዓስ ሓበሬታይ ትዕቅቡ
    ብሕትውነት
    .keywords = ብሕትውነት, ውሑስ, ምክልኻል ሓበሬታ, ብሕቱ, ትዕቅቡ

# Topic forget: delete my data.
understand-forget =
    ሓበሬታይ ደምስሱ
    ሓበሬታይ ይደምሰስ
    ረስዑኒ
    ሓበሬታይ ኣልግሱ
    ኩሉ ደምስሱ
    ሓበሬታይ ክድምሰስ እደሊ
    ቁጽረይ ደምስሱ
    ዝጸሓፍክዎ ደምስሱ
    መልእኽተይ ደምስሱ
    ስመይ ኣልግሱ
    ደምስስ
    .keywords = ደምስሱ, ይደምሰስ, ምድምሳስ, ኣልግሱ, ረስዑኒ

# Topic language: change the language of the chat.
understand-language =
    ቋንቋ ቀይሩ
    ካልእ ቋንቋ
    ካልእ ቋንቋ እደሊ
    ብትግርኛ
    ብትግርኛ ጽሓፉ
    ቋንቋ ምረጽ
    ብእንግሊዝኛ በጃኹም
    ጌጋ ቋንቋ
    ቋንቋ ምቕያር
    btgrnya
    tigrigna
    .keywords = ቋንቋ ቀይሩ, ካልእ ቋንቋ, ብትግርኛ, ትግርኛ, tigrigna

# Topic employer: I am an employer, my company wants to hire.
understand-employer =
    ኣነ ወሃቢ ስራሕ እየ
    ትካለይ ሰራሕተኛ ክቖጽር ይደሊ
    ስደተኛ ክንቆጽር ንደሊ
    ቤት መግቢ ኣለኒ
    ትካለይ igu ከመይ ክጥቀመሉ ይኽእል
    ኣነ ሓላፊ እየ
    ንወሃቢ ስራሕ ክንደይ የኽፍል
    ቦነስ ንወሃቢ ስራሕ
    ንግዲ ኣለኒ
    ንሕና ትካል ኢና
    ሓበሬታ ንወሃብቲ ስራሕ
    igu ቦታ ስራሕ ክህብ እደሊ
    .keywords = ወሃቢ ስራሕ, ወሃብቲ ስራሕ, ትካለይ, ክቖጽር, ቦነስ, ንግዲ

# Topic benefits: money in school weeks; social benefits (kontanthjælp, SU).
understand-benefits =
    kontanthjælp ክጠፍኣኒ ድዩ
    ሓገዝ ገንዘብ ክጠፍኣኒ ድዩ
    ኣብ ሰሙናት ትምህርቲ ገንዘብ
    ኣብ ትምህርቲ ክለኹ እንታይ ክረክብ
    igu ኣብ ሓገዝ ገንዘበይ ጽልዋ ኣለዎ ዶ
    ሓገዝ ገንዘበይ እንታይ ይኸውን
    ሓገዝ ገንዘበይ ክቕጽል ድዩ
    ሓገዝ ገዛ
    ገንዘብ ቆልዑ ክቕጽል ድዩ
    su ክረክብ ድየ
    ኣብ ሰሙናት ትምህርቲ መን ይኸፍለኒ
    ማሕበራዊ ሓገዝ
    ሓገዝ ካብ ኮሙን
    hagez genzeb
    ኣብ ሰሙናት ትምህርቲ ክፍሊት ኣሎ ዶ
    ኣብ ቤት ትምህርቲ ከለኹ መን ይኸፍለኒ
    .keywords = ሓገዝ ገንዘብ, ማሕበራዊ ሓገዝ, ሓገዝ ገዛ, ገንዘብ ቆልዑ, hagez genzeb, ገንዘብ ኣብ ትምህርቲ, ክፍሊት ትምህርቲ

# Topic danish: do I need to speak Danish.
understand-danish =
    ዳኒሽ የድሊ ድዩ
    ዳኒሽ ኣይዛረብን
    ቋንቋ ዴንማርክ ክዛረብ ኣለኒ ዶ
    ዳኒሽ ቋንቋይ ድኹም እዩ
    እንግሊዝኛ ጥራይ እዛረብ
    ክንደይ ደረጃ ዳኒሽ የድሊ
    ፈተና ዳኒሽ የድሊ ድዩ
    ብዘይ ዳኒሽ ይከኣል ድዩ
    ቁሩብ ዳኒሽ እዛረብ
    dansk ኣይፈልጥን
    danish yedli do
    .keywords = ዳኒሽ, ቋንቋ ዴንማርክ, ዴንማርክኛ, ፈተና ቋንቋ, danish

# Topic family: can my spouse or adult children also do IGU.
understand-family =
    ሰበይተይ ክትሳተፍ ትኽእል ዶ
    ወደይ 19 ዓመቱ እዩ
    ሰብኣየይ igu ክገብር ይኽእል ዶ
    ጓለይ igu ክትገብር ትኽእል ዶ
    ስድራይ'ውን ይኽእሉ ዶ
    ሓወይ igu ይደሊ
    ሰበይተይ 25 ዓመታ እያ
    ስድራይከ
    ኣነን ሰብኣየይን ክልቴና ንኽእል ዶ
    ደቀይ ዓበይቲ እዮም
    ወደይ'ውን ይኽእል ዶ
    .keywords = ሰበይተይ, ሰብኣየይ, ወደይ, ጓለይ, ደቀይ, ስድራይ, ሓወይ, ሓብተይ

# Topic limits: age limit and years in Denmark.
understand-limits =
    ኣነ 52 ዓመተይ እየ
    ኣብዚ 12 ዓመት ጸኒሐ
    ደረት ዕድመ
    ደረት ዕድመ ኣሎ ዶ
    ክሳብ ክንደይ ዕድመ
    49 ዓመተይ እየ ይኽእል ዶ
    17 ዓመተይ እየ
    50 ብዙሕ ድዩ
    ኣዝየ ዓብየ ድየ
    ኣብ ዴንማርክ ክንደይ ዓመት
    ቅድሚ 11 ዓመት መጺአ
    ኣብ ዴንማርክ 10 ዓመት ነቢረ
    .keywords = ዕድመ, ደረት ዕድመ, ዓመተይ, ዓብየ, ኣብ ዴንማርክ ዓመት

# Topic hours: hours per week, part time, full time.
understand-hours =
    ክንደይ ሰዓት
    ፍርቂ ግዜ ክሰርሕ ይኽእል ዶ
    ኣብ ሰሙን ክንደይ ሰዓት
    ምሉእ ግዜ ድዩ
    ሰዓታት ስራሕ እንታይ እዩ
    ውሑድ ሰዓት ክሰርሕ ይኽእል ዶ
    መዓልቲ መዓልቲ ድየ ዝሰርሕ
    ኣብ ሰሙን ክንደይ መዓልቲ
    ቀዳመ ሰንበት ክሰርሕ ድየ
    37 ሰዓት
    kndey seat
    .keywords = ሰዓት, ሰዓታት ስራሕ, ፍርቂ ግዜ, ምሉእ ግዜ, ኣብ ሰሙን, seat

# Topic leave: sickness, holidays.
understand-leave =
    እንተሓሚመ እንታይ ይኸውን
    ዕረፍቲ ኣሎ ዶ
    ዕረፍቲ
    ሕማም
    ቆልዓይ እንተሓሚሙ
    ዕረፍቲ ክወስድ ይኽእል ዶ
    ክሓምም ከለኹ ይኽፈለኒ ዶ
    ሓሚመ ኣለኹ
    ዕረፍቲ ሕርሲ
    ነፍሰ ጾር እየ
    ኣብ ክረምቲ ክጉዓዝ ይኽእል ዶ
    hamime aleku
    .keywords = ሕማም, ሓሚመ, እንተሓሚመ, ዕረፍቲ, ሕርሲ, ነፍሰ ጾር

# Topic stop: quit or stop IGU early.
understand-stop =
    ደው ከብሎ ይኽእል ዶ
    ክገድፎ ይኽእል ዶ
    እንተዘይሰሪሑ እንታይ ይኸውን
    igu ደው ከብሎ እደሊ
    ቀልጢፈ ክውድኦ ይኽእል ዶ
    ሓለቓይ እንተሰጒጉኒ
    ካብ ስራሕ ክሰጉጉኒ ይኽእሉ ዶ
    እቲ ስራሕ ኣይፈተኽዎን
    ካልእ ስራሕ እንተረኺበ
    እንተገዲፈዮ እንታይ ይኸውን
    ትካል ውዕል ከቋርጽ ይኽእል ዶ
    ምስ ሓለቓይ ጸገም ኣለኒ
    ውዕል ምቁራጽ
    .keywords = ደው ከብሎ, ክገድፎ, ምቁራጽ, ከቋርጽ, ክሰጉጉኒ, ምስጓግ

# Topic once: a second IGU.
understand-once =
    igu ክልተ ግዜ ክገብር ይኽእል ዶ
    ካልኣይ igu
    igu ደጊመ ክገብር ይኽእል ዶ
    igu ድሮ ገይረ እየ
    igu ክልተ ሳዕ
    ሓድሽ igu ክጅምር ይኽእል ዶ
    igu ወዲአ ካልእ ክገብር ይኽእል ዶ
    ካልኣይ ግዜ
    ሓደ ግዜ ጥራይ ድዩ
    .keywords = ክልተ ግዜ, ክልተ ሳዕ, ደጊመ, ካልኣይ igu, ካልኣይ ግዜ, ድሮ ገይረ

# Topic own-case: my residence permit, my case: a person answers.
understand-own-case =
    ፍቓድ መንበሪየይ ይውዳእ ኣሎ
    ጉዳየይ
    ፍቓድ መንበሪ
    ወረቓቕተይ
    ጉዳይ ዑቕባይ
    ቀዋሚ ፍቓድ መንበሪ መዓስ ክረክብ
    ፍቓደይ ከናውሕ
    ተነጺገ
    ከመይ ይግባይ ክብል
    ሕቶ ምትእኽኻብ ስድራቤት
    ካብ udlændingestyrelsen መልሲ እጽበ ኣለኹ
    ኣብ ጉዳየይ ሓግዙኒ
    ዜግነት
    ፓስፖርተይ
    opholdstilladelse ይውዳእ
    .keywords = ፍቓድ መንበሪ, ጉዳየይ, ዑቕባ, ይግባይ, ተነጺገ, ፓስፖርት, ዜግነት

## Conversation words

# Topic greeting.
understand-greeting =
    ሰላም
    ሰላም ኣለኹም
    ከመይ ኣለኹም
    ከመይ ሓዲርኩም
    ከመይ ውዒልኩም
    ከመይ ኣምሲኹም
    selam
    kemey aleka
    kemey aleki
    ከመይ ኣለኻ ሓወይ
    ከመይ ኣለኺ ሓፍተይ
    .keywords = ሰላም, ከመይ ኣለኹም, ከመይ ሓዲርኩም, selam, kemey aleka, ከመይ ኣለኻ, ከመይ ኣለኺ, kemey aleki

# Topic thanks.
understand-thanks =
    የቐንየለይ
    የቐንየልና
    ብዙሕ የቐንየለይ
    የቐንየለይ ስለ ሓገዝኩም
    የቐንየለይ ኣሕዋት
    yekenyeley
    yekenyelay
    ykenyeley
    .keywords = የቐንየለይ, የቐንየልና, yekenyeley, yekenyelay, ykenyeley

# Topic ack: ok, understood.
understand-ack =
    ሕራይ
    ጽቡቕ
    ተረዲኡኒ
    ተገንዚበ
    ሕራይ ተረዲኡኒ
    ሕራይ ጽቡቕ
    hray
    tsbuq
    terediuni
    እወ
    ኣይፋል
    ኣይ
    ewe
    ayfal
    .keywords = ሕራይ, ጽቡቕ, ተረዲኡኒ, ተገንዚበ, hray

# Topic menu: main menu, start over.
understand-menu =
    ሜኑ
    ቀንዲ ሜኑ
    ካብ መጀመርታ
    ካብ መጀመርታ ጀምር
    ናብ ሜኑ
    ሜኑ ኣርእየኒ
    ደጊምካ ጀምር
    ናብ መጀመርታ ተመለስ
    .keywords = ሜኑ, ቀንዲ ሜኑ, ካብ መጀመርታ, ደጊምካ ጀምር

# Topic help: help, I don't understand.
understand-help =
    ሓገዝ
    ሓግዙኒ
    ኣይተረደኣንን
    እንታይ ክትገብር ትኽእል
    እዚ ቦት ከመይ ይሰርሕ
    እንታይ ክሓትት ይኽእል
    ተደናጊረ
    ከመይ ክጥቀመሉ
    ሓገዝ የድልየኒ
    እንታይ ክጽሕፍ
    hagez
    .keywords = ሓግዙኒ, ኣይተረደኣንን, ተደናጊረ, ሓገዝ የድልየኒ, hagez

# Topic back: go back.
understand-back =
    ንድሕሪት
    ተመለስ
    ናብ ድሕሪት
    ዝሓለፈ
    ዝሓለፈ ሕቶ
    ሓደ ስጉምቲ ንድሕሪት
    ሰርዝ
    ndhrit
    .keywords = ንድሕሪት, ተመለስ, ዝሓለፈ ሕቶ, ndhrit
