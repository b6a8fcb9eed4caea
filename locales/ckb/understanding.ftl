### Understanding typed messages in Central Kurdish (Sorani, ckb): example
### phrasings and keywords per topic. The bot never says these texts: a
### matcher compares what a learner types with them and picks a topic.
### Review status: draft (machine-assisted; needs review by a native speaker)
### The examples are machine-assisted drafts for a native speaker to review.
### They use Sorani in Arabic script (now and then typed on an Arabic
### keyboard), the Latin spellings people use for Kurdish (slaw, spas, mwcha,
### çende), and Danish words learners use (løn, SU, kommune, praktik ...).
### One example per line; the .keywords are single words or short terms,
### separated by commas.

## Questions about IGU

# Topic about: what IGU is in general.
understand-about =
    IGU چییە
    IGU چیە
    IGU واتای چییە
    IGU م بۆ ڕوون بکەرەوە
    زانیاری دەربارەی IGU
    ئەم بەرنامەیە چییە
    IGU چۆن کار دەکات
    نازانم IGU چییە
    integrationsgrunduddannelse واتای چییە
    بیستوومە IGU هەیە ئەوە چییە
    باسی IGU بکە
    igu chya
    igu chiya
    .keywords = واتای, ڕوون بکەرەوە, دەربارەی IGU, باسی IGU, igu chya

# Topic pay: the wage in IGU (løn), per month or per hour, tax.
understand-pay =
    مووچە چەندە
    مووچەکەی چەندە
    چەند پارە دەدەن
    مانگانە چەند وەردەگرم
    کاتژمێری چەندە
    کرێ چەندە
    مووچەی IGU چەندە
    معاش چەندە
    مووچه چنده
    løn چەندە
    دوای باج چەندم بۆ دەمێنێتەوە
    مووچەکە کەمە یان زۆر
    چەند پارە پەیدا دەکەم
    muchakay chanda
    mwcha chanda
    muçe çende
    chand para dadan
    .keywords = مووچە, مووچەکە, مووچەکەی, پارە, معاش, løn, mwcha, para

# Topic school: the 23 weeks of school, courses (AMU), language school.
understand-school =
    قوتابخانە هەیە
    خوێندنیش هەیە
    چی فێر دەبم
    چی دەخوێنین
    چەند هەفتە قوتابخانەیە
    ٢٣ هەفتە قوتابخانە واتای چی
    پۆلەکان لە کوێن
    کۆرسەکان کەین
    کۆرسەکانی AMU چین
    دەبێت بچمە sprogskole
    کۆرسی زمانیش هەیە
    هەموو ڕۆژێک قوتابخانەیە
    خوێندن چۆنە
    xwendn haya
    chi fer dabm
    .keywords = قوتابخانە, خوێندن, کۆرس, پۆل, فێر دەبم, AMU, sprogskole, xwendn

# Topic job: finding a workplace for IGU; who finds it; praktik confusion.
understand-job =
    چۆن کار بدۆزمەوە
    کارم دەوێت
    بەدوای کاردا دەگەڕێم
    کارم نییە
    ئیشم دەوێ
    کێ کارم بۆ دەدۆزێتەوە
    خۆم دەبێت کار بدۆزمەوە
    چ جۆرە کارێکە
    کارێکم بۆ بدۆزنەوە
    IGU و praktik جیاوازیان چییە
    ئەمە praktik ە یان کاری ڕاستەقینە
    شوێنی کار چۆن بدۆزمەوە
    ish dozinawa
    karm dawe
    چۆن خاوەنکار بدۆزمەوە
    .keywords = کار بدۆزمەوە, کارم دەوێت, ئیشم, شوێنی کار, praktik, karm dawe, خاوەنکار بدۆزمەوە

# Topic start: how an IGU starts: the agreement, who signs, first steps.
understand-start =
    چۆن دەست پێ بکەم
    لە کوێوە دەست پێبکەم
    یەکەم هەنگاو چییە
    IGU چۆن دەست پێدەکات
    گرێبەستەکە کێ واژۆی دەکات
    گرێبەستی IGU چییە
    کەی دەتوانم دەست پێبکەم
    سەرەتا دەبێت چی بکەم
    گرێبەست لە نێوان من و کۆمپانیا
    چۆن دەستپێبکەم
    chon dast pe bkam
    .keywords = دەست پێ بکەم, دەست پێبکەم, دەستپێبکەم, گرێبەست, واژۆ

# Topic after: what happens when IGU ends; a-kasse; more jobs or education.
understand-after =
    دوای IGU چی دەبێت
    دوای دوو ساڵ چی
    کە تەواو بوو چی دەبێت
    دواتر چی دەبێت
    کۆمپانیاکە دەمهێڵێتەوە
    دواتر دەتوانم بخوێنم
    دواتر a-kasse چۆن دەبێت
    بڕوانامە دەدەن
    دوای کۆتایی IGU
    کە IGU تەواو بوو کارەکەم دەمێنێت
    dway IGU chi dabet
    .keywords = دوای IGU, دواتر, تەواو بوو, کۆتایی, دوو ساڵ, a-kasse, بڕوانامە

# Topic stories: examples of people who did IGU.
understand-stories =
    نموونەتان هەیە
    نموونەیەک بڵێ
    ئەزموونی خەڵک
    کێ IGU ی کردووە
    چیرۆکی خەڵک
    ئەزموونی ئەوانەی IGU یان کردووە
    خەڵکی سەرکەوتوو
    خەڵکی وەک من
    چیرۆکی سەرکەوتن
    mnwna
    .keywords = نموونە, نموونەیەک, ئەزموون, چیرۆک, سەرکەوتوو, سەرکەوتن, mnwna

# Topic eligibility: can I join, who is it for, the conditions.
understand-eligibility =
    دەتوانم IGU بکەم
    من دەتوانم بەشدار بم
    مەرجەکان چین
    مەرجی IGU چییە
    کێ دەتوانێت IGU بکات
    من پەنابەرم دەتوانم
    بە کۆکردنەوەی خێزان هاتووم دەتوانم
    من لە ئۆکرانیاوە هاتووم
    ڕێگەم پێدەدرێت
    شایستەم
    مافم هەیە IGU بکەم
    IGU بۆ کێیە
    بۆ من دەگونجێت
    datwanm IGU bkam
    marjakan chin
    کێ دەتوانێت داوا بکات
    کێ مافی هەیە بەشداری بکات
    دەتوانم داوا بکەم
    من پەنابەرم دەتوانم بەشداری بکەم
    مۆڵەتی مانەوەم هەیە دەتوانم IGU بکەم
    بە پاراستنی کاتی دەتوانم بەشدار بم
    .keywords = مەرج, مەرجەکان, پەنابەرم, شایستە, مافم هەیە, marjakan, دەتوانم داوا بکەم, دەتوانم بەشداری بکەم, مافی هەیە

# Topic interest: I want to do IGU, sign me up, register.
understand-interest =
    دەمەوێت IGU بکەم
    حەزم لێیە
    حەزم لێیەتی
    ناوم تۆمار بکە
    تۆمارم بکە
    دەمەوێت خۆم تۆمار بکەم
    چۆن ناو تۆمار بکەم
    ئارەزووم هەیە
    دەمەوێت بەشداری بکەم
    ناونووسین
    ناوم بنووسە
    ئامادەم
    tomarm bka
    hazm lea
    .keywords = تۆمار, تۆمارم, حەزم لێیە, ئارەزوو, ناونووسین, tomar

# Topic human: talk to a person, call me, the kommune or jobcenter.
understand-human =
    دەمەوێت لەگەڵ کەسێک قسە بکەم
    لەگەڵ مرۆڤێکی ڕاستەقینە قسە بکەم
    پەیوەندیم پێوە بکەن
    تەلەفۆنم بۆ بکەن
    ژمارەی تەلەفۆن
    لەگەڵ کۆمیون قسە بکەم
    پەیوەندی بە kommune
    ژمارەی jobcenter م بدەنێ
    تۆ ڕۆبۆتی مرۆڤم دەوێت
    دەمەوێت لەگەڵ فەرمانبەر قسە بکەم
    لەگەڵ بەرپرسێک قسە بکەم
    کەسێک تەلەفۆنم بۆ بکات
    zangm bo bkan
    qsa lagal kasek bkam
    .keywords = کەسێک, مرۆڤ, پەیوەندی, تەلەفۆن, فەرمانبەر, kommune, jobcenter

# Topic privacy: what the bot does with my data, who sees it.
understand-privacy =
    زانیارییەکانم چی لێدەکەن
    زانیارییەکانم بۆ کوێ دەچن
    کێ زانیارییەکانم دەبینێت
    زانیارییەکانم پارێزراون
    تایبەتمەندی
    نهێنی
    نامەکانم کێ دەیخوێنێتەوە
    ناو و ژمارەم هەڵدەگرن
    ئەم گفتوگۆیە نهێنییە
    ئاسایشی زانیاری
    .keywords = تایبەتمەندی, نهێنی, پارێزراون, ئاسایش, GDPR

# Topic forget: delete my data.
understand-forget =
    زانیارییەکانم بسڕەوە
    زانیارییەکانم بسڕنەوە
    ناوم لابەرن
    هەموو زانیارییەکانم بسڕنەوە
    ژمارەکەم بسڕەوە
    دەمەوێت زانیارییەکانم بسڕدرێنەوە
    بیسڕەوە
    لە بیرم بکە
    سڕینەوەی زانیاری
    bsrawa
    .keywords = بسڕەوە, بسڕنەوە, سڕینەوە, لابەرن, بیسڕەوە, forget

# Topic language: change the language of the conversation.
understand-language =
    زمان بگۆڕە
    گۆڕینی زمان
    زمانێکی تر
    بە کوردی
    کوردی سۆرانی
    ئینگلیزی دەوێت
    بە عەرەبی
    بە کوردی قسە بکە
    English please
    kurdi
    .keywords = زمان بگۆڕە, گۆڕینی زمان, زمانێکی تر, کوردی, ئینگلیزی, kurdi

# Topic employer: I am an employer or a company that wants to hire.
understand-employer =
    من خاوەنکارم
    کۆمپانیام هەیە
    کۆمپانیاکەم دەیەوێت کرێکار دابمەزرێنێت
    دەمەوێت کەسێک دابمەزرێنم
    خاوەنی چێشتخانەم
    چۆن لە ڕێگەی IGU کرێکار دابمەزرێنم
    دوکانم هەیە کرێکارم دەوێت
    ئێمە کۆمپانیایەکین
    خاوەنکار دەبێت چی بکات
    کۆمپانیا چ یارمەتییەک وەردەگرێت
    .keywords = خاوەنکار, دامەزراندن, دابمەزرێنم, کۆمپانیام, arbejdsgiver

# Topic benefits: money in school weeks; kontanthjælp, SU, boligstøtte.
understand-benefits =
    kontanthjælp م دەبڕن
    یارمەتی دارایی دەبڕدرێت
    لە هەفتەکانی قوتابخانە کێ پارە دەدات
    SU وەردەگرم
    integrationsydelse چی لێدێت
    boligstøtte کەم دەبێتەوە
    یارمەتی کۆمیون دەبڕدرێت
    یارمەتی کرێی خانوو
    پارەی منداڵان کەم دەبێتەوە
    یارمەتی کۆمەڵایەتی
    لە هەفتەکانی قوتابخانە پارە دەدرێت
    کاتێک لە قوتابخانەم کێ پارەم دەداتێ
    .keywords = kontanthjælp, integrationsydelse, SU, boligstøtte, دارایی, پارە لە قوتابخانە, پارەی قوتابخانە

# Topic danish: do I need to speak Danish, what level.
understand-danish =
    دەبێت دانیمارکی بزانم
    دانیمارکی پێویستە
    دانیمارکی نازانم
    دانمارکی نازانم
    زمانی دانیمارکی پێویستە
    دانیمارکییەکەم لاوازە
    چەند دانیمارکی دەبێت بزانم
    ئاستی دانیمارکی
    ناتوانم بە دانیمارکی قسە بکەم
    بەبێ دانیمارکی دەبێت
    تاقیکردنەوەی دانیمارکی
    modul 3 م کافییە
    danimarki nazanm
    .keywords = دانیمارکی, دانمارکی, ئاستی, modul, danimarki, dansk

# Topic family: can my spouse, adult children or relatives do IGU too.
understand-family =
    ژنەکەم دەتوانێت
    مێردەکەم دەتوانێت
    کوڕەکەم ١٩ ساڵە
    کچەکەم ٢٠ ساڵە دەتوانێت
    منداڵەکانم دەتوانن
    براکەم دەتوانێت
    خوشکەکەم دەتوانێت بەشدار بێت
    خێزانەکەشم دەتوانن
    هاوسەرەکەم دەتوانێت IGU بکات
    kurakam 19 sala
    .keywords = ژنەکەم, مێردەکەم, کوڕەکەم, کچەکەم, براکەم, خوشکەکەم, هاوسەر

# Topic limits: age limits and years in Denmark; often just a number.
understand-limits =
    تەمەنم ٥٢ ساڵە
    من 52 ساڵم
    ٤٨ ساڵم دەتوانم
    سنووری تەمەن
    زۆرترین تەمەن چەندە
    ١٢ ساڵە لە دانیمارکم
    ١٠ ساڵە لێرەم
    دەبێت چەند ساڵ لە دانیمارک بم
    زۆر بەتەمەنم
    ١٧ ساڵم
    tamanm 50 sala
    .keywords = تەمەن, تەمەنم, ساڵم, سنووری تەمەن, بەتەمەن, لە دانیمارکم, taman

# Topic hours: hours per week, part time, full time.
understand-hours =
    هەفتانە چەند کاتژمێر
    لە هەفتەیەکدا چەند سەعات
    نیوە دەوام دەبێت
    دەوامی تەواو
    ڕۆژانە چەند کاتژمێر کار
    کاتژمێرەکانی کار
    چەند ڕۆژ لە هەفتەدا
    deltid دەبێت
    37 کاتژمێر لە هەفتەیەکدا
    chand saat
    .keywords = چەند کاتژمێر, سەعات, نیوە دەوام, دەوامی تەواو, deltid

# Topic leave: sickness, holidays, vacation, pregnancy.
understand-leave =
    ئەگەر نەخۆش بکەوم
    نەخۆش بووم چی دەبێت
    پشووم هەیە
    چەند ڕۆژ پشوو
    مۆڵەتی نەخۆشی
    ferie م هەیە
    ئەگەر syg بم
    دووگیانم
    منداڵەکەم نەخۆش بکەوێت
    پشووی هاوین
    .keywords = نەخۆش, نەخۆشی, پشوو, پشووم, دووگیان, ferie, syg

# Topic stop: quitting IGU early, being fired, if it does not work out.
understand-stop =
    دەتوانم واز لە IGU بهێنم
    لە ناوەڕاستدا واز بهێنم
    ئەگەر کارەکە باش نەبوو
    دەست لەکار بکێشمەوە
    دەمەوێت بچمە دەرەوە
    ئەگەر دەرم بکەن
    ئەگەر نەگونجا چی
    زووتر تەواوی بکەم
    نامەوێت بەردەوام بم
    بیوەستێنم
    .keywords = واز بهێنم, دەست لەکار, دەرم بکەن, نەگونجا, بیوەستێنم

# Topic once: doing IGU a second time.
understand-once =
    دەتوانم دووبارە IGU بکەم
    دوو جار دەبێت
    جارێکی تر
    پێشتر IGU م کردووە
    IGU ی دووەم
    بۆ جاری دووەم
    تەنها یەک جارە
    IGU دووبارە بکەمەوە
    dubara IGU
    .keywords = دووبارە, دوو جار, جاری دووەم, جارێکی تر, پێشتر, یەک جار, dubara

# Topic own-case: my residence permit, asylum or family reunification case,
# papers. A person answers these; the examples route them to a person.
understand-own-case =
    ئیقامەکەم بەسەر دەچێت
    مۆڵەتی مانەوەکەم
    دۆسیەکەم
    کەیسی پەنابەری
    کەیسەکەم
    ڕەتکرامەوە
    وەڵامی کۆکردنەوەی خێزانەکەم نەهاتووە
    پاسپۆرتەکەم
    ڕەگەزنامە
    بەڵگەنامەکانم
    ڤیزا
    نوێکردنەوەی ئیقامە
    Udlændingestyrelsen وەڵامی نەداوەتەوە
    opholdstilladelse
    iqama
    .keywords = ئیقامە, مۆڵەتی مانەوە, دۆسیە, کەیس, پاسپۆرت, ڕەگەزنامە, ڤیزا

## Conversation words

# Topic greeting: hello, hi, salam.
understand-greeting =
    سڵاو
    سلاو
    سڵاو چۆنی
    چۆنی
    باشی
    بەیانی باش
    ئێوارە باش
    السلام علیکم
    سڵاوتان لێ بێت
    slaw
    slaw choni
    چۆنی باشی
    ئەحواڵت چۆنە
    .keywords = سڵاو, سلاو, چۆنی, بەیانی باش, ئێوارە باش, السلام علیکم, slaw, ئەحواڵت چۆنە

# Topic thanks: thank you.
understand-thanks =
    سوپاس
    زۆر سوپاس
    دەستت خۆش
    سوپاس بۆ یارمەتییەکەت
    زۆر مەمنون
    ساغ بی
    سپاس
    spas
    supas
    tak
    .keywords = سوپاس, سپاس, دەستت خۆش, مەمنون, ساغ بی, spas, supas, tak

# Topic ack: ok, fine, understood (not an answer to a question).
understand-ack =
    باشە
    ئۆکەی
    ok
    تێگەیشتم
    دەی
    بەڵێ
    زۆر باشە
    ئەوکەی
    باشە تێگەیشتم
    ڕاستە
    okay
    bashe
    نەخێر
    نا
    ئەرێ
    bale
    .keywords = باشە, ئۆکەی, ئەوکەی, ڕاستە, تێگەیشتم, ok, bashe

# Topic menu: the main menu, start over.
understand-menu =
    مێنیو
    مینیو
    لیستی سەرەکی
    بگەڕێوە بۆ مێنیو
    لە سەرەتاوە
    لە سەرەتاوە دەست پێبکەرەوە
    پەڕەی سەرەکی
    menu
    مێنیوی سەرەکی
    .keywords = مێنیو, مینیو, لیستی سەرەکی, لە سەرەتاوە, پەڕەی سەرەکی, menu

# Topic help: help, I don't understand, what can you do.
understand-help =
    یارمەتی
    یارمەتیم بدە
    تێنەگەیشتم
    تێناگەم
    چی دەتوانیت بکەیت
    چی بپرسم
    چۆن بەکاری بهێنم
    چی بنووسم
    ڕێنمایی
    یارمەتیم پێویستە
    help
    komak
    .keywords = یارمەتیم بدە, تێنەگەیشتم, تێناگەم, ڕێنمایی, help

# Topic back: go back to the previous question or step.
understand-back =
    گەڕانەوە
    بگەڕێوە
    بگەڕێرەوە
    دواوە
    پێشوو
    پرسیاری پێشوو
    هەنگاوێک بۆ دواوە
    back
    bgarewa
    .keywords = گەڕانەوە, بگەڕێوە, بگەڕێرەوە, دواوە, پێشوو, back
