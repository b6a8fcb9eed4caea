### Flow "privacy" (Arabic): the privacy notice and deleting one's data (also /forget).
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

# Screen 1: who is responsible, what the chat keeps.
# $controller (String) - who is responsible for the data (the data controller): the operator or municipality named in the configuration ([privacy] controller), or privacy-controller-unset
privacy-start-ask = بياناتك. المسؤول عن بياناتك: { $controller }. أثناء المحادثة نحتفظ بلغتك وإجاباتك حتى تعمل المحادثة. لا نسأل أبدًا عن دينك أو صحتك. الشاشات التالية تشرح ما نسأل عنه وما نرسله ومدة الاحتفاظ به وحقوقك.

# Screen 2: what "Can I join?" asks, and that it is never sent; typed messages the bot did not understand.
# $unplaced_message_days (Number) - days a message the bot did not understand is kept, from facts.yaml
privacy-asked-ask =
    «هل يمكنني المشاركة؟» يسأل عن عمرك وسنواتك في الدنمارك ونوع تصريح إقامتك. قد يُظهر التصريح من أين أتيت. تبقى هذه الإجابات في هذه المحادثة ولا تُرسل أبدًا. الرسالة التي لا يفهمها البوت تُحفظ { $unplaced_message_days ->
        [zero] { $unplaced_message_days } يوم
        [one] يومًا واحدًا
        [two] يومين
        [few] { $unplaced_message_days } أيام
        [many] { $unplaced_message_days } يومًا
       *[other] { $unplaced_message_days } يوم
    }، بدون أرقام وبلا صلة بك، لتحسين البوت.

# Screen 3: what the form sends, to whom, why, and on what basis (consent).
privacy-sent-ask = فقط بموافقتك نرسل اسمك (وبالحروف اللاتينية أيضًا)، وهاتفك أو بريدك الإلكتروني، وبلديتك، ولغتك، وحاجتك إلى مترجم، ومستوى لغتك الدنماركية، ومجال العمل، ونتيجة «هل يمكنني المشاركة؟» إلى قسم التوظيف في بلديتك، فقط للتواصل معك بخصوص IGU. موافقتك هي الأساس القانوني.

# Screen 4: what "Talk to a person" sends.
privacy-callback-ask = «التحدث مع شخص»: فقط بموافقتك نرسل رقم هاتفك وبلديتك ولغتك وحاجتك إلى مترجم إلى قسم التوظيف في بلديتك، ليتصل بك. لا يُرسل أي شيء آخر من المحادثة. وعلى Telegram نرسل أيضًا ما إذا كان يمكننا مراسلتك مرة واحدة.

# Screen 5: what "Send question to municipality" sends.
privacy-question-ask = «أرسل سؤالي إلى البلدية»: إذا لم يفهمك البوت، يمكنك إرسال ما كتبته. فقط بموافقتك نرسل سؤالك كما كتبته، مع رقم هاتفك وبلديتك ولغتك وحاجتك إلى مترجم، لكي تتصل بك البلدية.

# Screen 6: how long.
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

# Screen 7: the rights to see, correct and delete, and to complain to Datatilsynet.
# $controller (String) - who is responsible for the data, from the configuration (see screen 1)
# $controller_contact (String) - how to reach them (an e-mail address, phone number or web page), from the configuration ([privacy] contact), or privacy-contact-unset
privacy-rights-ask = لك الحق في رؤية بياناتك وتصحيحها وحذفها. اسأل { $controller }: { $controller_contact }. واسأل بلديتك عمّا وصلها. ويمكنك تقديم شكوى إلى Datatilsynet، هيئة حماية البيانات الدنماركية (datatilsynet.dk).

# Shown instead of $controller and $controller_contact while the configuration does not set them.
privacy-controller-unset = الجهة التي تدير هذه المحادثة (لم تُذكر هنا بعد)
privacy-contact-unset = /forget يحذف كل شيء هنا
privacy-forget-ask = هل تريد حذف كل ما حفظناه عنك؟ لا يمكن التراجع عن ذلك. إذا كانت بلديتك قد تواصلت معك، يمكنك أيضًا أن تطلب منها حذف بياناتك.
privacy-forget-done = تم. حذفنا كل ما حفظناه عنك. اكتب أي شيء للبدء من جديد.

## Buttons (at most 30 characters)

privacy-button-forget = احذف بياناتي
privacy-button-forget-yes = نعم، احذف
privacy-button-forget-no = لا، احتفظ بها
privacy-button-next = التالي
