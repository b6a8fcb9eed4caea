### Flow "eligibility" in Central Kurdish (Sorani, ckb): a first check by buttons. It never says "yes, you can": the company checks papers, the municipality advises.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

eligibility-start-ask = با بزانین ئایا لەوانەیە IGU بۆت بگونجێت. 3 پرسیاری کورتت لێ دەکەم. هیچ شتێک بەبێ «بەڵێ»ی تۆ بۆ کەس نانێردرێت. تەمەنت چەندە؟ تەمەنت بە ژمارە بنووسە.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
# Sorani keeps the noun singular after a number (1 ساڵ، 2 ساڵ), so both variants look alike.
eligibility-years-ask =
    ئایا ماوەی { $years_in_dk_max ->
        [one] { $years_in_dk_max } ساڵ
       *[other] { $years_in_dk_max } ساڵ
    } یان کەمتر ناونیشانت لە دانیمارک (لە تۆماری CPR) هەبووە؟ هەموو ئەو ساڵانە بژمێرە کە ناونیشانت لێرە بووە.

# "Refugee" means every permit the IGU law counts as a refugee's (facts.yaml: refugee_permits):
# asylum, UN quota refugees, humanitarian and other protection permits.
eligibility-basis-ask = چ جۆرە مۆڵەتێکی نیشتەجێبوونت هەیە؟ ئەگەر وەک پەنابەری کۆتای نەتەوە یەکگرتووەکان هاتوویت، یان مۆڵەتی مرۆیی یان پاراستنی ترت هەیە، «پەنابەر» هەڵبژێرە.

## Results

# $age_max (Number) - upper age limit (under), judged when IGU starts, from facts.yaml
# $igu_per_person (Number) - how many IGU courses one person can take (1), from facts.yaml
eligibility-likely =
    هەواڵی خۆش: لەوانەیە IGU بۆ تۆ گونجاو بێت. کاتێک IGU دەست پێ دەکات دەبێت تەمەنت کەمتر بێت لە { $age_max } ساڵ، و هەر کەسێک تەنها { $igu_per_person ->
        [one] یەک جار
       *[other] { $igu_per_person } جار
    } دەتوانێت IGU بکات. ئەمە وەڵامی کۆتایی نییە: کۆمپانیاکە و شارەوانییەکەت لەگەڵ خۆتدا دەیپشکنن.
eligibility-documents = پێش دەستپێکردنی IGU، کۆمپانیاکە دەپشکنێت کە دەتوانیت بەشداری بکەیت. یەکێک لەمانە ئامادە بکە: نامەی مۆڵەتی نیشتەجێبوونەکەت لە دەزگای کۆچی دانیمارک، کارتی نیشتەجێبوونەکەت، یان بەڵگەی ناونیشان لە CPR (bopælsattest).
eligibility-ukraine = بۆ ئۆکرانییەکان، IGU پەیوەستە بە مۆڵەتێکی دروست بەپێی یاسا تایبەتەکە (særloven). شارەوانییەکەت دەپشکنێت کە ئایا مۆڵەتەکەت دروستە و بۆ چ ماوەیەک. یاساکان لەوانەیە بگۆڕێن، بۆیە تکایە پێش ئەوەی پلان دابنێیت پرسیار بکە.
eligibility-next-ask = دەتەوێت شارەوانییەکەت (kommune) دەربارەی IGU پەیوەندیت پێوە بکات؟
eligibility-unsure = ئاساییە. زۆر کەس دڵنیا نین. کەسێک لە شارەوانییەکەت دەتوانێت لەگەڵ خۆتدا بیپشکنێت.

# $age_min (Number) - lowest age to start IGU, from facts.yaml
eligibility-too-young =
    IGU بۆ ئەو کەسانەیە کە لە کاتی دەستپێکردنی IGU دا لانیکەم تەمەنیان { $age_min ->
        [one] { $age_min } ساڵ
       *[other] { $age_min } ساڵ
    } بێت. بۆیە هێشتا ناتوانیت بەشداری IGU بکەیت. شارەوانییەکەت هەر دەتوانێت لە کار یان خوێندندا یارمەتیت بدات.

# $age_max (Number) - upper age limit (under), from facts.yaml
eligibility-too-old =
    IGU بۆ ئەو کەسانەیە کە لە کاتی دەستپێکردنی IGU دا تەمەنیان کەمتر لە { $age_max ->
        [one] { $age_max } ساڵ
       *[other] { $age_max } ساڵ
    } بێت. بۆیە بە ئەگەری زۆر ناتوانیت بەشداری IGU بکەیت. شارەوانییەکەت هەر دەتوانێت یارمەتیت بدات ڕێگەی تر بۆ کار بدۆزیتەوە.

# $years_in_dk_max (Number) - most years with an address in Denmark, from facts.yaml
eligibility-too-long =
    IGU بۆ ئەو کەسانەیە کە تا { $years_in_dk_max ->
        [one] { $years_in_dk_max } ساڵ
       *[other] { $years_in_dk_max } ساڵ
    } ناونیشانیان لە دانیمارک هەبووە. بۆیە بە ئەگەری زۆر ناتوانیت بەشداری IGU بکەیت. شارەوانییەکەت هەر دەتوانێت یارمەتیت بدات ڕێگەی تر بۆ کار بدۆزیتەوە.

# Shown before the "talk to a person" question: a permit of another name may still count.
eligibility-other-basis = مۆڵەتەکان ناوی زۆریان هەیە، و لەوانەیە مۆڵەتەکەی تۆش بۆ IGU حساب بکرێت. کەسێک لە شارەوانییەکەت دەتوانێت لەگەڵ خۆتدا مۆڵەتەکەت بپشکنێت.
eligibility-not-ask = دەتەوێت قسە لەگەڵ کەسێک لە شارەوانییەکەت بکەیت؟

## Buttons (at most 30 characters)

eligibility-button-no-say = پێم باشترە نەیڵێم
eligibility-button-years-over = نەخێر، زیاتر لەوە
eligibility-button-not-sure = دڵنیا نیم
eligibility-button-refugee = پەنابەر
eligibility-button-family = کۆکردنەوەی خێزان
eligibility-button-ukraine = یاسای تایبەتی ئۆکرانی
eligibility-button-afghan = یاسای تایبەتی ئەفغانی
eligibility-button-other = مۆڵەتێکی تر
eligibility-button-interest = بەڵێ، پەیوەندیم پێوە بکەن
eligibility-button-about = IGU چییە؟
eligibility-button-documents = چ بەڵگەنامەیەکم پێویستە؟
