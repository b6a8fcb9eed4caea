### Flow "human" in Dari (prs): talk to a person from the employment service of the municipality (also /human).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# "Employment service" of the municipality (not a jobcentre) is بخش کاریابی; "municipality" (kommune) is شاروالی.

human-start-info = یک شخص از بخش کاریابی شاروالی (kommune) شما می‌تواند دوباره به شما زنگ بزند. آن‌ها در روزهای کاری جواب می‌دهند، پس شاید چند روز وقت بگیرد. این خدمت برای حالت‌های عاجل نیست.
human-start-ask = آیا می‌خواهید یک شخص با شما تماس بگیرد؟
# Names written in Dari (Arabic script) are understood too: do not ask for Latin letters.
human-municipality-ask = در کدام شاروالی زندگی می‌کنید؟ نام آن را بنویسید، مثلاً Aarhus یا Odense.
human-phone-ask = با کدام شماره تلفون می‌توانند به شما زنگ بزنند؟ مثلاً 20 12 34 56.
human-interpreter-ask = آیا در تلفون به ترجمان ضرورت دارید؟

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the callback lead's fields), not "your answers".
human-consent-ask =
    آیا اجازه می‌دهید شماره تلفون، شاروالی، زبان و ضرورت شما به ترجمان را به بخش کاریابی در { $municipality_name } بفرستیم؟ فقط برای اینکه به شما زنگ بزنند. ما آن را تا بسته شدن دوسیه شما نگه می‌داریم، و بعد از آن حداکثر { $lead_retention_months ->
        [one] { $lead_retention_months } ماه
       *[other] { $lead_retention_months } ماه
    }. /forget آن را پاک می‌کند.

# Said when the person chose to send what they typed (the button common-send-question).
# $question (String) - what the person typed and the bot did not understand, as typed
human-question-yours =
    سوال شما:
    { $question }
    فقط وقتی فرستاده می‌شود که در آخر «بلی» بگویید.

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# As human-consent-ask, and the person's own question goes too: it names it first.
human-consent-question-ask =
    آیا اجازه می‌دهید سوال، شماره تلفون، شاروالی، زبان و ضرورت شما به ترجمان را به بخش کاریابی در { $municipality_name } بفرستیم؟ فقط برای اینکه به شما زنگ بزنند. ما آن را تا بسته شدن دوسیه شما نگه می‌داریم، و بعد از آن حداکثر { $lead_retention_months ->
        [one] { $lead_retention_months } ماه
       *[other] { $lead_retention_months } ماه
    }. /forget آن را پاک می‌کند.

# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
human-done = تشکر! بخش کاریابی در { $municipality_name } با شما تماس می‌گیرد، معمولاً در یک روز کاری. شاید چند روز وقت بگیرد.
human-not-saved = درست است. چیزی ذخیره نشد.
human-self = شما می‌توانید خودتان با شاروالی خود تماس بگیرید. شماره تلفون را در ویب‌سایت شاروالی خود پیدا کنید، یا به آنجا بروید. بخش کاریابی را بپرسید و بگویید که به IGU علاقه دارید.

## Buttons (at most 30 characters)

human-button-myself = نخیر، خودم تماس می‌گیرم
