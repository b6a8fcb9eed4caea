### Shared messages of igubot in Central Kurdish (Sorani, ckb): buttons, help, and the reasons shown when an answer is not valid.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

## Buttons used in many flows

common-yes = بەڵێ
common-no = نەخێر
common-menu = لیستی سەرەکی
common-offer-human = قسە لەگەڵ کەسێک
# A form's municipality question when the link the person came by (a poster's) named one.
# $hint_municipality_name (String) - that municipality's Danish name, e.g. Aarhus
common-municipality-hint-ask = ئایا لە { $hint_municipality_name } دەژیت؟
common-button-other-municipality = نەخێر، شارەوانییەکی تر

## Replies to typed messages

# Said before 2 or 3 buttons, each a topic the message may be about, and "Talk to a person".
common-did-you-mean = مەبەستت یەکێک لەمانەیە؟
common-not-understood = ببورە، لەوە تێنەگەیشتم. دەتوانم IGU ڕوون بکەمەوە، بپشکنم ئایا دەتوانیت بەشداری بکەیت، و ئارەزووەکەت بگەیەنمە شارەوانییەکەت (kommune). بە چەند وشەیەک بپرسە، یان دوگمەیەک دابگرە.
common-hello = سڵاو! 👋
common-welcome = شایەنی نییە!
common-ack = 👍
# Never shown: words that, typed as the whole message at a question that waits for typed
# text (a name, a phone number), leave the form for the main menu. Comma-separated; add the
# words people of this language type to stop (English and Danish ones work in every language).
common-stop-words = وەستە, بوەستە, هەڵوەشاندنەوە, دەرچوون, بەسە
# A button after typed messages the bot could not place (at most 30 characters).
common-send-question = پرسیارەکەم بنێرە بۆ شارەوانی

## Messages the engine can show on any step

common-help =
    دوگمەیەک دابگرە بۆ وەڵامدانەوە. دەتوانیت ئەم وشانەش بنووسیت:
    /menu – لیستی سەرەکی
    /back – پرسیاری پێشوو
    /language – گۆڕینی زمان
    /human – قسەکردن لەگەڵ کەسێک
    /forget – سڕینەوەی زانیارییەکانت
common-error = ببورە، هەڵەیەک ڕوویدا. تکایە دووبارە هەوڵ بدەرەوە، یان /menu بنووسە بۆ ئەوەی لە سەرەتاوە دەست پێ بکەیتەوە.
common-resume = ئەم چاتە نوێ کرایەوە. لەو شوێنەوە بەردەوام دەبین کە لێی بوویت.
common-ended = بەخێربێیتەوە! ئەمە لیستی سەرەکییە.
common-form-already-sent = ئەم فۆرمە پێشتر نێردراوە. وەڵامەکانت چیتر لەم چاتەدا هەڵناگیرێن. بۆ ناردنی فۆرمێکی نوێ، دووبارە لە لیستەکەدا هەڵیبژێرە.

## Reasons for an answer that is not valid (the question is then asked again)

error-empty = تکایە وەڵامێک بنووسە.
# $max_length (Number) - the most characters the answer may have
# Sorani keeps the noun singular after a number, so both variants look alike.
error-too-long =
    ئەمە زۆر درێژە. تکایە لانیزۆر { $max_length ->
        [one] { $max_length } پیت
       *[other] { $max_length } پیت
    } بنووسە.
error-number = تکایە ژمارەکە بە ڕەقەم بنووسە، بۆ نموونە 3.
# $minimum (Number) - the smallest number allowed
# $maximum (Number) - the biggest number allowed
error-number-range = تکایە ژمارەیەک لە { $minimum } تا { $maximum } بنووسە.
error-age = تکایە تەمەنت بە ژمارە بنووسە، بۆ نموونە 34.
error-phone = ئەمە لە ژمارەی تەلەفۆن ناچێت. تکایە بەم شێوەیە بینووسە: 20 12 34 56
error-email = ئەمە لە ناونیشانی ئیمەیڵ ناچێت. تکایە بەم شێوەیە بینووسە: name@example.com
error-municipality = ئەو شارەوانییەم نەدۆزییەوە. تکایە ناوەکەی بنووسە، بۆ نموونە «Aarhus»، یان ژمارەکەی، بۆ نموونە 751.
error-latin = تکایە ناوت بە پیتی لاتینی (A, B, C) بنووسە وەک لەسەر کارتی نیشتەجێبوون، یان بۆ تێپەڕاندن دوگمەکە دابگرە.
error-choose = تکایە یەکێک لە دوگمەکان دابگرە.

## Check before consent: a consent question first shows what it sends, one answer a line

common-review = تکایە وەڵامەکانت بپشکنە:
common-review-line = { $label }: { $value }
common-review-ok = هەمووی ڕاستە
common-review-change = گۆڕینی وەڵامێک
common-review-which = دەتەوێت کام وەڵام بگۆڕیت؟
common-review-send = بەڵێ، بینێرە

## The answers' labels in that list and on their buttons (at most 30 characters)

review-field-name = ناو
review-field-municipality = شارەوانی
review-field-contact = پەیوەندی لە ڕێگەی
review-field-phone = تەلەفۆن
review-field-email = ئیمەیڵ
review-field-interpreter = وەرگێڕ
review-field-danish_level = زمانی دانیمارکی
review-field-work_area = کار
review-field-followup_ok = نامە دوای چەند ڕۆژێک
review-field-question = پرسیارەکەت
review-field-company = کۆمپانیا
review-field-name_latin = ناو بە پیتی لاتینی
review-field-eligibility = ئەنجامی «دەتوانم بەشداری بکەم؟»
review-field-eligibility-likely = لەوانەیە IGU بگونجێت
review-field-eligibility-ukraine = پەیوەستە بە مۆڵەتەکەتەوە
review-field-eligibility-unsure = هێشتا دڵنیا نیم
review-field-eligibility-not_eligible = بە ئەگەری زۆر ناگونجێت
