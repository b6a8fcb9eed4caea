"""Check before consent: the summary shows each answer as the learner saw it, in their language
and direction; "Change an answer" works by button and by typing its label; the consent is to
what was shown. Real content, a real SQLite file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot.check.load import load_content
from bot.content import Content
from bot.engine import Engine, Inbound, TurnResult
from bot.engine.words import REVIEW_CHANGE, REVIEW_OK
from bot.i18n.bidi import FSI, LRI, PDI, direction_problems, strip_marks
from bot.store import Store
from tests.support.tree import MINI_EN, MINI_FLOWS, errors_of, mini_tree

ARABIC_NAME = "أمينة حسن"


class Learner:
    """One person on the web chat in ``lang``."""

    def __init__(self, engine: Engine, lang: str, key: str = "web:reviewer") -> None:
        self.engine, self.lang, self.key = engine, lang, key

    def send(self, **what: str) -> TurnResult:
        return self.engine.handle(Inbound(self.key, "web", lang_hint=self.lang, **what))

    def interest_up_to_summary(self, name: str = "Amina Hassan") -> TurnResult:
        """The interest form by phone, up to the summary before the consent."""
        self.send(start="")
        self.send(choice=self.lang)
        self.send(choice="interest")
        if self.send(text=name).reply.messages[-1].id == "interest-name-latin-ask":
            self.send(choice="skip")  # a name in another script: no Latin spelling given
        self.send(text="Aarhus")
        self.send(choice="phone")
        self.send(text="20 12 34 56")
        self.send(choice="yes")
        self.send(choice="little")
        return self.send(choice="transport")


def label(content: Content, lang: str, msg_id: str) -> str:
    return strip_marks(content.catalog.format(lang, msg_id, {}))


@pytest.fixture
def engine(tree_content: Content, tmp_path: Path) -> Engine:
    return Engine(tree_content, Store(tmp_path / "review.sqlite3"))


@pytest.mark.parametrize("lang", ["en", "ar", "ti"])
def test_review_summary_shows_each_answer_as_the_learner_saw_it(
    engine: Engine, tree_content: Content, lang: str
) -> None:
    [summary] = Learner(engine, lang).interest_up_to_summary().reply.messages
    assert summary.id == "common-review"
    lines = strip_marks(summary.text).split("\n")
    assert lines[0] == label(tree_content, lang, "common-review")

    def line(field: str, value: str) -> str:
        args = {"label": label(tree_content, lang, f"review-field-{field}"), "value": value}
        return strip_marks(tree_content.catalog.format(lang, "common-review-line", args))

    # A button's answer by its label in the learner's language, never its value code.
    assert lines[1:] == [
        line("name", "Amina Hassan"),
        line("municipality", "Aarhus"),
        line("contact", label(tree_content, lang, "interest-button-phone")),
        line("phone", "+45 20 12 34 56"),
        line("interpreter", label(tree_content, lang, "common-yes")),
        line("danish_level", label(tree_content, lang, "interest-button-danish-little")),
        line("work_area", label(tree_content, lang, "interest-button-work-transport")),
    ]
    assert [c.value for c in summary.choices] == [REVIEW_OK, REVIEW_CHANGE]


@pytest.mark.parametrize(("lang", "name"), [("ar", "Amina Hassan"), ("en", ARABIC_NAME)])
def test_review_typed_answers_keep_their_own_direction(
    engine: Engine, lang: str, name: str
) -> None:
    [summary] = Learner(engine, lang).interest_up_to_summary(name).reply.messages
    assert f"{FSI}{name}{PDI}" in summary.text  # the name takes its own direction
    assert f"{LRI}+45 20 12 34 56{PDI}" in summary.text  # "+45" stays in front
    if lang == "ar":
        assert direction_problems(summary.text) == []


@pytest.mark.parametrize("lang", ["en", "ar", "ti"])
def test_review_change_an_answer_works_by_typing_its_label(
    engine: Engine, tree_content: Content, lang: str
) -> None:
    learner = Learner(engine, lang)
    learner.interest_up_to_summary()
    picking = learner.send(text=label(tree_content, lang, "common-review-change"))
    [which] = picking.reply.messages
    assert which.id == "common-review-which"
    phone = label(tree_content, lang, "review-field-phone")
    assert phone in [c.label for c in which.choices]
    asked = learner.send(text=phone)
    assert [m.id for m in asked.reply.messages] == ["interest-phone-ask"]
    back = learner.send(text="30 12 34 56")
    assert [m.id for m in back.reply.messages] == ["common-review"]
    question = learner.send(text=label(tree_content, lang, "common-review-ok"))
    [ask] = question.reply.messages
    assert ask.id == "interest-consent-ask"
    # Yes, send / Change an answer / No
    assert [c.value for c in ask.choices] == ["yes", REVIEW_CHANGE, "no"]
    assert ask.choices[0].label == tree_content.catalog.format(lang, "common-review-send", {})


def test_review_a_yes_pressed_at_the_summary_is_no_consent(engine: Engine) -> None:
    learner = Learner(engine, "en")
    learner.interest_up_to_summary()
    result = learner.send(choice="yes")  # the question's button, not yet shown
    assert [m.id for m in result.reply.messages] == ["error-choose", "common-review"]
    assert engine.store.lead_count() == 0


def test_review_a_question_asked_before_summaries_existed_shows_the_summary_first(
    engine: Engine,
) -> None:
    learner = Learner(engine, "en")
    learner.interest_up_to_summary()
    learner.send(choice=REVIEW_OK)  # the consent question is on the screen
    # as stored by a version without summaries: at the question, no screen recorded
    session = engine.store.load_session(learner.key)
    assert session is not None
    old = {k: v for k, v in session.vars.items() if k != "_review"}
    engine.store.save_session(dataclasses.replace(session, vars=old))
    result = learner.send(choice="yes")
    assert [m.id for m in result.reply.messages] == ["common-review"]  # what is sent, first
    assert engine.store.lead_count() == 0
    learner.send(choice=REVIEW_OK)
    assert "save_lead" in learner.send(choice="yes").actions


def test_review_the_consent_is_to_what_was_shown(engine: Engine, tree_content: Content) -> None:
    learner = Learner(engine, "en")
    learner.interest_up_to_summary()
    learner.send(choice=REVIEW_OK)
    learner.send(choice="yes")
    [lead] = engine.store.leads()
    assert lead.consent_id == "interest-consent-ask"
    assert lead.consent_version == tree_content.consent_version("interest-consent-ask")
    # the summary's texts are part of it: not the question's text alone
    assert lead.consent_version != tree_content.source_hash("interest-consent-ask")


def test_review_a_value_a_step_sets_shows_its_own_message(tmp_path: Path) -> None:
    form = MINI_FLOWS["flows/form.yaml"].replace(
        "    save: name\n", "    save: name\n    set: {track: fast}\n", 1
    )
    form = form.replace(
        "sends: [name, phone, municipality]", "sends: [name, phone, municipality, track]"
    )
    en = MINI_EN + "review-field-track = Track\nreview-field-track-fast = Fast track\n"
    mini_tree(tmp_path, **{"flows__form.yaml": form, "locales__en__main.ftl": en})
    content, problems = load_content(tmp_path, strict=True)
    assert errors_of(problems) == []
    engine = Engine(content, Store(tmp_path / "mini.sqlite3"))

    def say(**what: str) -> TurnResult:
        return engine.handle(Inbound("test:track", "test", **what))

    say(start="")
    say(choice="en")
    say(choice="form")
    for answer in ("Amina", "30", "20 12 34 56"):
        say(text=answer)
    [summary] = say(text="Aarhus").reply.messages
    assert strip_marks(summary.text).split("\n")[1:] == [
        "Name: Amina",
        "Phone: +45 20 12 34 56",
        "Municipality: Aarhus",
        "Track: Fast track",
    ]
    # set, not asked: shown, but there is no question to change it with
    which = say(choice=REVIEW_CHANGE).reply.messages[0]
    assert [c.value for c in which.choices] == [
        "change:name",
        "change:phone",
        "change:municipality",
        REVIEW_OK,
    ]
