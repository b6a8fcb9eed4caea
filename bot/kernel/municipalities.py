"""The 98 Danish municipalities, and forgiving matching of what a person types to one of them.

The table ships with the package as ``bot/kernel/data/municipalities.csv``; it is read once, on
first use.
Leads are routed by municipality *code* (docs/contracts.md, Privacy), so
:meth:`Municipalities.match` would rather return ``None`` than guess: the flow then asks again.

Names typed in Arabic script, Cyrillic or Ethiopic ("آرهوس", "Орхус", "ኦርሁስ") are transliterated
and compared by how they sound (:mod:`bot.kernel.municipality_sounds`): mostly by their
consonants, the vowels only deciding between names with the same consonants.
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
from bot.kernel.municipality_sounds import (
    MAX_WORDS_IN_NAME,
    NOISE_WORDS,
    WORD_SPLIT,
    SoundIndex,
)
from bot.kernel.transliterate import scripts

__all__ = ["Municipalities", "Municipality"]

_CSV_COLUMNS = ("municipality_code", "name", "region_code", "region_name")

# Well-known exonyms and abbreviations, keyed by code. Keep this tiny: spelling variants
# (æ/ø/å, "Kommune", typos) are handled by the normalisation and fuzzy matching below.
_ALIASES: dict[str, tuple[str, ...]] = {
    "101": ("Copenhagen", "Kbh"),
    "217": ("Elsinore",),
}

# Edits (insert, delete, substitute, swap two neighbours) tolerated in the whole normalised input,
# by its length: short names are too close to each other to correct safely.
_MIN_LENGTH_FOR_ONE_EDIT = 5
_MIN_LENGTH_FOR_TWO_EDITS = 9
# Codes have three digits; a leading zero ("0751") is tolerated.
_MAX_CODE_DIGITS = 4

# Danish letters a person may type as digraphs (ae, oe, aa) or without the mark (a, o). rapidfuzz
# compares code points and does no Unicode folding, and NFKD does not decompose æ and ø (they are
# letters, not a + mark), so this folding is done by hand. Both spellings are folded to one
# "skeleton": æ/ae → a, ø/oe → o, å/aa → a.
_LETTER_FOLDS = str.maketrans({"æ": "a", "ø": "o"})
_DIGRAPHS = re.compile(r"aa|ae|oe")
_DIGRAPH_FOLDS = {"aa": "a", "ae": "a", "oe": "o"}


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
    words = (w for w in WORD_SPLIT.split(text) if w)
    return [_fold_word(w) for w in words if w not in NOISE_WORDS]


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
        # Every spelling as it sounds, for names typed in another script.
        self._sounds = SoundIndex((m.code, tuple(_names_of(m))) for m in self._all)

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
        for size in range(1, min(MAX_WORDS_IN_NAME, len(words)) + 1):
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
        return self._sounds.collisions()

    def _match_sound(self, text: str) -> str | None:
        """The code of the name ``text`` sounds like, or ``None``; for text in another script.

        See :meth:`bot.kernel.municipality_sounds.SoundIndex.match`.
        """
        return self._sounds.match(text)


@functools.cache
def _load_packaged() -> Municipalities:
    """Read ``bot/kernel/data/municipalities.csv`` from the installed package."""
    resource = files("bot.kernel") / "data" / "municipalities.csv"
    return Municipalities.from_csv(
        resource.read_text(encoding="utf-8"), "bot/kernel/data/municipalities.csv"
    )
