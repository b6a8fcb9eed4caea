### Flow "human" in Persian (fa): talk to a person from the employment service of the municipality (also /human).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

human-start-info = یک نفر از بخش کاریابی شهرداری (kommune) شما می‌تواند به شما زنگ بزند. آن‌ها در روزهای کاری جواب می‌دهند، پس ممکن است چند روز طول بکشد. این خدمت برای موارد اضطراری نیست.
human-start-ask = آیا می‌خواهید یک نفر با شما تماس بگیرد؟
# Municipality names are understood in Persian or in Latin letters.
human-municipality-ask = در کدام شهرداری زندگی می‌کنید؟ نام آن را بنویسید، مثلاً Aarhus یا Odense.
human-phone-ask = با کدام شماره تلفن می‌توانند به شما زنگ بزنند؟ مثلاً 20 12 34 56.
human-interpreter-ask = آیا پشت تلفن به مترجم نیاز دارید؟

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the callback lead's fields), not "your answers".
human-consent-ask =
    آیا اجازه می‌دهید شماره تلفن، شهرداری، زبان و نیاز شما به مترجم را برای بخش کاریابی در { $municipality_name } بفرستیم؟ فقط برای اینکه به شما زنگ بزنند. ما آن‌ها را تا بسته شدن پرونده شما نگه می‌داریم، و بعد از آن حداکثر { $lead_retention_months ->
        [one] { $lead_retention_months } ماه
       *[other] { $lead_retention_months } ماه
    }. /forget آن‌ها را پاک می‌کند.

# Said when the person chose to send what they typed (the button common-send-question).
# $question (String) - what the person typed and the bot did not understand, as typed
human-question-yours =
    سؤال شما:
    { $question }
    فقط وقتی فرستاده می‌شود که در پایان «بله» بگویید.

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# As human-consent-ask, and the person's own question goes too: it names it first.
human-consent-question-ask =
    آیا اجازه می‌دهید سؤال، شماره تلفن، شهرداری، زبان و نیاز شما به مترجم را برای بخش کاریابی در { $municipality_name } بفرستیم؟ فقط برای اینکه به شما زنگ بزنند. ما آن‌ها را تا بسته شدن پرونده شما نگه می‌داریم، و بعد از آن حداکثر { $lead_retention_months ->
        [one] { $lead_retention_months } ماه
       *[other] { $lead_retention_months } ماه
    }. /forget آن‌ها را پاک می‌کند.

# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
human-done = متشکریم! بخش کاریابی در { $municipality_name } با شما تماس می‌گیرد، معمولاً در یک روز کاری. ممکن است چند روز طول بکشد.
human-not-saved = بسیار خب. چیزی ذخیره نشد.
human-self = می‌توانید خودتان با شهرداری خود تماس بگیرید. شماره تلفن را در وب‌سایت شهرداری خود پیدا کنید، یا به آنجا بروید. سراغ بخش کاریابی را بگیرید و بگویید که به IGU علاقه دارید.

## Buttons (at most 30 characters)

human-button-myself = نه، خودم تماس می‌گیرم
