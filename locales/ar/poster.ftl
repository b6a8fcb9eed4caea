### QR posters for learners (igubot qr) in Arabic: short, in the learner's language.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

poster-title = IGU: عمل بأجر ودروس في اللغة الدنماركية
poster-body = اسأل igubot أسئلتك بلغتك. الخدمة مجانية.
poster-telegram = امسح الرمز بكاميرا هاتفك للمحادثة في Telegram.
poster-web = أو افتح هذا العنوان في متصفح الإنترنت:
poster-label-telegram = Telegram
poster-label-web = دردشة على الإنترنت
poster-test = اختبار
