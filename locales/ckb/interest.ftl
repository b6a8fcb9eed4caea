### Flow "interest" in Central Kurdish (Sorani, ckb): the interest form. Only what the municipality needs to contact the person, then consent.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

interest-name-ask = چەند پرسیارێکی کورتت لێ دەکەم، بۆ ئەوەی شارەوانییەکەت (kommune) بتوانێت پەیوەندیت پێوە بکات. یەکەم: ناوت چییە؟

interest-name-latin-ask = ناوت لەسەر کارتی نیشتەجێبوون (opholdskort) بە پیتی لاتینی (A, B, C) چۆن نووسراوە؟ ئەگەر نازانیت، دوگمەکە دابگرە.
interest-municipality-ask = لە کام شارەوانی دەژیت؟ ناوەکەی بنووسە، بۆ نموونە Aarhus یان Odense.
interest-contact-ask = شارەوانییەکەت چۆن پەیوەندیت پێوە بکات؟
interest-phone-ask = ژمارەی تەلەفۆنەکەت چییە؟ بۆ نموونە 20 12 34 56.
interest-email-ask = ناونیشانی ئیمەیڵەکەت چییە؟
interest-interpreter-ask = کاتێک لەگەڵ شارەوانییەکەت قسە دەکەیت، وەرگێڕت دەوێت؟
interest-danish-ask = چەند دانیمارکی دەزانیت؟ هەموو وەڵامێک ئاساییە.
interest-work-ask = حەزت لە چ جۆرە کارێکە؟ ئەوەیان هەڵبژێرە کە زۆرتر دەگونجێت. دواتر دەتوانیت لەگەڵ شارەوانییەکەت دەربارەی کاری تریش قسە بکەیت.

# Asked only on Telegram, after the questions and before the consent question. "Yes" means one
# message some days later (locales/ckb/followup.ftl); "no" means none. Do not state a number of days.
interest-followup-ask = ئایا igubot دەتوانێت دوای چەند ڕۆژێک یەک نامەی کورت لێرە بۆت بنێرێت، بۆ ئەوەی بپرسێت ئایا شارەوانییەکەت پەیوەندیی بە تۆوە کردووە یان نا؟

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the lead's fields), not "your answers".
interest-consent-ask =
    ئایا دەتوانین ناو (بە پیتی لاتینیش)، تەلەفۆن یان ئیمەیڵ، شارەوانی، زمان، پێویستی وەرگێڕ، ئاستی دانیمارکی، بواری کار و ئەنجامی «دەتوانم بەشداری بکەم؟»ەکەت بنێرین بۆ بەشی کار لە { $municipality_name }؟ تەنها بۆ پەیوەندیکردن دەربارەی IGU. هەتا دۆسیەکەت دادەخرێت هەڵیان دەگرین، و دوای ئەوە لانیزۆر { $lead_retention_months ->
        [one] { $lead_retention_months } مانگ
       *[other] { $lead_retention_months } مانگ
    }.

# $name (String) - the name the person wrote
interest-saved = سوپاس، { $name }! شارەوانییەکەت پەیوەندیت پێوە دەکات بۆ قسەکردن دەربارەی IGU و ئەو شتانەی بۆ تۆ دەکرێن. ئەمە پێشنیاری کار نییە: تۆ و کۆمپانیایەک پێکەوە لەسەر IGU ڕێک دەکەون.
interest-not-saved = باشە. هیچ شتێک هەڵنەگیرا. هەر کاتێک بتەوێت، دەتوانیت لە لیستەکەوە دووبارە فۆرمەکە پڕ بکەیتەوە.

## Buttons (at most 30 characters)

interest-button-phone = پەیوەندیی تەلەفۆنی
interest-button-sms = نامەی SMS
interest-button-email = ئیمەیڵ
interest-button-danish-none = هیچ
interest-button-danish-little = کەمێک
interest-button-danish-good = باش
interest-button-work-retail = دوکان و فرۆشتن
interest-button-work-service = پاککردنەوە و خزمەتگوزاری
interest-button-work-transport = گواستنەوە و کۆگا
interest-button-work-food = چێشتخانە و خواردن
interest-button-work-building = بیناسازی و پیشەی دەستی
interest-button-work-other = شتێکی تر
interest-button-name-latin-skip = نازانم / تێپەڕاندن
