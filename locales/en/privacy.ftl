### Flow "privacy": the privacy notice and deleting one's data (also /forget).
### Review status: source

# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-start-notice =
    Your data: we only send your answers on if you say yes. Then the employment service of your municipality gets them, to contact you about IGU. We keep them until your case is closed, and at most { $lead_retention_months ->
        [one] { $lead_retention_months } month
       *[other] { $lead_retention_months } months
    } after. We never ask about your nationality, religion or health.
privacy-start-ask = You can delete your data at any time. Type /forget or tap the button.
privacy-forget-ask = Do you want to delete everything we saved about you? This cannot be undone. If your municipality has already contacted you, you can also ask them to delete your data.
privacy-forget-done = Done. Everything we saved about you is deleted. Write anything to start again.

## Buttons (at most 30 characters)

privacy-button-forget = Delete my data
privacy-button-forget-yes = Yes, delete
privacy-button-forget-no = No, keep it
