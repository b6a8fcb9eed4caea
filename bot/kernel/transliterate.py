"""Latin approximations of Arabic-script, Cyrillic and Ethiopic text, and how a word sounds.

People type place names the way they sound, with the keyboard they have: "آرهوس", "Орхус" and
"ኦርሁስ" are all Aarhus. :func:`transliterate` turns such text into a rough Latin spelling;
:func:`sounds` reduces a Latin spelling to a key that survives both the transliteration and the
many ways of writing a Danish name in another alphabet, and :func:`sound_distance` compares two:

* consonants are merged into classes that scripts confuse (p/b, f/v/w, c/k/q, s/z …), and a
  consonant repeated is written once; :func:`skeleton` keeps only them;
* a run of vowels (with the glide j) is the set of vowel classes (a, e/i, o/u, and ø/y for
  Cyrillic е, ё, ю) it may be written with, so Danish ø matches о, ё, е and و;
* a vowel left out inside a word costs little, because Arabic script mostly leaves short vowels
  unwritten; at the start or end of a word it costs a full edit.

The tables are deliberately rough: they only need to bring a name typed in another script close
to the Danish spelling, not to be a standard romanisation.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["EDIT", "scripts", "skeleton", "sound_distance", "sounds", "transliterate"]

# ---------------------------------------------------------------------------- readings

# Letters that may be read two ways become a placeholder that transliterate() spells both ways:
# Cyrillic "г" is g in Russian but h in Ukrainian ("Горсенс" is Horsens), and Arabic-script و
# between a consonant and a vowel may be a vowel ("هویه", Høje) or v (Persian "نستوید", Næstved).
_CYRILLIC_G = "\x00"
_ARABIC_W = "\x01"
_READINGS = {_CYRILLIC_G: ("g", "h"), _ARABIC_W: ("o", "v")}
# A vowel that may be any vowel: Arabic ا or أ starting a word ("اسبیرگ" is Esbjerg, "أودنسه"
# Odense), and Ethiopic አ and እ.
_ANY_VOWEL = "ə"

# ---------------------------------------------------------------------------- Cyrillic

# Russian and Ukrainian letters (і ї є ґ included). е, ё, є and ю may stand for Danish ø or y,
# so they get letters of their own (see _VOWEL_MASKS).
_CYRILLIC_NG = re.compile("нг")
_APOSTROPHES = re.compile("['’ʼ]")
_CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": _CYRILLIC_G, "ґ": "g", "д": "d", "е": "ė", "ё": "ö",
    "є": "ė", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "j", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u",
    "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "i",
    "ь": "", "э": "e", "ю": "ü", "я": "a",
}  # fmt: skip

# ---------------------------------------------------------------------------- Arabic script

# Arabic, Persian/Dari (پ چ ژ ک گ ی), Pashto (ټ ډ ړ ږ ښ ګ ڼ ې ۍ ځ څ), Sorani (ڕ ڵ ۆ ێ ە ڤ ھ) and
# the Urdu letters phone keyboards offer next to them (ٹ ڈ ڑ ں ہ ے). Letters that only carry or
# lengthen a vowel become vowels; و and ی/ي are handled by _arabic_letter (consonant at the start
# of a word, vowel inside it). Choices for sounds Danish lacks: ج is g (Egyptian usage, and
# Danish has no /dʒ/), غ is g (how Arabic writes a foreign g: "ألبورغ"), ذ and ض are d.
_ARABIC: dict[str, str] = {
    "ء": "", "آ": "a", "أ": "a", "ؤ": "u", "إ": "i", "ئ": "", "ا": "a", "ب": "b", "ة": "e",
    "ت": "t", "ث": "s", "ج": "g", "ح": "h", "خ": "kh", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "g", "ـ": "",
    "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ى": "a",
    "\u064e": "a", "\u064f": "u", "\u0650": "i", "\u0670": "a",  # fatha, damma, kasra, dagger alef
    "ٱ": "a", "ٹ": "t", "پ": "p", "ټ": "t", "ځ": "z", "څ": "s", "چ": "ch", "ڈ": "d", "ډ": "d",
    "ڑ": "r", "ړ": "r", "ڕ": "r", "ږ": "z", "ژ": "zh", "ښ": "sh", "ڤ": "v", "ک": "k", "ڪ": "k",
    "ګ": "g", "ڭ": "g", "گ": "g", "ڵ": "l", "ں": "n", "ڼ": "n", "ھ": "h", "ۀ": "e", "ہ": "h",
    "ۃ": "e", "ۆ": "o", "ۇ": "u", "ۋ": "v", "ۍ": "ai", "ێ": "e", "ې": "e", "ے": "e", "ە": "e",
}  # fmt: skip
_CONSONANT_LETTERS = frozenset("bcdfghjklmnpqrstvwxz")
_ARABIC_WAW = frozenset("وۉۊ")
_ARABIC_YEH = frozenset("يی")
_ARABIC_ALEFS = frozenset("اأ")  # at the start of a word: any vowel
_ARABIC_FINAL_E = frozenset("هةہھ")
# Letters after which و is read both ways, as vowel and as v.
_ARABIC_VOWEL_LETTERS = frozenset("اآيیېێەۍ")
# The zero-width non-joiner, inside Persian words. Other marks (tanween, shadda, sukun, small
# high letters) carry no letter of their own.
_ZWNJ = "\u200c"
_ARABIC_SILENT = re.compile("[\u064b-\u064d\u0651-\u065f\u06d6-\u06ed]")

# ---------------------------------------------------------------------------- Ethiopic

# Ethiopic syllables U+1200–U+1357 come in rows of eight: the row is the consonant, the column
# the vowel. One entry per row, in code point order (Tigrinya and Amharic; "" is a bare vowel).
_ETHIOPIC_FIRST = 0x1200
_ETHIOPIC_CONSONANTS = (
    "h", "l", "h", "m", "s", "r", "s", "sh",  # ሀ ለ ሐ መ ሠ ረ ሰ ሸ
    "k", "kw", "k", "kw", "b", "v", "t", "ch",  # ቀ ቈ ቐ ቘ በ ቨ ተ ቸ
    "h", "hw", "n", "nj", "", "k", "kw", "h",  # ኀ ኈ ነ ኘ አ ከ ኰ ኸ
    "hw", "w", "", "z", "zh", "j", "d", "d",  # ዀ ወ ዐ ዘ ዠ የ ደ ዸ
    "j", "g", "gw", "ng", "t", "ch", "p", "ts",  # ጀ ገ ጐ ጘ ጠ ጨ ጰ ጸ
    "ts", "f", "p",  # ፀ ፈ ፐ
)  # fmt: skip
# ä u i a e ə(or none) o wa; the sixth column is also a consonant without a vowel.
_ETHIOPIC_VOWELS = ("e", "u", "i", "a", "e", "", "o", "wa")
_ETHIOPIC_LAST = _ETHIOPIC_FIRST + 8 * len(_ETHIOPIC_CONSONANTS) - 1
# Word space, full stop, comma … (U+1360–U+1368) separate words.
_ETHIOPIC_PUNCTUATION = range(0x1360, 0x1369)

# ---------------------------------------------------------------------------- scripts


def _script_of(ch: str) -> str | None:
    """``"arabic"``, ``"cyrillic"`` or ``"ethiopic"`` for a letter of those scripts, else None."""
    cp = ord(ch)
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F:
        return "arabic"
    if 0x0400 <= cp <= 0x052F:
        return "cyrillic"
    if 0x1200 <= cp <= 0x137F:
        return "ethiopic"
    return None


def scripts(text: str) -> frozenset[str]:
    """The scripts of ``text`` among ``"arabic"``, ``"cyrillic"`` and ``"ethiopic"``."""
    found = {_script_of(ch) for ch in unicodedata.normalize("NFKC", text)}
    return frozenset(script for script in found if script is not None)


def _ethiopic_letter(ch: str) -> str:
    """One Ethiopic syllable as consonant + vowel; punctuation as a space; others dropped."""
    cp = ord(ch)
    if cp in _ETHIOPIC_PUNCTUATION:
        return " "
    if not _ETHIOPIC_FIRST <= cp <= _ETHIOPIC_LAST:
        return ""
    row, column = divmod(cp - _ETHIOPIC_FIRST, 8)
    consonant, vowel = _ETHIOPIC_CONSONANTS[row], _ETHIOPIC_VOWELS[column]
    if not consonant and column in (0, 5):  # አ and እ: a vowel Tigrinya spells many ways
        vowel = _ANY_VOWEL
    return consonant + vowel


def _is_arabic_letter(ch: str) -> bool:
    return ch in _ARABIC or ch in _ARABIC_WAW or ch in _ARABIC_YEH


def _arabic_letter(word: str, i: int) -> str:
    """The letter ``word[i]`` of an Arabic-script word, read in its place in the word.

    و and ي/ی are consonants (v, j) at the start of a word and vowels inside it, except that و
    between a consonant and a vowel letter is read both ways; ا at the start is any vowel; ه
    and ة at the end of a word are the vowel e ("اودنسه").
    """
    ch = word[i]
    starts, ends = i == 0, i == len(word) - 1
    if ch in _ARABIC_WAW:
        if starts:
            return "v"
        ambiguous = not ends and word[i + 1] in _ARABIC_VOWEL_LETTERS
        return _ARABIC_W if ambiguous and word[i - 1] not in _ARABIC_VOWEL_LETTERS else "o"
    if ch in _ARABIC_YEH:
        return "j" if starts else "i"
    if ch in _ARABIC_ALEFS and starts:
        return _ANY_VOWEL
    if ch in _ARABIC_FINAL_E and ends and not starts:
        return "e"
    return _ARABIC.get(ch, "")


def _readings(latin: str) -> tuple[str, ...]:
    """Every spelling of ``latin`` with its placeholders (see _READINGS) read each way."""
    spellings = [latin]
    for placeholder, (first, second) in _READINGS.items():
        if placeholder in latin:
            spellings = [s.replace(placeholder, r) for s in spellings for r in (first, second)]
    return tuple(spellings)


def _arabic_word(word: str) -> str:
    """A run of Arabic-script letters in Latin letters (placeholders included).

    Arabic script writes a doubled consonant once, so a letter written twice has a vowel left
    out between ("هيرننغ" is Herning).
    """
    out = []
    for i, ch in enumerate(word):
        if i and ch == word[i - 1] and _ARABIC.get(ch, "")[:1] in _CONSONANT_LETTERS:
            out.append(_ANY_VOWEL)
        out.append(_arabic_letter(word, i))
    return "".join(out)


def transliterate(text: str) -> tuple[str, ...]:
    """Latin approximations of ``text`` (lower case): one, or up to four for letters that may be
    read two ways (Cyrillic г, Arabic-script و). Letters of other scripts pass through.

    >>> transliterate("Горсенс"), transliterate("آرهوس"), transliterate("ኦርሁስ")
    (('gorsėns', 'horsėns'), ('arhos',), ('orhus',))
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _ARABIC_SILENT.sub("", text)
    text = _APOSTROPHES.sub("", text)  # Ukrainian apostrophe (Есб'єрг): not a word break
    text = _CYRILLIC_NG.sub("нґ", text)  # "нг" is ng in Ukrainian too (Гернінг)
    out: list[str] = []
    arabic = ""
    for ch in text + " ":
        if _is_arabic_letter(ch):
            arabic += ch
            continue
        out.append(_arabic_word(arabic))
        arabic = ""
        if _script_of(ch) == "cyrillic":
            out.append(_CYRILLIC.get(ch, ""))
        elif _script_of(ch) == "ethiopic":
            out.append(_ethiopic_letter(ch))
        elif _script_of(ch) == "arabic":  # punctuation and digits
            out.append(" ")
        elif ch == _ZWNJ:  # ends a letter's joining inside a Persian word ("سیلکه‌بورگ")
            continue
        else:
            out.append(ch)
    return _readings("".join(out).strip())


# ---------------------------------------------------------------------------- how it sounds

# Digraphs first, then one class per letter.
_DIGRAPHS = re.compile(r"ph|th|dh|kh|gh|zh|ch|c|x|q")
_DIGRAPH_SOUNDS = {
    "ph": "f", "th": "t", "dh": "d", "kh": "k", "gh": "g", "zh": "z", "ch": "k",
    "c": "k", "x": "ks", "q": "k",
}  # fmt: skip
# Consonants that other scripts write with one letter, or confuse: p/b, f/v/w, s/z.
_CONSONANTS = str.maketrans({"p": "b", "v": "f", "w": "f", "z": "s"})
# Vowels (and the glide j) as the set of vowel classes a person may write for them, a bit mask:
# a, e/i, o/u, and the front rounded ø/y that only Cyrillic has a letter for (е, ё, ю). A Danish
# ø may be written о, ё or е in Cyrillic but و, not ی, in Arabic script ("سورية", Syria, is not
# Sorø); æ as а or е; å as о or а. Cyrillic е is ė here and ё, ю are ö, ü (see _CYRILLIC). In a
# sounds key the mask is written as an upper-case letter, A (1) to O (15).
_A, _I, _O, _FRONT = 1, 2, 4, 8
_VOWEL_MASKS = {
    _ANY_VOWEL: _A | _I | _O | _FRONT, "a": _A, "ä": _A | _I, "æ": _A | _I, "e": _I,
    "ė": _I | _FRONT, "i": _I, "j": _I, "y": _I | _O | _FRONT, "o": _O, "u": _O,
    "ø": _O | _FRONT, "ö": _O | _FRONT, "ü": _O | _FRONT, "å": _O | _A,
}  # fmt: skip
_VOWEL_MARK = "@"  # the mark of a mask is chr(ord("@") + mask)
_MARKS = re.compile("[A-O]")
_REPEATS = re.compile(r"(.)\1+")

# Consonants that people writing a Danish name in another script confuse: k/g (كولدنك), g/h
# (Ukrainian г), k/h (х, خ), d/t, b/f (ب for v). Any other consonant for another costs two edits.
_NEIGHBOURS = frozenset({"kg", "gk", "gh", "hg", "kh", "hk", "dt", "td", "bf", "fb"})
# Costs of sound_distance, in quarters of an edit.
EDIT = 4
_SKIPPED_VOWEL = 1  # a vowel inside a word left unwritten, as Arabic script does


def _digraph_sound(match: re.Match[str]) -> str:
    """The class letter(s) of one matched digraph (``c`` before e, i or y is an s)."""
    found = match.group()
    following = match.string[match.end() : match.end() + 1]
    if found == "c" and following and following in "eiy":
        return "s"
    return _DIGRAPH_SOUNDS[found]


def _base_letter(ch: str) -> str:
    """``ch`` without accents (é → e); Danish and German vowels are kept as they are."""
    if ch in _VOWEL_MASKS:
        return ch
    return unicodedata.normalize("NFKD", ch)[0]


def sounds(word: str) -> str:
    """A Latin word as a sounds key: consonant classes, and a mark for each run of vowels.

    The mark is the union of the vowel masks of the run ("ай" may be Danish "ej"); a consonant
    repeated is kept once.

    >>> sounds("Vejle"), sounds("faile"), sounds("Århus"), sounds("Brøndby")
    ('fBlB', 'fClB', 'ErhDs', 'brLndbN')
    """
    word = _DIGRAPHS.sub(_digraph_sound, unicodedata.normalize("NFC", word.casefold()))
    out: list[str] = []
    mask = 0
    for ch in map(_base_letter, word):
        if ch in _VOWEL_MASKS:
            mask |= _VOWEL_MASKS[ch]
            continue
        if mask:
            out.append(chr(ord(_VOWEL_MARK) + mask))
            mask = 0
        if "a" <= ch <= "z":
            out.append(ch.translate(_CONSONANTS))
    if mask:
        out.append(chr(ord(_VOWEL_MARK) + mask))
    return _REPEATS.sub(r"\1", "".join(out))


def skeleton(sounds_key: str) -> str:
    """The consonants of a :func:`sounds` key.

    >>> skeleton(sounds("Esbjerg")), skeleton(sounds("isbirgh"))
    ('sbrg', 'sbrg')
    """
    return _MARKS.sub("", sounds_key)


def _is_vowel(ch: str) -> bool:
    return "A" <= ch <= "O"


def _substitution(typed: str, known: str) -> int:
    """Cost of reading ``typed`` where ``known`` is: free if they can be the same sound, an edit
    for a vowel of another class or a neighbouring consonant, else two edits."""
    if _is_vowel(typed) and _is_vowel(known):
        overlap = (ord(typed) - ord(_VOWEL_MARK)) & (ord(known) - ord(_VOWEL_MARK))
        return 0 if overlap else EDIT
    if typed == known:
        return 0
    return EDIT if typed + known in _NEIGHBOURS else 2 * EDIT


def _omission(known: str, index: int) -> int:
    """Cost of leaving out ``known[index]``: cheap for a vowel inside the word, else an edit."""
    inside = 0 < index < len(known) - 1
    return _SKIPPED_VOWEL if inside and _is_vowel(known[index]) else EDIT


def sound_distance(typed: str, known: str) -> int:
    """Edits, in quarters (:data:`EDIT` is one), from the sounds key ``known`` to ``typed``.

    An edit is a consonant added, left out or changed to a neighbouring one (another consonant is
    two edits), a vowel added or changed to one of another class, or a vowel left out at the
    start or end of the word. A vowel left out inside the word costs a quarter: Arabic script
    writes short vowels rarely, but a spelling that has them is the closer one.

    >>> [sound_distance(sounds(typed), sounds("Odense")) for typed in ("odnse", "odns")]
    [1, 5]
    """
    previous = [0]
    for j in range(len(known)):
        previous.append(previous[j] + _omission(known, j))
    for ch in typed:
        current = [previous[0] + EDIT]
        for j in range(len(known)):
            current.append(
                min(
                    previous[j + 1] + EDIT,  # ch added
                    current[j] + _omission(known, j),  # known[j] left out
                    previous[j] + _substitution(ch, known[j]),
                )
            )
        previous = current
    return previous[-1]
