### Flow "privacy" (Northern Kurdish, Kurmanji): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the operator or municipality named in the configuration ([privacy] controller), or privacy-controller-unset
privacy-start-ask = Daneyên te. Berpirsiyarê daneyên te: { $controller }. Dema tu diaxivî, em ziman û bersivên te hildigirin da ku axaftin bixebite. Em qet li ser ol an tenduristiya te napirsin. Rûpelên din dibêjin em çi dipirsin, çi dişînin, çiqas hildigirin û mafên te çi ne.

# Screen 2: what "Can I join?" asks, and that it is never sent; typed messages the bot did not understand.
# $unplaced_message_days (Number) - days a message the bot did not understand is kept, from facts.yaml
privacy-asked-ask =
    "Ez dikarim beşdar bibim?" temen, salên te li Danîmarkayê û cureyê destûra rûniştinê ya te dipirse. Destûr dikare nîşan bide tu ji ku derê yî. Ev bersiv li vir dimînin û qet nayên şandin. Peyamek ku bot fam nake { $unplaced_message_days ->
        [one] { $unplaced_message_days } rojê
       *[other] { $unplaced_message_days } rojan
    } tê hilgirtin, bê hejmar û bê girêdan bi te re, da ku bot baştir bibe.

# Screen 3: what the form sends, to whom, why, and on what basis (consent).
privacy-sent-ask = Tenê bi "erê"-ya te, em nav (bi tîpên latînî jî), telefon an e-name, şaredarî, ziman, pêwîstiya wergêr, asta danîmarkî, qada kar û encama "Ez dikarim beşdar bibim?" ya te ji beşa kar a şaredariya te re dişînin, tenê ji bo têkiliya li ser IGU. Bingeha qanûnî "erê"-ya te ye.

# Screen 4: what "Talk to a person" sends.
privacy-callback-ask = "Bi kesekî re biaxive": tenê bi "erê"-ya te, em hejmara telefonê, şaredarî, ziman û pêwîstiya wergêr ji beşa kar a şaredariya te re dişînin, da ku li te bigere. Tiştekî din ji axaftinê nayê şandin. Li Telegramê em her wiha dişînin ka em dikarin carekê li te bipirsin an na.

# Screen 5: what "Send question to municipality" sends.
privacy-question-ask = "Pirsê bişîne şaredariyê": heke bot te fam nekir, tu dikarî tiştê ku te nivîsiye bişînî. Tenê bi "erê"-ya te, em pirsa te wek ku te nivîsiye, bi hejmara telefonê, şaredarî, ziman û pêwîstiya wergêr re dişînin, da ku şaredarî li te bigere.

# Screen 6: how long.
# $chat_idle_days (Number) - days without a message after which a chat is deleted, from facts.yaml
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-keep-ask =
    Axaftin piştî { $chat_idle_days ->
        [one] { $chat_idle_days } rojê
       *[other] { $chat_idle_days } rojan
    } bê peyam tê jêbirin. Tiştê ku te şandiye heta girtina dosyaya te tê hilgirtin, û piştî wê herî zêde { $lead_retention_months ->
        [one] { $lead_retention_months } mehê
       *[other] { $lead_retention_months } mehan
    }. Tu dikarî "erê"-ya xwe paşde bistînî: /forget her tiştî li vir bi carekê jê dibe.

# Screen 7: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from the configuration (see screen 1)
# $controller_contact (String) - how to reach them (an e-mail address, phone number or web page), from the configuration ([privacy] contact), or privacy-contact-unset
privacy-rights-ask = Mafê te heye ku daneyên xwe bibînî, rast bikî û jê bibî. Ji { $controller } bipirse: { $controller_contact }. Li ser tiştê ku şaredariya te wergirtiye ji wê bipirse. Tu dikarî gilî bikî li Datatilsynet, dezgeha parastina daneyan a Danîmarkayê (datatilsynet.dk).

# Shown instead of $controller and $controller_contact while the configuration does not set them.
privacy-controller-unset = saziya ku vê axaftinê dimeşîne (hêj li vir nehatiye binavkirin)
privacy-contact-unset = /forget her tiştî li vir jê dibe
privacy-forget-ask = Tu dixwazî her tiştê ku me li ser te tomar kiriye jê bibî? Ev nayê vegerandin. Heke şaredariya te berê bi te re têkilî daniye, tu dikarî ji wan jî bixwazî ku daneyên te jê bibin.
privacy-forget-done = Temam. Her tiştê ku me li ser te tomar kiribû hate jêbirin. Ji bo ku dîsa dest pê bikî, tiştekî binivîse.

## Buttons (at most 30 characters)

privacy-button-forget = Daneyên min jê bibe
privacy-button-forget-yes = Erê, jê bibe
privacy-button-forget-no = Na, bihêle
privacy-button-next = Pêşve
