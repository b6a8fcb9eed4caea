### Flow "privacy" (Northern Kurdish, Kurmanji): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-start-notice =
    Daneyên te: em bersivên te tenê dişînin heke tu "erê" bibêjî. Wê demê beşa kar a şaredariya te wan distîne, da ku li ser IGU bi te re têkilî dayne. Em wan heta girtina dosyaya te hildigirin, û piştî wê herî zêde { $lead_retention_months ->
        [one] { $lead_retention_months } mehê
       *[other] { $lead_retention_months } mehan
    }. Em qet li ser netewe, ol an tenduristiya te napirsin.
privacy-start-ask = Tu dikarî her dem daneyên xwe jê bibî. /forget binivîse an bişkokê bitikîne.
privacy-forget-ask = Tu dixwazî her tiştê ku me li ser te tomar kiriye jê bibî? Ev nayê vegerandin. Heke şaredariya te berê bi te re têkilî daniye, tu dikarî ji wan jî bixwazî ku daneyên te jê bibin.
privacy-forget-done = Temam. Her tiştê ku me li ser te tomar kiribû hate jêbirin. Ji bo ku dîsa dest pê bikî, tiştekî binivîse.

## Buttons (at most 30 characters)

privacy-button-forget = Daneyên min jê bibe
privacy-button-forget-yes = Erê, jê bibe
privacy-button-forget-no = Na, bihêle
