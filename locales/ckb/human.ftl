### Flow "human" in Central Kurdish (Sorani, ckb): talk to a person from the employment service of the municipality (also /human).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

human-start-info = کەسێک لە بەشی کاری شارەوانییەکەت (kommune) دەتوانێت پەیوەندیت پێوە بکاتەوە. لە ڕۆژانی کاردا وەڵام دەدەنەوە، بۆیە لەوانەیە چەند ڕۆژێک بخایەنێت. ئەمە خزمەتگوزاریی فریاکەوتن نییە.
human-start-ask = دەتەوێت کەسێک پەیوەندیت پێوە بکات؟
human-municipality-ask = لە کام شارەوانی دەژیت؟ ناوەکەی بنووسە، بۆ نموونە Aarhus یان Odense.
human-phone-ask = بە چ ژمارەیەکی تەلەفۆن دەتوانن پەیوەندیت پێوە بکەن؟ بۆ نموونە 20 12 34 56.
human-interpreter-ask = بۆ قسەکردن بە تەلەفۆن پێویستت بە وەرگێڕ هەیە؟

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the callback lead's fields), not "your answers".
human-consent-ask =
    ئایا دەتوانین ژمارەی تەلەفۆن، شارەوانی، زمان و پێویستی وەرگێڕەکەت بنێرین بۆ بەشی کار لە { $municipality_name }؟ تەنها بۆ ئەوەی پەیوەندیت پێوە بکەنەوە. هەتا دۆسیەکەت دادەخرێت هەڵیان دەگرین، و دوای ئەوە لانیزۆر { $lead_retention_months ->
        [one] { $lead_retention_months } مانگ
       *[other] { $lead_retention_months } مانگ
    }. /forget دەیانسڕێتەوە.

# Said when the person chose to send what they typed (the button common-send-question).
# $question (String) - what the person typed and the bot did not understand, as typed
human-question-yours =
    پرسیارەکەت:
    { $question }
    تەنها ئەگەر لە کۆتاییدا بڵێیت بەڵێ، دەنێردرێت.

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# As human-consent-ask, and the person's own question goes too: it names it first.
human-consent-question-ask =
    ئایا دەتوانین پرسیارەکەت، ژمارەی تەلەفۆن، شارەوانی، زمان و پێویستی وەرگێڕەکەت بنێرین بۆ بەشی کار لە { $municipality_name }؟ تەنها بۆ ئەوەی پەیوەندیت پێوە بکەنەوە. هەتا دۆسیەکەت دادەخرێت هەڵیان دەگرین، و دوای ئەوە لانیزۆر { $lead_retention_months ->
        [one] { $lead_retention_months } مانگ
       *[other] { $lead_retention_months } مانگ
    }. /forget دەیانسڕێتەوە.

# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
human-done = سوپاس! بەشی کاری شارەوانیی { $municipality_name } پەیوەندیت پێوە دەکات، زۆربەی جار لە ڕۆژێکی کاردا. لەوانەیە چەند ڕۆژێک بخایەنێت.
human-not-saved = باشە. هیچ شتێک هەڵنەگیرا.
human-self = دەتوانیت خۆت پەیوەندی بە شارەوانییەکەتەوە بکەیت. ژمارەی تەلەفۆنەکە لە ماڵپەڕی شارەوانییەکەت بدۆزەوە، یان بڕۆ بۆ ئەوێ. داوای بەشی کار بکە و بڵێ کە ئارەزووت لە IGU هەیە.

## Buttons (at most 30 characters)

human-button-myself = نەخێر، خۆم دەیکەم
