### Flow "privacy" (Arabic): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the organisation that runs this igubot, from facts.yaml (later from the configuration)
privacy-start-ask = بياناتك. المسؤول عن بياناتك: { $controller }. أثناء المحادثة نحتفظ بإجاباتك ولغتك حتى تعمل المحادثة. لا نسأل أبدًا عن جنسيتك أو دينك أو صحتك.

# Screen 2: what is sent, to whom, why, and on what basis (consent).
privacy-sent-ask = فقط بموافقتك نرسل اسمك، وهاتفك أو بريدك الإلكتروني، وبلديتك، ولغتك، وحاجتك إلى مترجم، ومستوى لغتك الدنماركية، ومجال العمل إلى قسم التوظيف في بلديتك، فقط ليتواصل معك بخصوص IGU. موافقتك هي الأساس القانوني لذلك.

# Screen 3: how long.
# $chat_idle_days (Number) - days without a message after which a chat is deleted, from facts.yaml
# $lead_retention_months (Number) - months a lead is kept after the case is closed, from facts.yaml
privacy-keep-ask =
    تُحذف المحادثة بعد { $chat_idle_days ->
        [zero] { $chat_idle_days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $chat_idle_days } أيام
        [many] { $chat_idle_days } يومًا
       *[other] { $chat_idle_days } يوم
    } بدون رسائل. ما أرسلته يُحفظ حتى يُغلق ملفك، وبعد ذلك لمدة أقصاها { $lead_retention_months ->
        [zero] { $lead_retention_months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $lead_retention_months } أشهر
        [many] { $lead_retention_months } شهرًا
       *[other] { $lead_retention_months } شهر
    }. يمكنك سحب موافقتك: الأمر /forget يحذف كل شيء هنا مرة واحدة.

# Screen 4: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from facts.yaml (later from the configuration)
privacy-rights-ask = لك الحق في رؤية بياناتك وتصحيحها وحذفها. اسأل { $controller }، أو اسأل بلديتك عمّا وصلها. ويمكنك تقديم شكوى إلى Datatilsynet، هيئة حماية البيانات الدنماركية (datatilsynet.dk).
privacy-forget-ask = هل تريد حذف كل ما حفظناه عنك؟ لا يمكن التراجع عن ذلك. إذا كانت بلديتك قد تواصلت معك، يمكنك أيضًا أن تطلب منها حذف بياناتك.
privacy-forget-done = تم. حذفنا كل ما حفظناه عنك. اكتب أي شيء للبدء من جديد.

## Buttons (at most 30 characters)

privacy-button-forget = احذف بياناتي
privacy-button-forget-yes = نعم، احذف
privacy-button-forget-no = لا، احتفظ بها
privacy-button-next = التالي
