### Flow "privacy": the privacy notice in four short screens (who is responsible, what is sent and why, how long, your rights), and deleting one's data (also /forget).
### Review status: source

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the organisation that runs this igubot, from facts.yaml (later from the configuration)
privacy-start-ask = Your data. Responsible for your data: { $controller }. While you chat, we keep your answers and your language, so the chat works. We never ask about your nationality, religion or health.

# Screen 2: what is sent, to whom, why, and on what basis (consent).
privacy-sent-ask = Only with your yes, we send your name, phone or email, municipality, language, interpreter need, Danish level and work area to the employment service of your municipality, only so it can contact you about IGU. Your yes is the legal basis for this.

# Screen 3: how long.
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

# Screen 4: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from facts.yaml (later from the configuration)
privacy-rights-ask = You have the right to see, correct and delete your data. Ask { $controller }, or your municipality for what it got. You can complain to Datatilsynet, the Danish Data Protection Agency (datatilsynet.dk).

privacy-forget-ask = Do you want to delete everything we saved about you? This cannot be undone. If your municipality has already contacted you, you can also ask them to delete your data.
privacy-forget-done = Done. Everything we saved about you is deleted. Write anything to start again.

## Buttons (at most 30 characters)

privacy-button-next = Next
privacy-button-forget = Delete my data
privacy-button-forget-yes = Yes, delete
privacy-button-forget-no = No, keep it
