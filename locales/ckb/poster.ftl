### QR posters for learners (igubot qr), in Central Kurdish (Sorani, ckb): short.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

poster-title = IGU: کاری بە مووچە و وانەی زمانی دانیمارکی
poster-body = پرسیارەکانت بە زمانی خۆت لە igubot بکە. بەخۆڕاییە.
poster-telegram = بە کامێرای مۆبایلەکەت سکانی بکە، بۆ ئەوەی لە Telegram چات بکەیت.
poster-web = یان ئەم ناونیشانە لە وێبگەڕەکەتدا (browser) بکەرەوە:
poster-label-telegram = Telegram
poster-label-web = چات لە وێب
poster-test = تاقیکردنەوە
