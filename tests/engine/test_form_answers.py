"""A stored form leaves nothing personal in the chat: its answers are forgotten once the lead is
stored, a replayed token cannot consent to it again (no second lead, a localized answer), and a
name made of invisible characters is asked again, while Persian letter-joiners stay."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.content import Content
from bot.engine import Engine, Inbound, TurnResult
from bot.i18n import LANGUAGES
from bot.store import Store

NAME = "Alice Aarhus"
Say = Callable[..., TurnResult]


def _chat(engine: Engine, key: str) -> Say:
    return lambda **kw: engine.handle(Inbound(key, "web", **kw))


def _fill_interest(say: Say, lang: str, name: str = NAME) -> TurnResult:
    say(start="")
    say(choice=lang)
    say(choice="interest")
    if "interest-name-latin-ask" in [m.id for m in say(text=name).reply.messages]:
        say(choice="skip")  # a name in another script: its Latin spelling is not asked here
    say(text="Aarhus")
    say(choice="phone")
    say(text="20 12 34 56")
    say(choice="yes")
    say(choice="little")
    say(choice="transport")
    say(choice="review:ok")  # the summary of what is sent: all correct
    return say(choice="yes")


def _texts(result: TurnResult) -> str:
    return "\n".join(m.text for m in result.reply.messages)


def test_form_answers_are_forgotten_once_the_lead_is_stored(
    tree_content: Content, store: Store
) -> None:
    say = _chat(Engine(tree_content, store), "web:alice")
    saved = _fill_interest(say, "en")
    assert "save_lead" in saved.actions
    assert NAME in _texts(saved)  # the thank-you still names the person, in that turn
    session = store.load_session("web:alice")
    assert session is not None
    assert session.vars == {"_saved_form": "interest"}
    assert [lead.name for lead in store.leads()] == [NAME]


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_form_answers_a_replayed_token_cannot_consent_twice(
    tree_content: Content, store: Store, lang: str
) -> None:
    _fill_interest(_chat(Engine(tree_content, store), "web:token"), lang)
    replay = _chat(Engine(tree_content, store), "web:token")  # someone else holds the token

    back = replay(text="/back")
    again = replay(choice="yes")

    refused = tree_content.catalog.format(lang, "common-form-already-sent")
    assert refused in _texts(back)
    assert len(store.leads()) == 1
    for result in (back, again):
        assert "save_lead" not in result.actions
        assert NAME not in _texts(result)
        assert "Alice" not in repr(result.variables)


def test_form_answers_an_old_consent_button_is_refused(
    tree_content: Content, store: Store
) -> None:
    engine = Engine(tree_content, store)
    say = _chat(engine, "web:button")
    _fill_interest(say, "da")
    # the consent step is where the conversation was when its buttons were sent
    session = store.load_session("web:button")
    assert session is not None
    store.save_session(dataclasses.replace(session, flow="interest", step="consent"))
    result = say(choice="yes")
    assert result.reply.messages[0].id == "common-form-already-sent"
    assert len(store.leads()) == 1


def test_form_answers_a_new_form_from_the_menu_is_a_new_lead(
    tree_content: Content, store: Store
) -> None:
    say = _chat(Engine(tree_content, store), "web:twice")
    _fill_interest(say, "en")
    say(text="/menu")
    say(choice="interest")
    for answer in ({"text": "Bo Berg"}, {"text": "Odense"}, {"choice": "phone"}):
        say(**answer)
    for answer in ({"text": "20 12 34 57"}, {"choice": "no"}, {"choice": "none"}):
        say(**answer)
    say(choice="other")
    say(choice="review:ok")
    result = say(choice="yes")
    assert "save_lead" in result.actions
    assert [lead.name for lead in store.leads()] == [NAME, "Bo Berg"]


@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_form_answers_an_invisible_name_is_asked_again(
    tree_content: Content, store: Store, lang: str
) -> None:
    say = _chat(Engine(tree_content, store), "web:blank")
    say(start="")
    say(choice=lang)
    say(choice="interest")
    result = say(text="\u3164\u200b\u00ad\u2064\U000e0041 \u200c")
    ids = [m.id for m in result.reply.messages]
    assert ids == ["error-empty", "interest-name-ask"]
    assert result.reply.messages[0].text == tree_content.catalog.format(lang, "error-empty")
    assert "name" not in result.variables


def test_form_answers_a_persian_name_keeps_its_non_joiner(
    tree_content: Content, store: Store
) -> None:
    name = "\u200cعلی\u200cاکبر\u3164"
    _fill_interest(_chat(Engine(tree_content, store), "web:fa"), "fa", name=name)
    assert [lead.name for lead in store.leads()] == ["علی\u200cاکبر"]


def test_form_answers_end_drops_the_conversation_but_not_its_lead(
    tree_content: Content, tmp_path: Path
) -> None:
    db = tmp_path / "igubot.sqlite3"
    with Store(db) as store:
        say = _chat(Engine(tree_content, store), "web:end")
        _fill_interest(say, "en")
        say(text="/menu")
        say(choice="interest")
        say(text="Bo Berg")  # a second form, not sent
        ended = say(text="/end")  # the web page's "End and clear"
        assert ended.reply.messages == ()
        assert store.load_session("web:end") is None
        assert [lead.name for lead in store.leads()] == [NAME]
        data = b"".join(p.read_bytes() for p in tmp_path.glob("igubot.sqlite3*"))
    assert b"Bo Berg" not in data


def test_form_answers_end_is_a_command_of_the_web_page_only(
    tree_content: Content, store: Store
) -> None:
    engine = Engine(tree_content, store)
    for kw in ({"start": ""}, {"choice": "en"}, {"choice": "interest"}):
        engine.handle(Inbound("tg:77", "telegram", **kw))
    reply = engine.handle(Inbound("tg:77", "telegram", text="/end"))
    session = store.load_session("tg:77")
    assert session is not None  # not dropped: on Telegram "/end" is no command of the bot's,
    assert (session.flow, session.step) == ("interest", "start")  # nor a name:
    assert [m.id for m in reply.reply.messages][:1] == ["common-help"]  # the help lists them
    assert "name" not in session.vars
