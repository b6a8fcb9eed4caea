"""Checking the examples: each problem at the file, line and column of its fault."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.i18n import Catalog
from bot.kernel.problems import Problem
from bot.understand import (
    Matcher,
    Phrase,
    Thresholds,
    TopicExamples,
    check_examples,
    load_examples,
    validate,
)
from bot.understand.checkcache import CheckCache
from tests.support.tree import write_tree
from tests.support.understand import LOCALES, TOPICS, example_catalog


@pytest.fixture
def in_dir(tmp_path: Path) -> Iterator[Path]:
    """Run inside ``tmp_path`` so paths are reported relative to it."""
    old = Path.cwd()
    os.chdir(tmp_path)
    yield tmp_path
    os.chdir(old)


def _problems(root: Path, files: dict[str, str]) -> list[str]:
    """The rendered problems that ``files`` (added to or replacing the hand-made set) bring."""
    shutil.copytree(LOCALES, root / "locales")
    before = {(p.level, p.message.split(" (")[0]) for p in _found()}
    write_tree(root, files)
    return [p.render() for p in _found() if (p.level, p.message.split(" (")[0]) not in before]


def _found() -> list[Problem]:
    catalog, errors = Catalog.load(Path("locales"))
    assert errors == []
    return check_examples(load_examples(catalog), TOPICS)


def test_check_examples_finds_no_error_in_the_hand_made_set() -> None:
    # A thin set (three or four phrasings a topic, mostly English) has confusions: warnings.
    groups = load_examples(example_catalog())
    problems = check_examples(groups, TOPICS, matcher=Matcher.build(groups))
    assert [p for p in problems if p.level == "error"] == []


def test_check_examples_names_an_unknown_topic_at_its_message(in_dir: Path) -> None:
    problems = _problems(
        in_dir,
        {"locales/en/extra.ftl": "# extra\n\nunderstand-salary =\n    what is the pay\n"},
    )
    assert problems == [
        "locales/en/extra.ftl:3:1: error: 'understand-salary': unknown topic 'salary'; "
        f"known topics: {', '.join(sorted(TOPICS))}"
    ]


def test_check_examples_suggests_a_close_topic(in_dir: Path) -> None:
    problems = _problems(in_dir, {"locales/da/extra.ftl": "understand-greting =\n    hejsa\n"})
    assert len(problems) == 1
    assert problems[0].startswith(
        "locales/da/extra.ftl:1:1: error: 'understand-greting': unknown topic 'greting' "
        "(did you mean 'understand-greeting'?)"
    )


def test_check_examples_finds_a_topic_without_examples(in_dir: Path) -> None:
    problems = _problems(
        in_dir,
        {"locales/uk/extra.ftl": "# no examples yet\nunderstand-job =\n    .keywords = робота\n"},
    )
    assert problems == [
        "locales/uk/extra.ftl:2:1: error: 'understand-job' has no examples: "
        "write one phrasing per line"
    ]


def test_check_examples_refuses_a_placeable_on_its_line(in_dir: Path) -> None:
    problems = _problems(
        in_dir,
        {
            "locales/so/extra.ftl": (
                'understand-job =\n    shaqo ma jirtaa\n    shaqo { $where }\n    shaqo {"{"}ma\n'
            )
        },
    )
    assert problems == [
        "locales/so/extra.ftl:3:5: error: 'understand-job': an example is typed text: "
        "no { placeable } in it"
    ]


def test_check_examples_finds_an_example_placed_under_the_wrong_topic(in_dir: Path) -> None:
    en = (LOCALES / "en" / "understanding.ftl").read_text(encoding="utf-8")
    # first in the file, so that it is among the confusions shown, not only counted
    confusing = en.replace("    what is igu\n", "    good morning hello\n    what is igu\n", 1)
    problems = _problems(in_dir, {"locales/en/understanding.ftl": confusing})
    line = confusing[: confusing.index("good morning hello")].count("\n") + 1
    found = (
        f"locales/en/understanding.ftl:{line}:5: warning: 'understand-about': the example "
        "'good morning hello' reads as topic 'greeting' ("
    )
    assert any(p.startswith(found) for p in problems), problems


def test_check_examples_shows_three_confusions_a_file_and_counts_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    thanks = tuple(Phrase(t) for t in ("thank you", "thanks", "many thanks", "thank you so much"))
    job = tuple(
        Phrase(t)
        for t in ("i need a job", "thank you very much", "thanks a lot", "thanks so much friend",
                  "many many thanks", "thank u")
    )  # fmt: skip
    groups = [TopicExamples("en", "thanks", thanks, path="t.ftl"),
              TopicExamples("en", "job", job, path="t.ftl", line=10)]  # fmt: skip
    problems = check_examples(groups, TOPICS)
    closer = [p for p in problems if "reads as topic" in p.message]
    more = [p for p in problems if "more example(s) in this file" in p.message]
    assert len(closer) == 3
    assert len(more) == 1
    monkeypatch.setattr(validate, "SHOWN_PER_FILE", 100)
    every = [p for p in check_examples(groups, TOPICS) if "reads as topic" in p.message]
    assert len(every) > 3
    assert more[0].message.startswith(f"{len(every) - 3} more")


def test_check_examples_confusion_level_is_a_parameter() -> None:
    groups = [
        TopicExamples("en", "thanks", (Phrase("thank you"), Phrase("thanks"))),
        TopicExamples("en", "job", (Phrase("i need a job"), Phrase("thank you very much"))),
    ]
    problems = check_examples(groups, TOPICS, confusion="error")
    assert {p.level for p in problems} == {"error"}
    assert ("en:understand-job", 1) in [(p.path, p.line) for p in problems]
    assert any("'thank you very much' reads as topic 'thanks'" in p.message for p in problems)


def test_check_examples_without_confusion_finds_errors_and_builds_no_matcher() -> None:
    groups = [
        *_confusing(),
        TopicExamples("en", "no-such-topic", (Phrase("hello there"),)),
    ]
    built: list[str] = []

    def build() -> Matcher:
        built.append("matcher")
        return Matcher.build(groups)

    problems = check_examples(groups, TOPICS, build=build, confusion=None)
    assert [p.level for p in problems] == ["error"]
    assert "unknown topic 'no-such-topic'" in problems[0].message
    assert built == []
    with_confusion = check_examples(groups, TOPICS, build=build)
    assert any("reads as topic 'thanks'" in p.message for p in with_confusion)
    assert built == ["matcher"]


def _confusing() -> list[TopicExamples]:
    return [
        TopicExamples("en", "thanks", (Phrase("thank you"), Phrase("thanks"))),
        TopicExamples("en", "job", (Phrase("i need a job"), Phrase("thank you very much"))),
    ]


def test_check_examples_gives_the_same_problems_from_its_cache(tmp_path: Path) -> None:
    cache = CheckCache(tmp_path / "cache")
    first = check_examples(_confusing(), TOPICS, cache=cache)
    assert first
    assert len(list((tmp_path / "cache").glob("*.json"))) == 1
    assert check_examples(_confusing(), TOPICS, cache=cache) == first
    assert (tmp_path / "cache").stat().st_mode & 0o777 == 0o700


def test_check_examples_cache_misses_when_an_example_changes(tmp_path: Path) -> None:
    cache = CheckCache(tmp_path / "cache")
    check_examples(_confusing(), TOPICS, cache=cache)
    fixed = [*_confusing()[:1], TopicExamples("en", "job", (Phrase("i need a job"),))]
    assert check_examples(fixed, TOPICS, cache=cache) == []
    assert len(list((tmp_path / "cache").glob("*.json"))) == 2


def test_check_examples_cache_misses_when_the_thresholds_change(tmp_path: Path) -> None:
    cache = CheckCache(tmp_path / "cache")
    assert check_examples(_confusing(), TOPICS, cache=cache)
    deaf = Thresholds(confident=1.0, candidate=1.0)
    assert check_examples(_confusing(), TOPICS, cache=cache, thresholds=deaf) == []


def test_check_examples_ignores_a_damaged_cache_entry(tmp_path: Path) -> None:
    cache = CheckCache(tmp_path / "cache")
    first = check_examples(_confusing(), TOPICS, cache=cache)
    for entry in (tmp_path / "cache").glob("*.json"):
        entry.write_text('[{"path": 1}', encoding="utf-8")
    assert check_examples(_confusing(), TOPICS, cache=cache) == first


def test_check_examples_does_not_trust_a_folder_others_can_write(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    folder.chmod(0o777)
    (folder / "planted.json").write_text("[]", encoding="utf-8")
    first = check_examples(_confusing(), TOPICS, cache=CheckCache(folder))
    assert first
    assert sorted(p.name for p in folder.iterdir()) == ["planted.json"]
    assert "not private to this user" in caplog.text


def test_check_examples_accepts_an_example_only_it_covers() -> None:
    # left out, "werkplaats stage" is understood as nothing: it is what teaches the phrasing
    groups = [
        TopicExamples("en", "thanks", (Phrase("thank you"), Phrase("thanks"))),
        TopicExamples("en", "job", (Phrase("i need a job"), Phrase("werkplaats stage"))),
    ]
    matcher = Matcher.build(groups)
    scores = {phrase.text: s for _g, phrase, s in matcher.leave_one_out()}["werkplaats stage"]
    assert matcher.decide(scores).outcome == "none"
    assert check_examples(groups, TOPICS, matcher=matcher) == []


@pytest.mark.slow
def test_check_examples_is_silent_about_examples_the_learner_gets_right(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The content's "how does igu work" (about) is near help's "how does this work": left out,
    # it would go to help, but the matcher answers it as about, so it is no warning.
    catalog, errors = Catalog.load(Path(__file__).resolve().parents[2] / "locales")
    assert errors == []
    groups = load_examples(catalog)
    matcher = Matcher.build(groups)
    assert matcher.match("how does igu work", "en").topic == "about"
    monkeypatch.setattr(validate, "SHOWN_PER_FILE", 10_000)
    every = check_examples(groups, TOPICS | matcher.topics, matcher=matcher)
    assert [p for p in every if p.level == "error"] == []
    assert not any("'how does igu work'" in p.message for p in every)
