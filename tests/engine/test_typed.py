"""Typed messages at a question with buttons, with the project's own content and examples: a
topic is answered, an unsure reading offers candidates, a miss is short and kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import Content
from bot.engine import Engine, Inbound, TurnResult
from bot.engine.typed import SEND_QUESTION_CHOICE, TOPIC_CHOICE
from bot.store import Store


class Learner:
    """One person on the web chat, who opened it with a browser language."""

    def __init__(self, engine: Engine, hint: str = "en", key: str = "web:typed") -> None:
        self.engine, self.hint, self.key = engine, hint, key

    def send(self, **what: str) -> TurnResult:
        inbound = Inbound(self.key, "web", lang_hint=self.hint, **what)
        return self.engine.handle(inbound)

    def at_menu(self) -> TurnResult:
        self.send(start="")
        return self.send(choice=self.hint)


def ids(result: TurnResult) -> list[str]:
    return [m.id for m in result.reply.messages]


@pytest.fixture
def engine(tree_content: Content, tmp_path: Path) -> Engine:
    return Engine(tree_content, Store(tmp_path / "typed.sqlite3"))


@pytest.mark.parametrize(
    ("lang", "text", "step"),
    [
        ("en", "how much is the salary", "about-pay-ask"),
        ("en", "can i join", "eligibility-start-ask"),
        ("en", "call me", "human-start-ask"),
        ("ar", "كم الراتب", "about-pay-ask"),
        ("ti", "ደሞዝ ክንደይ እዩ", "about-pay-ask"),
        ("so", "i soo wac", "human-start-ask"),
        ("da", "hvad er løn", "about-pay-ask"),
    ],
)
def test_typed_question_at_the_menu_is_answered_by_its_step(
    engine: Engine, lang: str, text: str, step: str
) -> None:
    learner = Learner(engine, lang)
    learner.at_menu()
    result = learner.send(text=text)
    assert step in ids(result)
    assert result.reply.lang == lang


def test_typed_interest_in_ukrainian_starts_the_interest_form(engine: Engine) -> None:
    learner = Learner(engine, "uk")
    learner.at_menu()
    result = learner.send(text="хочу записатися")
    assert result.flow == "interest"


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("hi", "common-hello"),
        ("salam", "common-hello"),
        ("thanks", "common-welcome"),
        ("ok", "common-ack"),
    ],
)
def test_typed_small_talk_gets_a_friendly_word_and_the_question(
    engine: Engine, text: str, reply: str
) -> None:
    learner = Learner(engine)
    learner.at_menu()
    assert ids(learner.send(text=text)) == [reply, "menu-start-ask"]


def test_typed_number_on_the_web_is_not_a_button(engine: Engine) -> None:
    learner = Learner(engine)
    learner.at_menu()
    result = learner.send(text="5")  # as in "5 years": "Talk to a person" is the 5th button
    assert result.flow == "menu"
    assert ids(result) == ["common-not-understood", "menu-start-ask"]


def test_typed_misses_never_repeat_the_menu_after_the_first_nor_duplicate_the_person(
    engine: Engine,
) -> None:
    learner = Learner(engine)
    learner.at_menu()
    first = learner.send(text="qwxz")
    assert ids(first) == ["common-not-understood", "menu-start-ask"]
    for _ in range(3):
        later = learner.send(text="qwxz")
        assert ids(later) == ["common-not-understood"]
        [message] = later.reply.messages
        # one button to a person: the one that sends what they typed
        assert [c.value for c in message.choices] == [SEND_QUESTION_CHOICE, "/menu"]
    menu = learner.send(text="/menu").reply.messages[-1]
    labels = [c.label for c in menu.choices]
    assert len(labels) == len(set(labels)), labels


def test_typed_unsure_offers_the_candidates_and_a_person(engine: Engine) -> None:
    learner = Learner(engine)
    learner.at_menu()
    result = learner.send(text="course pay")
    [offer] = result.reply.messages
    assert offer.id == "common-did-you-mean"
    values = [c.value for c in offer.choices]
    assert values[-1] == "/human"
    topics = [v.removeprefix(TOPIC_CHOICE) for v in values[:-1]]
    assert 1 <= len(topics) <= 3
    assert set(topics) <= {"pay", "school"}
    chosen = learner.send(choice=values[0])
    step = {"pay": "about-pay-ask", "school": "about-school-ask"}[topics[0]]
    assert step in ids(chosen)


def test_typed_question_at_the_first_screen_is_answered_in_its_language(
    engine: Engine,
) -> None:
    learner = Learner(engine, "ar")
    assert ids(learner.send(start="")) == ["language-choose"]
    result = learner.send(text="كم الراتب")
    assert "about-pay-ask" in ids(result)
    assert result.reply.lang == "ar"
    assert result.reply.dir == "rtl"


@pytest.mark.parametrize(
    ("text", "step", "lang"),
    [
        ("اريد عمل", "about-job-ask", "ar"),  # "I want work": the job answer, not the form
        ("waxaan rabaa shaqo", "about-job-ask", "so"),
        ("معاش چند است", "about-pay-ask", "prs"),  # Dari "maash", not Persian "hoquq"
    ],
)
def test_typed_question_at_the_first_screen_gets_its_answer_in_its_language(
    engine: Engine, text: str, step: str, lang: str
) -> None:
    learner = Learner(engine, "en")
    learner.send(start="")
    result = learner.send(text=text)
    assert step in ids(result)
    assert result.reply.lang == lang


@pytest.mark.parametrize(
    ("text", "lang"), [("haa", "so"), ("نعم", "ar"), ("بلی", "prs"), ("maya", "so"), ("yes", "en")]
)
def test_typed_yes_or_no_at_the_first_screen_gets_the_language_question_to_confirm(
    engine: Engine, text: str, lang: str
) -> None:
    learner = Learner(engine, "en")
    learner.send(start="")
    result = learner.send(text=text)
    assert ids(result) == ["language-choose"]  # no form, no 👍 to a question not asked
    assert result.reply.lang == lang
    assert result.reply.messages[-1].choices[0].value == lang


@pytest.mark.parametrize(
    ("hint", "text", "topic", "lang"),
    [
        ("en", "haa waan rabaa", "interest", "so"),  # "yes, I want": the form, if they tap it
        ("en", "انا مهتم سجلني", "interest", "ar"),
        ("en", "can i join", "eligibility", "en"),  # its first question keeps their age
    ],
)
def test_typed_form_topic_at_the_first_screen_is_offered_never_entered(
    engine: Engine, hint: str, text: str, topic: str, lang: str
) -> None:
    learner = Learner(engine, hint)
    learner.send(start="")
    result = learner.send(text=text)
    assert ids(result) == ["common-did-you-mean"]
    assert result.reply.lang == lang
    values = [c.value for c in result.reply.messages[-1].choices]
    assert values[0] == TOPIC_CHOICE + topic
    tapped = learner.send(choice=values[0])
    assert tapped.flow == topic
    assert tapped.reply.lang == lang


def test_typed_question_at_a_typed_answer_keeps_the_form(engine: Engine) -> None:
    learner = Learner(engine)
    learner.at_menu()
    learner.send(choice="interest")
    learner.send(text="Amina Hassan")
    learner.send(text="Aarhus")
    learner.send(choice="phone")
    result = learner.send(text="call me please")  # at "Your phone number?": an answer
    assert result.flow == "interest"
    assert ids(result) == ["error-phone", "interest-phone-ask"]


def test_typed_back_to_a_topic_is_remembered_for_back(engine: Engine) -> None:
    learner = Learner(engine)
    learner.at_menu()
    learner.send(text="how much is the salary")
    assert ids(learner.send(text="/back")) == ["menu-start-ask"]


@pytest.mark.parametrize(
    ("hint", "text", "lang"), [("en", "ሰላም ከመይ ኣለኹም", "ti"), ("en", "привіт", "uk")]
)
def test_typed_greeting_at_the_first_screen_is_answered_in_its_own_language(
    engine: Engine, hint: str, text: str, lang: str
) -> None:
    learner = Learner(engine, hint)
    learner.send(start="")
    result = learner.send(text=text)
    assert ids(result)[-1] == "language-choose"
    assert result.reply.lang == lang
    assert result.reply.messages[-1].choices[0].value == lang


def test_typed_noise_at_the_first_screen_in_arabic_script_is_not_answered_in_english(
    engine: Engine,
) -> None:
    learner = Learner(engine, "en")
    learner.send(start="")
    result = learner.send(text="ههههههه")
    assert ids(result) == ["language-choose-again", "language-choose"]
    assert result.reply.dir == "rtl"
    assert result.reply.lang != "en"
