### Review status: draft
## A small hand-made example set for the tests of bot/understand/ (not the bot's own examples).

understand-pay =
    كم الراتب
    كم سأكسب
    كم المبلغ الذي سأحصل عليه
    kam al ratib
    .keywords = راتب، أجر، løn
understand-school =
    هل توجد مدرسة
    ماذا سأتعلم
    .keywords = مدرسة، دورة، sprogskole
understand-job =
    كيف أجد عملاً
    أريد أن أشتغل
    3ayez a4ta8al
    .keywords = عمل، وظيفة، شغل
understand-interest =
    أريد الانضمام
    سجلني من فضلك
    أنا مهتم
    .keywords = تسجيل، مهتم
understand-greeting =
    مرحبا
    السلام عليكم
    صباح الخير
    .keywords = مرحبا، سلام، اهلا
understand-thanks =
    شكرا
    شكرا جزيلا
    .keywords = شكرا
understand-human =
    اتصل بي
    أريد التحدث مع شخص
    .keywords = اتصال، موظف، kommune
