""" "Send my question to my municipality": what a learner typed and the bot could not place goes,
with their consent, as typed, with a callback lead; never otherwise, never into a log, and
/forget removes it. Real content, a real SQLite file."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

from bot.content import Content
from bot.engine import Engine, Inbound, TurnResult
from bot.engine.typed import MAX_QUESTION, SEND_QUESTION_CHOICE
from bot.engine.words import PENDING_QUESTION, QUESTION
from bot.store import Store

FIRST = "صاحب البيت لا يعيد لي التأمين"  # "my landlord does not give my deposit back"
SECOND = "شقتي باردة جدا في الشتاء <b>"  # "my flat is very cold in winter"
AS_TYPED = f"{FIRST}\n{SECOND}"


class Learner:
    """One person on the web chat in ``lang``."""

    def __init__(self, engine: Engine, lang: str = "ar", key: str = "web:asker") -> None:
        self.engine, self.lang, self.key = engine, lang, key

    def send(self, **what: str) -> TurnResult:
        return self.engine.handle(Inbound(self.key, "web", lang_hint=self.lang, **what))

    def at_menu(self) -> None:
        self.send(start="")
        self.send(choice=self.lang)

    def not_understood_twice(self, first: str = FIRST, second: str = SECOND) -> TurnResult:
        """At the main menu, two messages the bot cannot place."""
        self.at_menu()
        self.send(text=first)
        return self.send(text=second)

    def send_question_up_to_consent(self) -> TurnResult:
        """Press "Send my question …", give municipality, phone and interpreter need."""
        shown = self.send(choice=SEND_QUESTION_CHOICE)
        assert ids(shown) == ["human-question-yours", "human-start-info", "human-municipality-ask"]
        self.send(text="Aarhus")
        self.send(text="20 12 34 56")
        summary = self.send(choice="yes")
        assert ids(summary) == ["common-review"]  # what is sent, first
        return self.send(choice="review:ok")


def ids(result: TurnResult) -> list[str]:
    return [m.id for m in result.reply.messages]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "question.sqlite3"


@pytest.fixture
def store(db: Path) -> Store:
    return Store(db)


@pytest.fixture
def engine(tree_content: Content, store: Store) -> Engine:
    return Engine(tree_content, store)


def test_send_question_after_two_misses_stores_it_as_typed_with_the_callback_lead(
    engine: Engine, store: Store
) -> None:
    learner = Learner(engine)
    missed = learner.not_understood_twice()
    [offer] = missed.reply.messages
    assert offer.id == "common-not-understood"
    assert [c.value for c in offer.choices] == [SEND_QUESTION_CHOICE, "/menu"]  # one person
    assert offer.choices[0].label == "أرسل سؤالي إلى البلدية"

    consent = learner.send_question_up_to_consent()
    [ask] = consent.reply.messages
    assert ask.id == "human-consent-question-ask"
    assert "سؤالك" in ask.text  # it names the question among what is sent
    done = learner.send(choice="yes")

    assert done.actions == ("send_question",)
    [lead] = store.leads()
    assert (lead.kind, lead.lang, lead.municipality) == ("callback", "ar", "751")
    assert lead.question == AS_TYPED
    assert (lead.phone, lead.interpreter) == ("+4520123456", "yes")
    assert lead.consent_id == "human-consent-question-ask"
    assert lead.data == {}  # the question has its own column, not among "other answers"
    session = store.load_session(learner.key)
    assert session is not None
    assert QUESTION not in session.vars
    assert PENDING_QUESTION not in session.vars


def test_send_question_shows_the_question_back_before_anything_is_asked(engine: Engine) -> None:
    learner = Learner(engine, "en")
    learner.not_understood_twice("my landlord keeps my deposit", "qwxz")
    shown = learner.send(choice=SEND_QUESTION_CHOICE)
    assert shown.reply.messages[0].text == (
        "Your question:\nmy landlord keeps my deposit\nqwxz\n"
        "It is sent only if you say yes at the end."
    )


def test_send_question_refused_consent_stores_nothing_and_drops_the_question(
    engine: Engine, store: Store
) -> None:
    learner = Learner(engine)
    learner.not_understood_twice()
    learner.send_question_up_to_consent()

    refused = learner.send(choice="no")

    assert ids(refused)[:2] == ["human-not-saved", "human-self"]
    assert store.leads() == []
    session = store.load_session(learner.key)
    assert session is not None
    assert QUESTION not in session.vars
    assert PENDING_QUESTION not in session.vars


def test_send_question_forget_removes_it_from_the_database_file(
    engine: Engine, store: Store, db: Path
) -> None:
    learner = Learner(engine)
    learner.not_understood_twice()
    learner.send_question_up_to_consent()
    learner.send(choice="yes")
    assert FIRST.encode() in b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))

    learner.send(text="/forget")
    gone = learner.send(choice="yes")

    assert "forget" in gone.actions
    assert store.leads() == []
    # What the bot could not place is also kept as an anonymous miss (day, language, scrubbed
    # text: no key links it to the person, so /forget cannot find it); retention removes it.
    assert FIRST in {m.text for m in store.misses(dt.date.today() - dt.timedelta(days=1))}
    store.purge_misses(dt.date.today() + dt.timedelta(days=1))
    store.checkpoint()
    data = b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))
    assert FIRST.encode() not in data
    assert SECOND.encode() not in data


def test_send_question_never_goes_with_a_lead_whose_consent_does_not_name_it(
    engine: Engine, store: Store
) -> None:
    learner = Learner(engine)
    learner.not_understood_twice()
    learner.send(text="/human")  # "Talk to a person", typed: the usual way
    learner.send(choice="yes")
    learner.send(text="Aarhus")
    learner.send(text="20 12 34 56")
    learner.send(choice="no")
    consent = learner.send(choice="review:ok")
    assert ids(consent) == ["human-consent-ask"]
    learner.send(choice="yes")

    [lead] = store.leads()
    assert lead.question is None
    assert FIRST not in str(lead.data)


def test_send_question_given_up_half_way_stays_out_of_a_later_lead(
    engine: Engine, store: Store
) -> None:
    learner = Learner(engine)
    learner.not_understood_twice()
    learner.send(choice=SEND_QUESTION_CHOICE)
    learner.send(text="/menu")  # changed their mind
    learner.send(choice="interest")
    for answer in ("Amina Hassan", "Aarhus"):
        learner.send(text=answer)
    learner.send(choice="phone")
    learner.send(text="20 12 34 56")
    for choice in ("yes", "little", "transport", "review:ok"):
        learner.send(choice=choice)
    saved = learner.send(choice="yes")

    assert "save_lead" in saved.actions
    [lead] = store.leads()
    assert lead.kind == "learner"
    assert lead.question is None
    assert FIRST not in str(lead.data)


def test_send_question_button_without_a_question_is_the_usual_way(engine: Engine) -> None:
    learner = Learner(engine, "en")
    learner.at_menu()
    result = learner.send(choice=SEND_QUESTION_CHOICE)  # e.g. an old button, already sent
    assert ids(result) == ["human-start-info", "human-start-ask"]


def test_send_question_is_forgotten_when_a_later_message_is_understood(engine: Engine) -> None:
    learner = Learner(engine, "en")
    learner.not_understood_twice("my landlord keeps my deposit", "qwxz")
    learner.send(text="how much is the salary")  # understood and answered
    result = learner.send(choice=SEND_QUESTION_CHOICE)
    assert ids(result) == ["human-start-info", "human-start-ask"]


def test_send_question_keeps_at_most_500_characters(engine: Engine, store: Store) -> None:
    learner = Learner(engine, "en")
    long = "qwxz " * 150  # 750 characters
    learner.not_understood_twice(long, "and more")
    learner.send_question_up_to_consent()
    learner.send(choice="yes")

    [lead] = store.leads()
    assert lead.question == long.strip()[:MAX_QUESTION]


def test_send_question_same_words_again_are_kept_once(engine: Engine, store: Store) -> None:
    learner = Learner(engine, "en")
    learner.not_understood_twice("qwxz", "qwxz")
    learner.send_question_up_to_consent()
    learner.send(choice="yes")

    [lead] = store.leads()
    assert lead.question == "qwxz"


def test_send_question_keeps_each_message_on_one_line_without_hidden_characters(
    engine: Engine, store: Store
) -> None:
    learner = Learner(engine, "fa")
    # a line break, a bidi override (it could reorder what staff read), a lone surrogate (it
    # cannot be stored); the zero-width non-joiner is part of Persian spelling and stays
    learner.not_understood_twice("qwxz\nzzq\u202e vvb\ud800", "کولر خانه\u200cام خراب است")
    learner.send_question_up_to_consent()
    learner.send(choice="yes")

    [lead] = store.leads()
    assert lead.question == "qwxz zzq vvb\nکولر خانه\u200cام خراب است"  # "my AC is broken"


def test_send_question_is_never_logged(
    engine: Engine, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    learner = Learner(engine)
    with caplog.at_level(logging.DEBUG):
        learner.not_understood_twice()
        learner.send_question_up_to_consent()
        learner.send(choice="yes")
        learner.send(text="/forget")
        learner.send(choice="yes")

    assert caplog.records  # the dialogue did log something
    for secret in (FIRST, SECOND, "+4520123456", learner.key):
        assert secret not in caplog.text, secret
