"""The 98 Danish municipalities, and forgiving matching of what a person types to one of them.

The table ships with the package as ``bot/kernel/data/municipalities.csv``; it is read once, on
first use.
Leads are routed by municipality *code* (docs/contracts.md, Privacy), so
:meth:`Municipalities.match` would rather return ``None`` than guess: the flow then asks again.

Names typed in Arabic script, Cyrillic or Ethiopic ("آرهوس", "Орхус", "ኦርሁስ") are transliterated
and compared by how they sound (:mod:`bot.kernel.transliterate`): mostly by their consonants,
the vowels only deciding between names with the same consonants.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.resources import files

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.kernel.errors import ContentError
from bot.kernel.transliterate import (
    EDIT,
    scripts,
    skeleton,
    sound_distance,
    sounds,
    transliterate,
)

__all__ = ["Municipalities", "Municipality"]

_CSV_COLUMNS = ("municipality_code", "name", "region_code", "region_name")

# Well-known exonyms and abbreviations, keyed by code. Keep this tiny: spelling variants
# (æ/ø/å, "Kommune", typos) are handled by the normalisation and fuzzy matching below.
_ALIASES: dict[str, tuple[str, ...]] = {
    "101": ("Copenhagen", "Kbh"),
    "217": ("Elsinore",),
}

# Exonyms in other scripts whose consonants differ from the Danish name's, keyed by code. Only
# well-established ones: Russian and Ukrainian Копенгаген (г is g in one, h in the other),
# Arabic كوبنهاغن and its Egyptian spelling كوبنهاجن, Persian/Dari کپنهاگ, Sorani کۆپنهاگن,
# Tigrinya/Amharic ኮፐንሃገን. Other names are matched by transliteration alone.
_SCRIPT_ALIASES: dict[str, tuple[str, ...]] = {
    "101": ("Копенгаген", "Копенгаґен", "كوبنهاغن", "كوبنهاجن", "کپنهاگ", "کۆپنهاگن", "ኮፐንሃገን"),
}

# Words around a name that say "municipality" rather than which one.
_NOISE_WORDS = frozenset(
    {"kommune", "kommunen", "regionskommune", "municipality", "municipal", "of", "the"}
)

# Edits (insert, delete, substitute, swap two neighbours) tolerated in the whole normalised input,
# by its length: short names are too close to each other to correct safely.
_MIN_LENGTH_FOR_ONE_EDIT = 5
_MIN_LENGTH_FOR_TWO_EDITS = 9
# Longest run of words looked at when searching for a name inside a sentence ("8000 Aarhus C").
_MAX_WORDS_IN_NAME = 3
# Codes have three digits; a leading zero ("0751") is tolerated.
_MAX_CODE_DIGITS = 4

# Danish letters a person may type as digraphs (ae, oe, aa) or without the mark (a, o). rapidfuzz
# compares code points and does no Unicode folding, and NFKD does not decompose æ and ø (they are
# letters, not a + mark), so this folding is done by hand. Both spellings are folded to one
# "skeleton": æ/ae → a, ø/oe → o, å/aa → a.
_LETTER_FOLDS = str.maketrans({"æ": "a", "ø": "o"})
_DIGRAPHS = re.compile(r"aa|ae|oe")
_DIGRAPH_FOLDS = {"aa": "a", "ae": "a", "oe": "o"}
_WORD_SPLIT = re.compile(r"[^\w]+|_")

# ---- Matching by sound: text in another script (see Municipalities._match_sound).
# Words that say "municipality", "city" or "Kommune" in Arabic, Persian, Dari, Pashto, Sorani,
# Russian, Ukrainian and Tigrinya. Compared by consonant skeleton, so that "كومونه", "کمون" and
# "коммуна" are all "kommune".
_SCRIPT_NOISE_WORDS = (
    "kommune", "municipality", "بلدية", "مدينة", "شهرداری", "شاروالی", "ښاروالۍ", "شارەوانی",
    "муниципалитет", "муніципалітет", "город", "місто", "ምምሕዳር", "ከተማ",
)  # fmt: skip
# Common words that sound like a short municipality name, found by matching every word of the
# bot's own Arabic, Persian, Dari, Pashto, Sorani, Russian, Ukrainian and Tigrinya texts: Sorani
# "here" (Lejre) and "warehouse" (Køge), Pashto "we send" (Læsø).
_NOT_NAMES = frozenset({"لێرە", "کۆگای", "لېږو"})
# Names and aliases shorter than this are not compared by sound: "Kbh" is not said.
_MIN_LETTERS_IN_SPELLING = 4
# Consonants an input needs to be compared at all. One with few consonants also needs enough
# letters, so it has its vowels: "فايله" is Vejle, "وين" ("where?") is not Vejen.
_MIN_SKELETON = 2
_MAX_SHORT_SKELETON = 2
_MIN_LETTERS_IF_SHORT = 4
# A name found inside a sentence must match exactly and have at least this many consonants.
_MIN_SKELETON_IN_SENTENCE = 3
# Whole edits tolerated (see _Spoken.tolerance), by consonants in the input: a word with few
# consonants is too close to too many real words to correct safely.
_MIN_SKELETON_FOR_ONE_EDIT = 5
_MIN_SKELETON_FOR_TWO_EDITS = 7
# How Danish is spoken, not spelt: "aa" is å; "hv"/"hj" start with the v/j sound (Hvidovre →
# "Видовре"); d after n or l is mostly silent (Randers → "Раннерс", Roskilde → "Роскилле"); and
# v after a vowel and before a consonant is a u (Frederikshavn → "فردریکسهاون"). And a name may
# be read from its spelling, c as k ("فريدريكيا"). Each rule is applied and not applied.
_SPOKEN = (
    (re.compile(r"\bh(?=[vj])"), ""),
    (re.compile(r"(?<=[nl])d"), ""),
    (re.compile(r"(?<=[aeiouyæøå])v(?![aeiouyæøå])"), "u"),
    (re.compile("c"), "k"),
)


@dataclass(frozen=True)
class Municipality:
    """One municipality: its code (``"751"``, no leading zero), name and region."""

    code: str
    name: str
    region_code: str
    region_name: str


def _fold_word(word: str) -> str:
    """One lower-case word reduced to its spelling skeleton (no marks, no digraphs)."""
    word = word.translate(_LETTER_FOLDS)
    decomposed = unicodedata.normalize("NFKD", word)
    word = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _DIGRAPHS.sub(lambda m: _DIGRAPH_FOLDS[m.group()], word)


def _words(text: str) -> list[str]:
    """The folded words of ``text``, without the words that only say "municipality"."""
    text = unicodedata.normalize("NFKC", text).casefold()
    words = (w for w in _WORD_SPLIT.split(text) if w)
    return [_fold_word(w) for w in words if w not in _NOISE_WORDS]


def _key(words: Iterable[str]) -> str:
    """Lookup key of a run of folded words: joined without spaces, genitive ``s`` dropped.

    Dropping one final ``s`` makes "Københavns Kommune" and "Nordfyn" find "København" and
    "Nordfyns"; it is applied to the names too, so "Aarhus" still matches itself.
    """
    joined = "".join(words)
    return joined[:-1] if len(joined) > 1 and joined.endswith("s") else joined


def _names_of(municipality: Municipality) -> Iterator[str]:
    """Every spelling a municipality is known by: its name, the parts of a double name, aliases."""
    yield municipality.name
    parts = municipality.name.split("-")
    if len(parts) > 1:
        yield from parts
    yield from _ALIASES.get(municipality.code, ())


@dataclass(frozen=True)
class _Spoken:
    """A spelling as it sounds: a :func:`~bot.kernel.transliterate.sounds` key, and its size."""

    sounds: str
    words: int
    letters: int

    @property
    def skeleton(self) -> str:
        """Its consonants."""
        return skeleton(self.sounds)

    def tolerance(self, in_sentence: bool = False) -> int | None:
        """The highest :func:`~bot.kernel.transliterate.sound_distance` tolerated from it to a
        name, or ``None`` when it is too short to compare at all.

        Whole edits by its consonants: none up to _MIN_SKELETON_FOR_ONE_EDIT, none for several
        words (words run together, "هل تريد", come close to too many names) and none for a name
        found in a sentence. Plus one vowel left out for every three consonants ("ورځې", days,
        is not Furesø).
        """
        consonants = len(self.skeleton)
        if consonants < _MIN_SKELETON:
            return None
        if consonants <= _MAX_SHORT_SKELETON and self.letters < _MIN_LETTERS_IF_SHORT:
            return None
        if in_sentence or self.words > 1 or consonants < _MIN_SKELETON_FOR_ONE_EDIT:
            edits = 0
        else:
            edits = 1 if consonants < _MIN_SKELETON_FOR_TWO_EDITS else 2
        return edits * EDIT + consonants // 3


@dataclass(frozen=True)
class _Known:
    """One spelling of a municipality, as it sounds."""

    code: str
    spoken: _Spoken


def _is_noise(word: str) -> bool:
    """Whether a (transliterated) word is no part of a name: it says "municipality", is one of
    _NOT_NAMES, or has one consonant or none ("في", "в")."""
    if word in _NOISE_WORDS or word in _not_names():
        return True
    consonants = skeleton(sounds(word))
    return len(consonants) <= 1 or consonants in _noise_skeletons()


def _spoken(words: Iterable[str]) -> _Spoken:
    """Latin words as one :class:`_Spoken`, leaving out the ones that are noise."""
    kept = [w for w in words if not _is_noise(w)]
    return _Spoken(sounds("".join(kept)), len(kept), sum(len(w) for w in kept))


def _latin_words(latin: str) -> list[str]:
    """The lower-case words of a Latin spelling."""
    return [w for w in _WORD_SPLIT.split(latin.casefold()) if w]


def _mixes_digits(word: str) -> bool:
    """Whether a word has both digits and letters ("آرهوس7"): a slip, not a name."""
    return any(ch.isdigit() for ch in word) and not word.isdigit()


def _without_endings(words: list[str]) -> list[str]:
    """Words without a final vowel: Russian and Ukrainian decline names ("в Орхусе")."""
    return [w.rstrip("aeiouėöü") if len(w) > _MIN_LETTERS_IN_SPELLING else w for w in words]


@functools.cache
def _not_names() -> frozenset[str]:
    """The words of _NOT_NAMES, transliterated."""
    return frozenset(latin for word in _NOT_NAMES for latin in transliterate(word))


@functools.cache
def _noise_skeletons() -> frozenset[str]:
    """Skeletons of the words that say "municipality" in any script."""
    return frozenset(
        skeleton(sounds(latin)) for word in _SCRIPT_NOISE_WORDS for latin in transliterate(word)
    )


def _danish_spellings(name: str) -> set[str]:
    """A Danish name as spelt and as spoken: each rule of _SPOKEN applied or not."""
    spellings = {name.casefold().replace("aa", "å")}
    for rule, sound in _SPOKEN:
        spellings |= {rule.sub(sound, spelling) for spelling in spellings}
    return spellings


def _sound_spellings(municipality: Municipality) -> Iterator[str]:
    """Latin spellings of a municipality to compare with transliterated input."""
    for name in _names_of(municipality):
        if len(name) >= _MIN_LETTERS_IN_SPELLING:
            yield from _danish_spellings(name)
    for alias in _SCRIPT_ALIASES.get(municipality.code, ()):
        yield from transliterate(alias)


def _normalise_code(code: str) -> str | None:
    """``" 0751 "`` → ``"751"``; ``None`` when ``code`` is not a plain number."""
    code = code.strip()
    if not code or not code.isdecimal() or len(code) > _MAX_CODE_DIGITS:
        return None
    return str(int(code))


class Municipalities:
    """The municipality table with lookups by code and by (misspelt) name."""

    def __init__(self, municipalities: Iterable[Municipality]) -> None:
        self._all = tuple(municipalities)
        self._by_code = {m.code: m for m in self._all}
        codes_by_key: dict[str, set[str]] = {}
        for m in self._all:
            for name in _names_of(m):
                codes_by_key.setdefault(_key(_words(name)), set()).add(m.code)
        # A key shared by two municipalities identifies neither; such keys are left out.
        self._code_by_key = {
            key: next(iter(codes))
            for key, codes in codes_by_key.items()
            if len(codes) == 1 and key
        }
        self._keys = tuple(self._code_by_key)
        # Every spelling as it sounds, and the skeletons, for matching by sound. A spelling
        # without two consonants (Ærø) cannot be told from other words by sound.
        spoken = {
            _Known(m.code, _spoken(_latin_words(spelling)))
            for m in self._all
            for spelling in _sound_spellings(m)
        }
        self._known = sorted(
            (known for known in spoken if len(known.spoken.skeleton) >= _MIN_SKELETON),
            key=lambda known: (known.code, known.spoken.sounds),
        )
        self._known_skeletons = [known.spoken.skeleton for known in self._known]

    @classmethod
    def load(cls) -> Municipalities:
        """The table shipped with the package (read once, then cached)."""
        return _load_packaged()

    @classmethod
    def from_csv(cls, text: str, source: str = "") -> Municipalities:
        """A table from CSV text with the columns of ``bot/kernel/data/municipalities.csv``.

        :raises ContentError: a column is missing or a code is not a number (at ``source``).
        """
        rows = csv.DictReader(io.StringIO(text))
        missing = sorted(set(_CSV_COLUMNS) - set(rows.fieldnames or ()))
        if missing:
            raise ContentError(f"missing columns: {', '.join(missing)}", source, 1, 1)
        municipalities = []
        for row in rows:
            code = _normalise_code(row["municipality_code"])
            if code is None:
                raise ContentError("municipality_code is not a number", source, rows.line_num, 1)
            municipalities.append(
                Municipality(
                    code=code,
                    name=row["name"].strip(),
                    region_code=row["region_code"].strip(),
                    region_name=row["region_name"].strip(),
                )
            )
        return cls(municipalities)

    def all(self) -> tuple[Municipality, ...]:
        """Every municipality, in the order of the table."""
        return self._all

    def by_code(self, code: str) -> Municipality | None:
        """The municipality with this code; ``"751"``, ``"0751"`` and ``" 751 "`` are the same."""
        normalised = _normalise_code(code)
        return None if normalised is None else self._by_code.get(normalised)

    def match(self, text: str) -> Municipality | None:
        """The municipality a person most likely meant by ``text``, or ``None`` when unsure.

        Tried in order, the first confident answer wins:

        1. a code (``"751"``, ``"0751"``);
        2. the whole text as a name, ignoring case, spaces, hyphens, "Kommune"/"Municipality",
           and æ/ø/å written as ae/oe/aa or a/o (also exonyms such as "Copenhagen");
        3. exactly one municipality named by a word or a run of words in the text
           ("8000 Aarhus C");
        4. the whole text with a small typo ("Odensee"), if one municipality is strictly closest;
        5. text in Arabic script, Cyrillic or Ethiopic, transliterated: the whole text, then a
           word or run of words in it, by how it sounds (see :meth:`_match_sound`).
        """
        text = text.strip()
        if not text:
            return None
        if text.isdecimal():
            return self.by_code(text)
        words = _words(text)
        if not words:
            return None
        if len(words) == 1 and words[0].isdecimal():  # "Kommune 751"
            return self.by_code(words[0])
        code = self._code_by_key.get(_key(words))
        if code is None:
            code = self._match_words(words)
        if code is None:
            code = self._match_fuzzy(_key(words))
        if code is None and scripts(text):
            code = self._match_sound(text)
        return None if code is None else self._by_code[code]

    def _match_words(self, words: list[str]) -> str | None:
        """The one code named by some run of words, or ``None`` for none or several."""
        found: set[str] = set()
        for size in range(1, min(_MAX_WORDS_IN_NAME, len(words)) + 1):
            for start in range(len(words) - size + 1):
                code = self._code_by_key.get(_key(words[start : start + size]))
                if code is not None:
                    found.add(code)
        return found.pop() if len(found) == 1 else None

    def _match_fuzzy(self, key: str) -> str | None:
        """The code whose name is strictly closest to ``key`` within the tolerated edits."""
        if len(key) >= _MIN_LENGTH_FOR_TWO_EDITS:
            max_edits = 2
        elif len(key) >= _MIN_LENGTH_FOR_ONE_EDIT:
            max_edits = 1
        else:
            return None
        candidates = process.extract(
            key, self._keys, scorer=OSA.distance, score_cutoff=max_edits, limit=None
        )
        best_by_code: dict[str, int] = {}
        for candidate, distance, _index in candidates:
            code = self._code_by_key[candidate]
            best_by_code[code] = min(int(distance), best_by_code.get(code, max_edits + 1))
        if not best_by_code:
            return None
        ranked = sorted(best_by_code.items(), key=lambda item: item[1])
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None  # two municipalities equally close: ambiguous
        return ranked[0][0]

    def skeleton_collisions(self) -> dict[str, frozenset[str]]:
        """Consonant skeletons that spellings of two or more municipalities share, with the codes.

        :meth:`match` tells them apart by their vowels (Viborg and Faaborg are both "fbrg"), and
        answers ``None`` when the vowels do not decide.
        """
        codes: dict[str, set[str]] = {}
        for known in self._known:
            codes.setdefault(known.spoken.skeleton, set()).add(known.code)
        return {key: frozenset(found) for key, found in codes.items() if len(found) > 1}

    def _match_sound(self, text: str) -> str | None:
        """The code of the name ``text`` sounds like, or ``None``; for text in another script.

        The whole text is compared first. Failing that, each word and run of words: a run must
        match a spelling of as many words exactly and have _MIN_SKELETON_IN_SENTENCE consonants,
        and only one municipality may be found ("أسكن في أودنسه", "я живу в Орхусе").
        """
        variants = [_latin_words(latin) for latin in transliterate(text)]
        if any(_mixes_digits(word) for word in variants[0]):
            return None
        code = self._closest_sound([_spoken(words) for words in variants])
        if code is not None or max(len(words) for words in variants) < 2:
            return code
        if "cyrillic" in scripts(text):
            variants += [_without_endings(words) for words in variants]
        found: set[str] = set()
        for words in variants:
            for size in range(1, min(_MAX_WORDS_IN_NAME, len(words)) + 1):
                for start in range(len(words) - size + 1):
                    spoken = _spoken(words[start : start + size])
                    if spoken.words == size and len(spoken.skeleton) >= _MIN_SKELETON_IN_SENTENCE:
                        code = self._closest_sound([spoken], in_sentence=True)
                        found.update(() if code is None else (code,))
        return found.pop() if len(found) == 1 else None

    def _closest_sound(self, variants: list[_Spoken], in_sentence: bool = False) -> str | None:
        """The code whose spelling sounds clearly closest to one of ``variants``, or ``None``.

        Candidates are found by skeleton (rapidfuzz), then costed by
        :func:`~bot.kernel.transliterate.sound_distance`. The closest must be within the cost
        its variant tolerates (:meth:`_Spoken.tolerance`), and every other municipality at least
        one edit further. Several words only match a spelling of as many words.
        """
        costs: dict[str, int] = {}
        close_enough: set[str] = set()
        for spoken in variants:
            max_cost = spoken.tolerance(in_sentence)
            if max_cost is None:
                continue
            # Skeletons one edit further than tolerated, to see the competitors of the closest.
            candidates = process.extract(
                spoken.skeleton,
                self._known_skeletons,
                scorer=OSA.distance,
                score_cutoff=max_cost // EDIT + 1,
                limit=None,
            )
            for _candidate, _distance, index in candidates:
                known = self._known[index]
                if spoken.words > 1 and known.spoken.words != spoken.words:
                    continue
                cost = sound_distance(spoken.sounds, known.spoken.sounds)
                costs[known.code] = min(cost, costs.get(known.code, cost))
                if cost <= max_cost:
                    close_enough.add(known.code)
        return _clearly_best(costs, close_enough)


def _clearly_best(costs: dict[str, int], close_enough: set[str]) -> str | None:
    """The code of the lowest cost if it is close enough and every other is an edit further."""
    ranked = sorted(costs.items(), key=lambda item: item[1])
    if not ranked or ranked[0][0] not in close_enough:
        return None
    if len(ranked) > 1 and ranked[1][1] - ranked[0][1] < EDIT:
        return None
    return ranked[0][0]


@functools.cache
def _load_packaged() -> Municipalities:
    """Read ``bot/kernel/data/municipalities.csv`` from the installed package."""
    resource = files("bot.kernel") / "data" / "municipalities.csv"
    return Municipalities.from_csv(
        resource.read_text(encoding="utf-8"), "bot/kernel/data/municipalities.csv"
    )
