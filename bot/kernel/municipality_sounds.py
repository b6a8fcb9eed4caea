"""Matching a municipality name typed in another script by how it sounds.

Text in Arabic script, Cyrillic or Ethiopic ("آرهوس", "Орхус", "ኦርሁስ") is transliterated
(:mod:`bot.kernel.transliterate`) and compared with the Danish names as spelt and as spoken:
mostly by their consonants, the vowels only deciding between names with the same consonants.
:class:`SoundIndex` holds those spellings; :class:`bot.kernel.municipalities.Municipalities`
asks it when nothing else matched.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.kernel.transliterate import EDIT, scripts, skeleton, sound_distance, sounds, transliterate

__all__ = ["MAX_WORDS_IN_NAME", "NOISE_WORDS", "WORD_SPLIT", "SoundIndex"]

# Words around a name that say "municipality" rather than which one.
NOISE_WORDS = frozenset(
    {"kommune", "kommunen", "regionskommune", "municipality", "municipal", "of", "the"}
)
# Longest run of words looked at when searching for a name inside a sentence ("8000 Aarhus C").
MAX_WORDS_IN_NAME = 3
WORD_SPLIT = re.compile(r"[^\w]+|_")

# Exonyms in other scripts whose consonants differ from the Danish name's, keyed by code. Only
# well-established ones: Russian and Ukrainian Копенгаген (г is g in one, h in the other),
# Arabic كوبنهاغن and its Egyptian spelling كوبنهاجن, Persian/Dari کپنهاگ, Sorani کۆپنهاگن,
# Tigrinya/Amharic ኮፐንሃገን. Other names are matched by transliteration alone.
_SCRIPT_ALIASES: dict[str, tuple[str, ...]] = {
    "101": ("Копенгаген", "Копенгаґен", "كوبنهاغن", "كوبنهاجن", "کپنهاگ", "کۆپنهاگن", "ኮፐንሃገን"),
}
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


class SoundIndex:
    """Every spelling of every municipality as it sounds, and the name a text sounds like."""

    def __init__(self, names: Iterable[tuple[str, Iterable[str]]]) -> None:
        """Index the names of each municipality.

        :param names: per municipality, its code and the Latin spellings it is known by (its
            name, the parts of a double name, aliases); the exonyms in other scripts are added
            here.
        """
        # A spelling without two consonants (Ærø) cannot be told from other words by sound.
        spoken = {
            _Known(code, _spoken(_latin_words(spelling)))
            for code, spellings in names
            for spelling in _sound_spellings(code, spellings)
        }
        self._known = sorted(
            (known for known in spoken if len(known.spoken.skeleton) >= _MIN_SKELETON),
            key=lambda known: (known.code, known.spoken.sounds),
        )
        self._known_skeletons = [known.spoken.skeleton for known in self._known]

    def collisions(self) -> dict[str, frozenset[str]]:
        """Consonant skeletons that spellings of two or more municipalities share, with the codes.

        :meth:`match` tells them apart by their vowels (Viborg and Faaborg are both "fbrg"), and
        answers ``None`` when the vowels do not decide.
        """
        codes: dict[str, set[str]] = {}
        for known in self._known:
            codes.setdefault(known.spoken.skeleton, set()).add(known.code)
        return {key: frozenset(found) for key, found in codes.items() if len(found) > 1}

    def match(self, text: str) -> str | None:
        """The code of the name ``text`` sounds like, or ``None``; for text in another script.

        The whole text is compared first. Failing that, each word and run of words: a run must
        match a spelling of as many words exactly and have _MIN_SKELETON_IN_SENTENCE consonants,
        and only one municipality may be found ("أسكن في أودنسه", "я живу в Орхусе").
        """
        variants = [_latin_words(latin) for latin in transliterate(text)]
        if any(_mixes_digits(word) for word in variants[0]):
            return None
        code = self._closest([_spoken(words) for words in variants])
        if code is not None or max(len(words) for words in variants) < 2:
            return code
        if "cyrillic" in scripts(text):
            variants += [_without_endings(words) for words in variants]
        found: set[str] = set()
        for words in variants:
            for size in range(1, min(MAX_WORDS_IN_NAME, len(words)) + 1):
                for start in range(len(words) - size + 1):
                    spoken = _spoken(words[start : start + size])
                    if spoken.words == size and len(spoken.skeleton) >= _MIN_SKELETON_IN_SENTENCE:
                        code = self._closest([spoken], in_sentence=True)
                        found.update(() if code is None else (code,))
        return found.pop() if len(found) == 1 else None

    def _closest(self, variants: list[_Spoken], in_sentence: bool = False) -> str | None:
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


def _is_noise(word: str) -> bool:
    """Whether a (transliterated) word is no part of a name: it says "municipality", is one of
    _NOT_NAMES, or has one consonant or none ("في", "в")."""
    if word in NOISE_WORDS or word in _not_names():
        return True
    consonants = skeleton(sounds(word))
    return len(consonants) <= 1 or consonants in _noise_skeletons()


def _spoken(words: Iterable[str]) -> _Spoken:
    """Latin words as one :class:`_Spoken`, leaving out the ones that are noise."""
    kept = [w for w in words if not _is_noise(w)]
    return _Spoken(sounds("".join(kept)), len(kept), sum(len(w) for w in kept))


def _latin_words(latin: str) -> list[str]:
    """The lower-case words of a Latin spelling."""
    return [w for w in WORD_SPLIT.split(latin.casefold()) if w]


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


def _sound_spellings(code: str, names: Iterable[str]) -> Iterator[str]:
    """Latin spellings of a municipality to compare with transliterated input."""
    for name in names:
        if len(name) >= _MIN_LETTERS_IN_SPELLING:
            yield from _danish_spellings(name)
    for alias in _SCRIPT_ALIASES.get(code, ()):
        yield from transliterate(alias)
