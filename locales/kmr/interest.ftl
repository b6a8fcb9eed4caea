### Flow "interest" (Northern Kurdish, Kurmanji): the interest form. Only what the municipality needs to contact the person, then consent.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

interest-name-ask = Ez ê çend pirsên kurt bipirsim, da ku şaredariya te bikaribe bi te re têkilî dayne. Pêşî: navê te çi ye?

interest-name-latin-ask = Navê te li ser qerta rûniştinê (opholdskort) bi tîpên latînî (A, B, C) çawa hatiye nivîsîn? Heke tu nizanî, bişkokê bitikîne.
interest-municipality-ask = Tu li kîjan şaredariyê (kommune) dijî? Navê wê binivîse, wek nimûne Aarhus an Odense.
interest-contact-ask = Şaredariya te çawa bi te re têkilî dayne?
interest-phone-ask = Hejmara telefona te çi ye? Wek nimûne 20 12 34 56.
interest-email-ask = Navnîşana te ya e-mailê çi ye?
interest-interpreter-ask = Dema tu bi şaredariya xwe re diaxivî, tu wergêrekî dixwazî?
interest-danish-ask = Tu çiqas danîmarkî diaxivî? Her bersiv baş e.
interest-work-ask = Tu çi cure kar dixwazî? Ya ku herî baş li te tê hilbijêre. Paşê tu dikarî bi şaredariya xwe re li ser karên din jî biaxivî.

# Asked only on Telegram, after the questions and before the consent question. "Yes" means one
# message some days later (locales/kmr/followup.ftl); "no" means none. Do not state a number of days.
interest-followup-ask = Gelo igubot dikare piştî çend rojan li vir peyameke kurt ji te re bişîne, da ku bipirse ka şaredariya te bi te re têkilî daniye an na?

# This text is recorded with the consent: changing it changes the consent version.
# $municipality_name (String) - the name of the person's municipality, e.g. "Aarhus"
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
# It names exactly what is sent (the lead's fields), not "your answers".
interest-consent-ask =
    Em dikarin nav (bi tîpên latînî jî), telefon an e-name, şaredarî, ziman, pêwîstiya wergêr, asta danîmarkî, qada kar û encama "Ez dikarim beşdar bibim?" ya te ji beşa kar li { $municipality_name } re bişînin? Tenê ji bo têkiliya li ser IGU. Wan heta girtina dosyaya te û herî pir { $lead_retention_months ->
        [one] { $lead_retention_months } mehê
       *[other] { $lead_retention_months } mehan
    } piştre hildigirin.

# $name (String) - the name the person wrote
interest-saved = Spas, { $name }! Şaredariya te wê bi te re têkilî dayne da ku li ser IGU û tiştên ku ji bo te gengaz in biaxive. Ev ne pêşniyara kar e: tu û şirketek bi hev re li ser IGU li hev dikin.
interest-not-saved = Baş e. Tiştek nehat tomarkirin. Tu dikarî her dem ji menûyê dîsa formê tijî bikî.

## Buttons (at most 30 characters)

interest-button-phone = Axaftina telefonê
interest-button-sms = SMS
interest-button-email = E-mail
interest-button-danish-none = Qet nizanim
interest-button-danish-little = Hinekî
interest-button-danish-good = Baş
interest-button-work-retail = Dikan û firotin
interest-button-work-service = Paqijî û xizmet
interest-button-work-transport = Veguhestin û depo
interest-button-work-food = Metbex û xwarin
interest-button-work-building = Avakirin û karê destan
interest-button-work-other = Tiştekî din
interest-button-name-latin-skip = Nizanim / derbas bike
