### Flow "privacy": the privacy notice in seven short screens (who is responsible, what is asked, what is sent and why, how long, your rights), and deleting one's data (also /forget).
### Review status: source

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the operator or municipality named in the configuration ([privacy] controller), or privacy-controller-unset
privacy-start-ask = Your data. Responsible for your data: { $controller }. While you chat, we keep your language and your answers, so the chat works. We never ask about your religion or health. The next screens say what we ask, what we send, how long we keep it and your rights.

# Screen 2: what "Can I join?" asks, and that it is never sent; typed messages the bot did not understand.
# $unplaced_message_days (Number) - days a message the bot did not understand is kept, from facts.yaml
privacy-asked-ask =
    “Can I join?” asks your age, your years in Denmark and your kind of residence permit. The permit can show where you come from. These answers stay in this chat and are never sent. A message the bot does not understand is kept { $unplaced_message_days ->
        [one] { $unplaced_message_days } day
       *[other] { $unplaced_message_days } days
    }, without numbers and with no link to you, to improve the bot.

# Screen 3: what the interest form sends, to whom, why, and on what basis (consent). It names
# what interest-consent-ask names (flows/interest.yaml, sends); followup_ok is on screen 4.
privacy-sent-ask = With your yes only, we send your name (also in Latin letters), phone or email, municipality, language, interpreter need, Danish level, work area and “Can I join?” result to your municipality's employment service, only to contact you about IGU. Your yes is the legal basis.

# Screen 4: what "Talk to a person" sends (what human-consent-ask names, flows/human.yaml, sends),
# and the Telegram check-in's yes or no that goes with a form (followup_ok).
privacy-callback-ask = “Talk to a person”: only with your yes, we send your phone number, municipality, language and interpreter need to the employment service of your municipality, so it can call you back. Nothing else from the chat is sent. On Telegram we also send whether we may check in with you once.

# Screen 5: what "Send question to municipality" sends (what human-consent-question-ask names,
# flows/human.yaml, sends): the person's own question, as typed.
privacy-question-ask = “Send question to municipality”: if the bot did not understand you, you can send what you typed. Only with your yes, we send your question as you typed it, with your phone number, municipality, language and interpreter need, so the municipality can call you back.

# Screen 6: how long.
# $chat_idle_days (Number) - days without a message after which a chat is deleted, from facts.yaml
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-keep-ask =
    A chat is deleted after { $chat_idle_days ->
        [one] { $chat_idle_days } day
       *[other] { $chat_idle_days } days
    } without messages. What you sent is kept until your case is closed, and at most { $lead_retention_months ->
        [one] { $lead_retention_months } month
       *[other] { $lead_retention_months } months
    } after. You can take back your yes: /forget deletes everything here at once.

# Screen 7: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from the configuration (see screen 1)
# $controller_contact (String) - how to reach them (an e-mail address, phone number or web page), from the configuration ([privacy] contact), or privacy-contact-unset
privacy-rights-ask = You have the right to see, correct and delete your data. Ask { $controller }: { $controller_contact }. Ask your municipality for what it got. You can complain to Datatilsynet, the Danish Data Protection Agency (datatilsynet.dk).

# Shown instead of $controller and $controller_contact while the operator has not configured
# them ([privacy] in the configuration; igubot doctor asks for them). Written to fit mid-sentence.
privacy-controller-unset = the organisation that runs this chat (not named here yet)
privacy-contact-unset = /forget deletes everything here

privacy-forget-ask = Do you want to delete everything we saved about you? This cannot be undone. If your municipality has already contacted you, you can also ask them to delete your data.
privacy-forget-done = Done. Everything we saved about you is deleted. Write anything to start again.

## Buttons (at most 30 characters)

privacy-button-next = Next
privacy-button-forget = Delete my data
privacy-button-forget-yes = Yes, delete
privacy-button-forget-no = No, keep it
