### Flow "privacy" (Northern Kurdish, Kurmanji): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the organisation that runs this igubot, from facts.yaml (later from the configuration)
privacy-start-ask = Daneyên te. Berpirsiyarê daneyên te: { $controller }. Dema tu diaxivî, em bersiv û zimanê te hildigirin da ku axaftin bixebite. Em qet li ser hemwelatîbûn, ol an tenduristiya te napirsin.

# Screen 2: what is sent, to whom, why, and on what basis (consent).
privacy-sent-ask = Tenê bi "erê"-ya te, em nav, telefon an e-name, şaredarî, ziman, pêwîstiya wergêr, asta danîmarkî û qada karê te ji beşa kar a şaredariya te re dişînin, tenê da ku li ser IGU bi te re têkilî dayne. Bingeha qanûnî "erê"-ya te ye.

# Screen 3: how long.
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

# Screen 4: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from facts.yaml (later from the configuration)
privacy-rights-ask = Mafê te heye ku daneyên xwe bibînî, rast bikî û jê bibî. Ji { $controller } bipirse, an ji şaredariya xwe li ser tiştê ku wê wergirtiye. Tu dikarî gilî bikî li Datatilsynet, dezgeha parastina daneyan a Danîmarkayê (datatilsynet.dk).
privacy-forget-ask = Tu dixwazî her tiştê ku me li ser te tomar kiriye jê bibî? Ev nayê vegerandin. Heke şaredariya te berê bi te re têkilî daniye, tu dikarî ji wan jî bixwazî ku daneyên te jê bibin.
privacy-forget-done = Temam. Her tiştê ku me li ser te tomar kiribû hate jêbirin. Ji bo ku dîsa dest pê bikî, tiştekî binivîse.

## Buttons (at most 30 characters)

privacy-button-forget = Daneyên min jê bibe
privacy-button-forget-yes = Erê, jê bibe
privacy-button-forget-no = Na, bihêle
privacy-button-next = Pêşve
