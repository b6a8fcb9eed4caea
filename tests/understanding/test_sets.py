"""The typed-message sets in tests/understanding/{eval,dev}/<lang>.yaml are well formed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

HERE = Path(__file__).resolve().parent

# Every locale of the bot; each has one eval and one dev file.
LANGS = ("da", "en", "ar", "ti", "uk", "prs", "fa", "so", "kmr", "ckb", "ru", "ps")

# The topic ids a typed message maps to (the shared topic table), plus `none` for noise,
# emoji, gibberish and off-topic text that the bot should answer with "not understood".
TOPICS = frozenset(
    {
        "about", "pay", "school", "job", "start", "after", "stories", "eligibility",
        "interest", "human", "privacy", "forget", "language", "employer", "benefits",
        "danish", "family", "limits", "hours", "leave", "stop", "once", "own-case",
        "greeting", "thanks", "ack", "menu", "help", "back",
    }
)  # fmt: skip
LABELS = TOPICS | {"none"}

# Minimum number of cases per file.
EVAL_MIN = {"ar": 30, "uk": 30, "ti": 30, "prs": 30, "so": 30, "da": 30, "en": 30}
EVAL_MIN_OTHER = 15
DEV_MIN = 20

# Messages from the issue that the eval sets must hold, with their expected topic.
REQUIRED_EVAL = (
    ("en", "how much is the salary", "pay"),
    ("ar", "كم الراتب", "pay"),
    ("ti", "ደሞዝ ክንደይ እዩ", "pay"),
    ("uk", "хочу записатися", "interest"),
    ("so", "i soo wac", "human"),
    ("en", "hi", "greeting"),
    ("ar", "salam", "greeting"),
    ("en", "can i join", "eligibility"),
    ("en", "call me", "human"),
)


def _key(text: str) -> str:
    """The form two texts are compared in: lower case, whitespace collapsed."""
    return " ".join(text.lower().split())


def _load(split: str, lang: str) -> dict[str, Any]:
    """Parse one set file; fail with its path when it is missing or not a mapping."""
    path = HERE / split / f"{lang}.yaml"
    assert path.is_file(), f"{path.relative_to(HERE)}: missing"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.relative_to(HERE)}: top level must be a mapping"
    return data


def _cases(split: str, lang: str) -> list[tuple[str, str]]:
    """The (text, topic) pairs of one set file."""
    return [(c["text"], c["topic"]) for c in _load(split, lang)["cases"]]


def test_sets_dirs_hold_only_known_languages() -> None:
    for split in ("eval", "dev"):
        names = {p.stem for p in (HERE / split).glob("*")}
        assert names == set(LANGS), f"{split}/: {sorted(names ^ set(LANGS))}"


@pytest.mark.parametrize("split", ["eval", "dev"])
@pytest.mark.parametrize("lang", LANGS)
def test_sets_file_is_well_formed(split: str, lang: str) -> None:
    data = _load(split, lang)
    where = f"{split}/{lang}.yaml"
    assert set(data) == {"lang", "cases"}, f"{where}: keys must be lang and cases"
    assert data["lang"] == lang, f"{where}: lang is {data['lang']!r}, file name says {lang!r}"
    assert isinstance(data["cases"], list), f"{where}: cases must be a list"
    for i, case in enumerate(data["cases"]):
        assert isinstance(case, dict), f"{where}: case {i}: must be a mapping"
        assert set(case) == {"text", "topic"}, f"{where}: case {i}: keys must be text and topic"
        assert isinstance(case["text"], str), f"{where}: case {i}: text must be a string"
        assert case["text"].strip(), f"{where}: case {i}: text is empty"
        assert case["topic"] in LABELS, (
            f"{where}: {case['text']!r}: unknown topic {case['topic']!r}"
        )


@pytest.mark.parametrize("lang", LANGS)
def test_sets_have_no_duplicate_text_within_or_across_eval_and_dev(lang: str) -> None:
    seen: dict[str, str] = {}
    for split in ("eval", "dev"):
        for text, _ in _cases(split, lang):
            key = _key(text)
            assert key not in seen, f"{split}/{lang}.yaml: {text!r} repeats {seen[key]}"
            seen[key] = f"{split}/{lang}.yaml"


@pytest.mark.parametrize("lang", LANGS)
def test_sets_meet_minimum_counts(lang: str) -> None:
    n_eval = len(_cases("eval", lang))
    n_dev = len(_cases("dev", lang))
    assert n_eval >= EVAL_MIN.get(lang, EVAL_MIN_OTHER), f"eval/{lang}.yaml: only {n_eval} cases"
    assert n_dev >= DEV_MIN, f"dev/{lang}.yaml: only {n_dev} cases"


@pytest.mark.parametrize(
    ("lang", "text", "topic"), REQUIRED_EVAL, ids=[f"{c[0]}-{c[2]}" for c in REQUIRED_EVAL]
)
def test_sets_eval_holds_the_cases_from_the_issue(lang: str, text: str, topic: str) -> None:
    assert (text, topic) in _cases("eval", lang), f"eval/{lang}.yaml: needs {text!r} -> {topic}"
