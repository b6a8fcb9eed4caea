"""Typed messages where the bot waits for typed text (a name, a municipality, an age), at the
first screen, and after an answer: never a dead end, the form's answers kept. Real content, a
real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import Content
from bot.engine import Engine, Inbound, TurnResult
from bot.engine.typed import TOPIC_CHOICE
from bot.store import Store


class Learner:
    """One person on the web chat; ``hint`` is the browser's language (``None``: none)."""

    def __init__(self, engine: Engine, hint: str | None = "en", key: str = "web:steps") -> None:
        self.engine, self.hint, self.key = engine, hint, key

    def send(self, **what: str) -> TurnResult:
        return self.engine.handle(Inbound(self.key, "web", lang_hint=self.hint, **what))

    def at(self, lang: str, *turns: tuple[str, str]) -> TurnResult:
        self.send(start="")
        result = self.send(choice=lang)
        for kind, value in turns:
            result = self.send(**{kind: value})
        return result


def ids(result: TurnResult) -> list[str]:
    return [m.id for m in result.reply.messages]


@pytest.fixture
def engine(tree_content: Content, tmp_path: Path) -> Engine:
    return Engine(tree_content, Store(tmp_path / "steps.sqlite3"))


NAME = ("choice", "interest")
AMINA = ("text", "Amina Hassan")


@pytest.mark.parametrize(
    ("lang", "word"),
    [
        ("en", "stop"),
        ("en", "Menu"),
        ("en", "main menu!"),
        ("da", "hovedmenu"),
        ("ar", "القائمة"),
        ("ar", "توقف"),
        ("uk", "меню"),
        ("uk", "стоп"),
        ("so", "liiska"),
        ("so", "jooji"),
        ("ti", "ሜኑ"),
        ("ar", "stop"),  # English words count in every language
    ],
)
def test_text_step_menu_and_stop_words_leave_the_form_and_keep_its_answers(
    engine: Engine, lang: str, word: str
) -> None:
    learner = Learner(engine, lang)
    learner.at(lang, NAME, ("text", "Amina"))
    result = learner.send(text=word)
    assert ids(result) == ["menu-start-ask"]
    assert result.variables["name"] == "Amina"


def test_text_step_stop_at_the_name_is_no_name(engine: Engine) -> None:
    result = Learner(engine).at("en", NAME, ("text", "stop"))
    assert ids(result) == ["menu-start-ask"]
    assert "name" not in result.variables


CONTACT = (AMINA, ("text", "Aarhus"))  # then: "How should your municipality contact you?"


@pytest.mark.parametrize(("lang", "word"), [("en", "stop"), ("ar", "توقف"), ("uk", "стоп")])
def test_form_button_step_stop_word_leaves_the_form_as_at_its_typed_questions(
    engine: Engine, lang: str, word: str
) -> None:
    learner = Learner(engine, lang)
    asked = learner.at(lang, NAME, *CONTACT)
    result = learner.send(text=word)
    assert ids(asked)[-1] == "interest-contact-ask"
    assert ids(result) == ["menu-start-ask"]
    assert result.variables["name"] == "Amina Hassan"


def test_stop_typed_at_the_menu_still_asks_about_stopping_an_igu(engine: Engine) -> None:
    learner = Learner(engine)
    menu = learner.at("en")
    result = learner.send(text="stop")
    assert ids(menu) == ["menu-start-ask"]
    assert ids(result) == ["questions-stop-ask"]


@pytest.mark.parametrize(("lang", "word"), [("en", "help"), ("da", "hjælp"), ("so", "caawin")])
def test_text_step_help_word_helps_and_asks_again(engine: Engine, lang: str, word: str) -> None:
    result = Learner(engine, lang).at(lang, NAME, ("text", "Amina"), ("text", word))
    assert ids(result) == ["common-help", "interest-municipality-ask"]


def test_text_step_back_word_goes_to_the_question_before(engine: Engine) -> None:
    result = Learner(engine, "da").at("da", NAME, ("text", "Amina"), ("text", "tilbage"))
    assert ids(result) == ["interest-name-ask"]


@pytest.mark.parametrize("name", ["Amina Menu", "Salam Ahmed", "Hope", "Stop Mohammed"])
def test_text_step_real_names_are_answers(engine: Engine, name: str) -> None:
    result = Learner(engine).at("en", NAME, ("text", name))
    assert ids(result) == ["interest-municipality-ask"]
    assert result.variables["name"] == name


def test_text_step_question_is_answered_then_asked_again(engine: Engine) -> None:
    learner = Learner(engine, "ar")
    result = learner.at("ar", NAME, ("text", "Amina"), ("text", "كم الراتب"))
    assert ids(result) == ["about-pay-ask", "interest-municipality-ask"]
    assert result.flow == "interest"
    assert result.variables["name"] == "Amina"


def test_text_step_long_answer_is_one_button_away_and_back_returns(engine: Engine) -> None:
    learner = Learner(engine)
    result = learner.at("en", ("choice", "eligibility"), ("text", "how much is the salary"))
    # the answer and the question would not fit one turn: the reason, the question, the way
    assert ids(result) == ["error-age", "eligibility-start-ask"]
    assert result.reply.messages[-1].choices[-1].value == TOPIC_CHOICE + "pay"
    assert "about-pay-ask" in ids(learner.send(choice=TOPIC_CHOICE + "pay"))
    assert ids(learner.send(text="/back")) == ["eligibility-start-ask"]


def test_text_step_call_me_offers_a_person_with_the_words_kept(engine: Engine) -> None:
    learner = Learner(engine)
    result = learner.at("en", ("choice", "eligibility"), ("text", "call me"))
    assert ids(result) == ["error-age", "eligibility-start-ask"]
    assert result.reply.messages[-1].choices[-1].value == TOPIC_CHOICE + "human"
    assert ids(learner.send(choice=TOPIC_CHOICE + "human"))[-1] == "human-start-ask"
    shown = learner.send(choice="yes")
    assert ids(shown) == ["human-question-yours", "human-municipality-ask"]
    assert shown.variables["question"] == "call me"


def test_text_step_numbers_written_wrong_are_never_read_as_a_question(engine: Engine) -> None:
    learner = Learner(engine, "ar")
    result = learner.at("ar", ("choice", "eligibility"), ("text", "52, in Denmark 3"))
    assert ids(result) == ["error-age", "eligibility-start-ask"]


# -- the first screen --------------------------------------------------------------------------


def test_first_screen_unsure_latin_never_switches_to_english(engine: Engine) -> None:
    learner = Learner(engine, None)
    learner.send(start="")
    result = learner.send(text="i soo wac")  # Somali "call me": one English "i"
    assert ids(result) == ["language-choose-again", "language-choose"]
    assert (result.flow, result.step) == ("language", "start")  # no language chosen for them


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("?", ["language-choose-again", "language-choose"]),
        ("4", ["language-choose-again", "language-choose"]),
        ("i caawi", ["language-choose-again", "language-choose"]),
        ("👍", ["language-choose-again", "language-choose"]),
    ],
)
def test_first_screen_noise_gets_no_error(engine: Engine, text: str, reply: list[str]) -> None:
    learner = Learner(engine, None)
    learner.send(start="")
    result = learner.send(text=text)
    assert ids(result) == reply
    assert "error-choose" not in ids(result)


def test_first_screen_first_message_without_a_start_is_read(engine: Engine) -> None:
    result = Learner(engine, None).send(text="كم الراتب")  # a new conversation's first message
    assert "about-pay-ask" in ids(result)
    assert result.reply.lang == "ar"


# -- a question for a person ------------------------------------------------------------------

RESIDENCE = "آیا میتوانم اقامتم را تمدید کنم"  # Dari: "can I extend my residence permit"


def test_question_routed_to_a_person_is_kept_to_send(engine: Engine) -> None:
    learner = Learner(engine, "prs")
    routed = learner.at("prs", ("text", RESIDENCE))
    assert ids(routed)[-1] == "human-start-ask"
    shown = learner.send(choice="yes")
    assert ids(shown) == ["human-question-yours", "human-municipality-ask"]
    assert shown.variables["question"] == RESIDENCE
    learner.send(text="Aarhus")
    learner.send(text="20 12 34 56")
    summary = learner.send(choice="no")
    assert RESIDENCE in summary.reply.messages[0].text  # the summary names it before consent
    assert ids(learner.send(choice="review:ok")) == ["human-consent-question-ask"]


def test_question_routed_to_a_person_is_dropped_when_they_decline(engine: Engine) -> None:
    learner = Learner(engine, "prs")
    learner.at("prs", ("text", RESIDENCE))
    learner.send(choice="no")  # "I will contact them myself": to the menu
    learner.send(choice="human")  # later, "Talk to a person" from the menu
    again = learner.send(choice="yes")
    assert ids(again) == ["human-municipality-ask"]
    assert "question" not in again.variables


# -- after an answer ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reply"),
    [("дякую", ["common-welcome"]), ("ok", ["common-ack"]), ("?", ["common-not-understood"])],
)
def test_after_an_answer_small_talk_and_a_miss_get_a_short_word_and_the_buttons_only(
    engine: Engine, text: str, reply: list[str]
) -> None:
    learner = Learner(engine, "uk")
    answer = learner.at("uk", ("text", "я хворію"))
    assert ids(answer) == ["questions-leave-ask"]
    result = learner.send(text=text)
    assert ids(result) == reply
    buttons = [c.value for c in answer.reply.messages[-1].choices]
    assert [c.value for c in result.reply.messages[-1].choices] == buttons


def test_after_an_answer_help_gets_the_help_with_the_buttons(engine: Engine) -> None:
    learner = Learner(engine, "uk")
    answer = learner.at("uk", ("text", "я хворію"))
    result = learner.send(text="/help")
    assert ids(result) == ["common-help"]
    assert result.reply.messages[0].choices == answer.reply.messages[-1].choices


def test_text_step_question_with_a_question_mark_is_no_name(engine: Engine) -> None:
    learner = Learner(engine, "ar")
    result = learner.at("ar", NAME, ("text", "كم الراتب؟"))  # "how much is the salary?"
    assert ids(result) == ["about-pay-ask", "interest-name-ask"]
    assert "name" not in result.variables
    named = learner.send(text="عمر")  # Omar, also the word for "age": without "?", a name
    assert named.variables["name"] == "عمر"


def test_text_step_question_for_the_step_itself_gets_no_button_to_it(engine: Engine) -> None:
    result = Learner(engine).at("en", ("choice", "eligibility"), ("text", "can i join?"))
    assert ids(result) == ["error-age", "eligibility-start-ask"]
    assert [c.value for c in result.reply.messages[-1].choices] == ["no_say"]
