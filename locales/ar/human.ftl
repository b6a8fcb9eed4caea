### Flow "human" (Arabic): talk to a person from the employment service of the municipality (also /human).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

human-start-info = يمكن لشخص من قسم التوظيف في بلديتك (kommune) أن يتصل بك. يردّون في أيام العمل، لذلك قد يستغرق الأمر بضعة أيام. هذه ليست خدمة طوارئ.
human-start-ask = هل تريد أن يتواصل معك شخص؟
human-municipality-ask = في أي بلدية (kommune) تسكن؟ اكتب الاسم، مثلًا Aarhus أو Odense.
human-phone-ask = على أي رقم هاتف يمكنهم الاتصال بك؟ مثلًا 20 12 34 56.
human-interpreter-ask = هل تحتاج إلى مترجم في المكالمة؟

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the callback lead's fields), not "your answers".
human-consent-ask =
    هل تسمح لنا أن نرسل رقم هاتفك، وبلديتك، ولغتك، وحاجتك إلى مترجم إلى قسم التوظيف في { $municipality_name }؟ فقط ليتصلوا بك. نحتفظ بها حتى يُغلق ملفك، وبعد ذلك لمدة أقصاها { $lead_retention_months ->
        [zero] { $lead_retention_months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $lead_retention_months } أشهر
        [many] { $lead_retention_months } شهرًا
       *[other] { $lead_retention_months } شهر
    }. الأمر /forget يحذفها.

# Said when the person chose to send what they typed (the button common-send-question).
# $question (String) - what the person typed and the bot did not understand, as typed
human-question-yours =
    سؤالك:
    { $question }
    لن نرسله إلا إذا قلت نعم في النهاية.

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# As human-consent-ask, and the person's own question goes too: it names it first.
human-consent-question-ask =
    هل تسمح لنا أن نرسل سؤالك، ورقم هاتفك، وبلديتك، ولغتك، وحاجتك إلى مترجم إلى قسم التوظيف في { $municipality_name }؟ فقط ليتصلوا بك. نحتفظ بها حتى يُغلق ملفك، وبعد ذلك لمدة أقصاها { $lead_retention_months ->
        [zero] { $lead_retention_months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $lead_retention_months } أشهر
        [many] { $lead_retention_months } شهرًا
       *[other] { $lead_retention_months } شهر
    }. الأمر /forget يحذفها.

# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
human-done = شكرًا! سيتواصل معك قسم التوظيف في { $municipality_name }، عادةً في يوم عمل. قد يستغرق ذلك بضعة أيام.
human-not-saved = حسنًا. لم نحفظ أي شيء.
human-self = يمكنك أن تتواصل مع بلديتك بنفسك. تجد رقم الهاتف على موقع بلديتك، أو يمكنك الذهاب إلى هناك. اطلب قسم التوظيف وقل إن IGU يهمّك.

## Buttons (at most 30 characters)

human-button-myself = لا، سأفعل ذلك بنفسي
