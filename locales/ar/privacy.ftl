### Flow "privacy" (Arabic): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-start-notice =
    بياناتك: لا نرسل إجاباتك إلى أحد إلا إذا قلت نعم. عندها يحصل عليها قسم التوظيف في بلديتك، للتواصل معك بخصوص IGU. نحتفظ بها حتى يُغلق ملفك، وبعد ذلك لمدة أقصاها { $lead_retention_months ->
        [zero] { $lead_retention_months } شهر
        [one] شهر واحد
        [two] شهران
        [few] { $lead_retention_months } أشهر
        [many] { $lead_retention_months } شهرًا
       *[other] { $lead_retention_months } شهر
    }. لا نسأل أبدًا عن جنسيتك أو دينك أو صحتك.
privacy-start-ask = يمكنك حذف بياناتك في أي وقت. اكتب /forget أو اضغط على الزر.
privacy-forget-ask = هل تريد حذف كل ما حفظناه عنك؟ لا يمكن التراجع عن ذلك. إذا كانت بلديتك قد تواصلت معك، يمكنك أيضًا أن تطلب منها حذف بياناتك.
privacy-forget-done = تم. حذفنا كل ما حفظناه عنك. اكتب أي شيء للبدء من جديد.

## Buttons (at most 30 characters)

privacy-button-forget = احذف بياناتي
privacy-button-forget-yes = نعم، احذف
privacy-button-forget-no = لا، احتفظ بها
