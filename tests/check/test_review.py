"""`igubot check` on consent steps: the summary before the consent can show every answer it sends
(a `review-field-*` label), its change buttons fit Telegram, and it fits a phone screen."""

from __future__ import annotations

from pathlib import Path

from bot.check.load import load_content
from bot.check.samples import SAMPLE_MUNICIPALITY
from bot.engine.callbacks import MAX_CALLBACK_BYTES, callback_data
from bot.engine.words import REVIEW_FIELD_CHOICE
from bot.flows.schema import VarName
from bot.kernel.municipalities import Municipalities
from tests.support.tree import MINI_EN, errors_of, mini_tree


def _errors(root: Path) -> list[str]:
    _content, problems = load_content(root, strict=True)
    return errors_of(problems)


def test_check_review_an_answer_in_sends_without_its_label_is_an_error(in_dir: Path) -> None:
    mini_tree(
        in_dir, **{"locales__en__main.ftl": MINI_EN.replace("review-field-phone = Phone\n", "")}
    )
    errors = _errors(in_dir)
    assert any(
        e.startswith("flows/form.yaml:34:19: error: 'phone' has no label 'review-field-phone'")
        for e in errors
    ), "\n".join(errors)


def test_check_review_a_consent_step_needs_the_summary_messages(in_dir: Path) -> None:
    mini_tree(
        in_dir,
        **{"locales__en__main.ftl": MINI_EN.replace("common-review-ok = All correct\n", "")},
    )
    errors = _errors(in_dir)
    assert any(
        e.startswith("flows/form.yaml:33:14: error: a consent step shows what it sends first;")
        and "'common-review-ok'" in e
        for e in errors
    ), "\n".join(errors)


def test_check_review_change_buttons_of_the_longest_answer_name_fit_telegram() -> None:
    # The schema allows answer names up to its VarName length; the step tag is a hash.
    longest = VarName.__metadata__[0].max_length
    data = callback_data("f" * 30, "s" * 40, REVIEW_FIELD_CHOICE + "v" * longest)
    assert len(data.encode()) <= MAX_CALLBACK_BYTES


def test_check_review_a_summary_longer_than_a_phone_screen_is_an_error(in_dir: Path) -> None:
    wordy = "Please check every one of these answers carefully before you agree. " * 6
    mini_tree(in_dir, **{"locales__en__main.ftl": MINI_EN.replace("Please check:", wordy)})
    errors = _errors(in_dir)
    assert any(
        e.startswith("flows/form.yaml:34:5: error: the summary before 'consent' shows")
        and "in 'en'" in e
        for e in errors
    ), "\n".join(errors)


def test_check_review_measures_the_longest_municipality_name() -> None:
    longest = max((m.name for m in Municipalities.load().all()), key=len)
    assert len(SAMPLE_MUNICIPALITY) == len(longest)
