"""Guessing which of igubot's languages a typed message is in, from its script, letters and words.

For the first screen, where a person types instead of picking a language. The script narrows
the choice (Ethiopic: Tigrinya; Arabic script: Arabic, Farsi, Dari, Pashto, Sorani; Cyrillic:
Ukrainian, Russian; Latin: Danish, English, Somali, Kurmanji); letters only one language of the
script writes and its frequent words rank them. Rules rather than a statistical identifier:
langid.py and its forks know neither Somali, Sorani nor Dari, need NumPy, and are unreliable on
the two or three words a greeting has.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

__all__ = ["guess_language"]

_ARABIC_LANGS = ("ar", "fa", "prs", "ps", "ckb")
_CYRILLIC_LANGS = ("uk", "ru")
_LATIN_LANGS = ("da", "en", "so", "kmr")

# (letters, languages, points per distinct letter present)
_LETTERS: dict[str, tuple[tuple[str, tuple[str, ...], float], ...]] = {
    "arabic": (
        ("پچژگ", ("fa", "prs", "ps", "ckb"), 1.0),
        ("یک", ("fa", "prs", "ps", "ckb"), 0.5),  # Persian-keyboard yeh and kaf
        ("يكةىأإ", ("ar",), 0.5),  # Arabic-keyboard yeh and kaf, teh marbuta, hamza on alef
        ("ټډړږښځڅڼۍېګ", ("ps",), 3.0),
        ("ڕڵۆێەڤ", ("ckb",), 3.0),
    ),
    "cyrillic": (
        ("іїєґ", ("uk",), 3.0),
        ("ыэъё", ("ru",), 3.0),
    ),
    "latin": (
        ("æøå", ("da",), 3.0),
        ("êîûçş", ("kmr",), 2.0),
        ("xq", ("so",), 0.5),
    ),
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words Persian (fa) and Dari (prs) share: evidence for both against ar, ps and ckb.
_PERSIAN_AND_DARI = "است می را که این آن برای چی خوب سلام چطور کجا کدام ممنون جان "
# Where Dari and Persian say the same thing with different everyday words, as people type
# them in a chat (Kabul and Tehran colloquial forms): (Dari words, Persian words, meaning).
# Only words the other language does not use in speech for that meaning; a word both say
# ("چطور", "کار", "بچه") tells them apart no better than a coin.
_DARI_PERSIAN: tuple[tuple[str, str, str], ...] = (
    ("استم استی استیم استین", "هستم هستی هستیم چطوری خوبی", "am/are: Dari drops the h"),
    ("تشکر", "مرسی", "thanks"),
    ("بلی", "بله آره", "yes"),
    ("معاش", "حقوق", "salary, pay"),
    ("میتانم نمیتانم", "میتونم نمیتونم", "I can / cannot (Dari tan-, Tehran tun-)"),
    ("نمیفامم میفامم فامیدم", "نمیدونم میدونم فهمیدم", "I do not know / I know / understood"),
    ("مکتب", "مدرسه", "school"),
    ("پوهنتون", "دانشگاه", "university"),
    ("معلومات", "اطلاعات", "information"),
    ("شفاخانه", "بیمارستان", "hospital"),
    ("موتر", "ماشین", "car"),
    ("همرای کتی", "باهام", "with (me)"),
    ("مه ده", "", "I, in: Kabul colloquial for من, در"),
    ("بسیار", "خیلی", "very"),
    ("", "الان میخوام میشه چیه کجایی کدوم چیکار", "Tehran colloquial forms"),
)

# Frequent words (and greetings) of each language, as typed (letters folded only for the
# Arabic script's yeh and kaf, which keyboards mix).
_WORDS: dict[str, frozenset[str]] = {
    "ar": _words(
        "في من على هل كيف ماذا اريد أريد انا أنا ما لا نعم مرحبا شكرا السلام عليكم اهلا أهلا "
        "هذا هذه كم متى اين أين الراتب عمل العمل ممكن لماذا يا الله صباح الخير مع عن ان أن لي "
        "عندي ابي ابغى عايز بدي شو ليش وين كيفك"
    ),
    "fa": _words(
        _PERSIAN_AND_DARI + " ".join(persian for _dari, persian, _gloss in _DARI_PERSIAN)
    ),
    "prs": _words(_PERSIAN_AND_DARI + " ".join(dari for dari, _persian, _gloss in _DARI_PERSIAN)),
    "ps": _words(
        "زه یم غواړم غواړم څنګه ده دی په د کې سره مننه څه شته نه ستاسو زما کار ولې چیرته هو ښه"
    ),
    "ckb": _words(
        "من دەمەوێت چۆن سوپاس بەڵێ نا لە بۆ ئەم کە چی هەیە دەکەم ئێوە ئایا چەند کوا باشە سڵاو "
        "بەیانی"
    ),
    "uk": _words(
        "я що як мені це так дякую привіт будь ласка чи скільки де є та й мене мій ні гроші "
        "робота хочу вітаю добрий день можна"
    ),
    "ru": _words(
        "я что как мне это да спасибо привет пожалуйста сколько где нет меня мой деньги работа "
        "хочу здравствуйте добрый день можно"
    ),
    "da": _words(
        "jeg er hvad hvordan hvor og ikke det en et på med til kan vil skal har mig min hej "
        "tak løn arbejde hvilken gerne godt også noget meget må hvornår mange penge skole "
        "goddag godmorgen"
    ),
    "en": _words(
        "i the is what how do can my you and to a want job need hello hi thanks thank please "
        "work where when am me have for of in it salary school money yes no good morning"
    ),
    "so": _words(
        "waxaan iska ma waa maxaa sidee ayaan baan rabaa lacag shaqo mahadsanid haa maya iyo "
        "ku ka aan ah tahay ii ahay xagee imisa immisa warran nabad salaan wax qof miyaan "
        "dugsi"
    ),
    "kmr": _words(
        "ez tu ew ji bi di ku çi çawa dixwazim kar heye erê silav spas min te em hûn li ya yê "
        "jî çend kengî kî xwe dikarim rojbaş"
    ),
}
_WORD_POINTS = 1.5
_MAX_TEXT = 500  # a greeting is short; a pasted page is read from its beginning
# Somali writes long vowels double ("waa", "haa", "soo"): a little evidence each, capped.
_DOUBLE_VOWELS = re.compile(r"aa|ee|oo|uu|ii")
_SCRIPT_PRIOR = 0.5  # what the script alone says for each of its non-Latin languages
_FOLD_WORDS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640\u200c\u200d]")
_WORD = re.compile(r"[^\W\d_]+")
_REPEATS = re.compile(r"(.)\1\1+")
# The Arabic-script vocabularies with yeh and kaf folded, as typed words are.
_FOLDED_WORDS = {
    lang: frozenset(w.translate(_FOLD_WORDS) for w in words)
    for lang, words in _WORDS.items()
    if lang in _ARABIC_LANGS
}


def _script(ch: str) -> str | None:
    cp = ord(ch)
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFEFF:
        return "arabic"
    if 0x0400 <= cp <= 0x052F:
        return "cyrillic"
    if 0x1200 <= cp <= 0x139F or 0x2D80 <= cp <= 0x2DDF:
        return "ethiopic"
    if (ch.isalpha() and ch.isascii()) or 0x00C0 <= cp <= 0x024F:
        return "latin"
    return None


def guess_language(text: str, available: Collection[str]) -> tuple[str, ...]:
    """The languages ``text`` may be in, most likely first, among ``available``.

    Ethiopic script is Tigrinya. Arabic script and Cyrillic always give their languages,
    ranked by the letters only one of them writes (ڕ ڵ ۆ ێ ە Sorani; ټ ډ ړ ږ ښ Pashto; پ چ ژ گ
    not Arabic; і ї є ґ Ukrainian; ы э ъ ё Russian) and by frequent words (Dari "استم",
    "تشکر", "معاش" against Farsi "هستم", "مرسی", "حقوق": see ``_DARI_PERSIAN``).
    Latin script gives only the languages some evidence points to (æ ø å or Danish words;
    Somali words and double vowels; Kurmanji ê î û ç ş or words; English words): a name alone
    says nothing.

    >>> guess_language("Hej, hvad er lønnen?", ["da", "en", "so"])
    ('da',)

    :param text: the message as typed.
    :param available: the language codes that may be answered.
    :returns: ranked codes; empty when unsure (no letters, or Latin without evidence).
    """
    text = _MARKS.sub("", unicodedata.normalize("NFKC", text[:_MAX_TEXT]).casefold())
    text = _REPEATS.sub(r"\1", text)  # "hiiii" is "hi", not three Somali long vowels
    counts: dict[str, int] = {}
    for ch in text:
        script = _script(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return ()
    script = max(counts, key=lambda s: counts[s])
    if script == "ethiopic":
        return ("ti",) if "ti" in available else ()
    langs = {"arabic": _ARABIC_LANGS, "cyrillic": _CYRILLIC_LANGS, "latin": _LATIN_LANGS}[script]
    prior = 0.0 if script == "latin" else _SCRIPT_PRIOR
    score = dict.fromkeys(langs, prior)
    present = set(text)
    for letters, targets, points in _LETTERS[script]:
        hits = sum(1 for letter in letters if letter in present)
        for lang in targets:
            score[lang] += hits * points
    words = set(_WORD.findall(text.translate(_FOLD_WORDS) if script == "arabic" else text))
    for lang in langs:
        vocabulary = _FOLDED_WORDS[lang] if script == "arabic" else _WORDS[lang]
        score[lang] += _WORD_POINTS * len(words & vocabulary)
    if script == "latin":
        score["so"] += min(2.0, 0.5 * len(_DOUBLE_VOWELS.findall(text)))
    ranked = sorted(
        (lang for lang in langs if score[lang] > 0 and lang in available),
        key=lambda lang: -score[lang],
    )
    return tuple(ranked)
