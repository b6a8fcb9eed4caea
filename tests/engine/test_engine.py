"""The engine on a small content tree: global words, retries, consent, flow edits, failures."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from bot.check.load import load_content
from bot.content import Content
from bot.engine import AsyncEngine, Engine, Inbound, TurnResult
from bot.store import SessionRecord, Store
from tests.support.tree import MINI_FLOWS, errors_of, fixed_clock, mini_tree


def _content(root: Path, **overrides: str) -> Content:
    mini_tree(root, **overrides)
    content, problems = load_content(root, strict=True)
    assert errors_of(problems) == []
    return content


@pytest.fixture
def mini(tmp_path: Path) -> Content:
    return _content(tmp_path / "content")


@pytest.fixture
def eng(mini: Content, store: Store) -> Engine:
    return Engine(mini, store, clock=fixed_clock)


class Chat:
    """One person talking to the engine."""

    def __init__(
        self, engine: Engine, key: str = "test:1", hint: str | None = None, channel: str = "test"
    ) -> None:
        self.engine, self.key, self.hint, self.channel = engine, key, hint, channel

    def start(self, payload: str = "") -> TurnResult:
        return self.engine.handle(
            Inbound(self.key, self.channel, start=payload, lang_hint=self.hint)
        )

    def say(self, text: str) -> TurnResult:
        return self.engine.handle(Inbound(self.key, self.channel, text=text, lang_hint=self.hint))

    def tap(self, value: str) -> TurnResult:
        return self.engine.handle(
            Inbound(self.key, self.channel, choice=value, lang_hint=self.hint)
        )


def ids(result: TurnResult) -> list[str]:
    return [m.id for m in result.reply.messages]


@pytest.fixture
def chat(eng: Engine) -> Chat:
    return Chat(eng)


def _to_form(chat: Chat) -> None:
    chat.start()
    chat.tap("en")
    assert ids(chat.tap("form")) == ["form-name-ask"]


def test_engine_first_contact_asks_the_language_with_native_names(eng: Engine) -> None:
    result = Chat(eng, hint="uk-UA,uk;q=0.9").start()
    assert ids(result) == ["language-choose"]
    assert [c.value for c in result.reply.messages[0].choices] == ["en"]
    assert result.reply.messages[0].choices[0].label == "English"


def test_engine_language_list_puts_the_hinted_language_first(tmp_path: Path, store: Store) -> None:
    content = _content(tmp_path, **{"locales__ar__main.ftl": "language-choose = اختر لغتك\n"})
    result = Chat(Engine(content, store), hint="ar-SY").start()
    message = result.reply.messages[0]
    assert [c.value for c in message.choices] == ["ar", "en"]
    assert message.text == "اختر لغتك"
    assert result.reply.dir == "rtl"


def test_engine_a_choice_by_label_text_works(chat: Chat) -> None:
    chat.start()
    chat.tap("en")
    assert ids(chat.say("Form")) == ["form-name-ask"]
    chat.say("/menu")
    assert ids(chat.say("a person")) == ["human-start", "menu-ask"]


def test_engine_a_number_picks_a_button_only_where_buttons_are_numbered(eng: Engine) -> None:
    console = Chat(eng, key="console:1", channel="console")
    console.start()
    console.tap("en")
    assert ids(console.say("1")) == ["form-name-ask"]
    web = Chat(eng, key="web:1", channel="web")  # no numbers shown: "5" as in "5 years"
    web.start()
    web.tap("en")
    assert ids(web.say("1")) == ["common-not-understood", "menu-ask"]


def test_engine_wrong_answer_gets_a_reason_and_the_question_again(chat: Chat) -> None:
    _to_form(chat)
    chat.say("Amina")
    result = chat.say("old")
    assert ids(result) == ["error-age", "form-age-ask"]
    assert result.reply.messages[1].input is not None


def test_engine_third_wrong_answer_offers_a_person(chat: Chat) -> None:
    _to_form(chat)
    chat.say("Amina")
    chat.say("30")
    first = chat.say("123")
    assert [c.value for c in first.reply.messages[-1].choices] == []
    chat.say("456")
    third = chat.say("789")
    assert ids(third) == ["error-phone", "form-phone-ask"]
    assert [c.value for c in third.reply.messages[-1].choices] == ["/human"]
    assert ids(chat.tap("/human")) == ["human-start", "menu-ask"]


def test_engine_typed_input_too_long_names_the_limit(chat: Chat) -> None:
    _to_form(chat)
    result = chat.say("x" * 21)
    assert ids(result) == ["error-too-long", "form-name-ask"]
    assert "20" in result.reply.messages[0].text


def test_engine_global_words_work_on_every_step(chat: Chat) -> None:
    _to_form(chat)
    assert ids(chat.say("/help")) == ["common-help", "form-name-ask"]
    assert ids(chat.say("/menu")) == ["menu-ask"]
    assert ids(chat.say("/language")) == ["language-choose"]
    assert ids(chat.tap("en")) == ["menu-ask"]
    assert ids(chat.say("/human")) == ["human-start", "menu-ask"]
    assert ids(chat.say("/forget")) == ["privacy-forget-ask"]
    assert ids(chat.say("/start")) == ["menu-ask"]


def test_engine_back_returns_to_the_previous_question(chat: Chat) -> None:
    _to_form(chat)
    chat.say("Amina")
    assert ids(chat.say("/back")) == ["form-name-ask"]
    chat.say("Bashir")
    assert chat.say("30").variables["name"] == "Bashir"


def test_engine_unknown_slash_word_gets_the_help_and_is_no_answer(chat: Chat) -> None:
    _to_form(chat)
    result = chat.say("/weird")
    assert ids(result)[0] == "common-help"
    assert "name" not in result.variables
    assert chat.say("/ weird").variables["name"] == "/ weird"  # no command: a slash, a space


def test_engine_stores_one_lead_per_consent_with_its_version(chat: Chat, store: Store) -> None:
    _to_form(chat)
    chat.say("Amina")
    chat.say("30")
    chat.say("20 12 34 56")
    assert ids(chat.say("Kobenhavn")) == ["common-review"]  # what is sent, first
    assert ids(chat.tap("review:ok")) == ["form-consent-ask"]
    result = chat.tap("yes")
    assert result.actions == ("save_lead",)
    assert ids(result) == ["form-saved", "menu-ask"]
    assert result.reply.messages[0].text == "Saved for København."
    [lead] = store.leads()
    assert (lead.municipality, lead.phone, lead.name, lead.lang) == (
        "101",
        "+4520123456",
        "Amina",
        "en",
    )
    assert lead.consent_id == "form-consent-ask"
    assert len(lead.consent_version) == 12
    assert "_consent_id" not in result.variables


def test_engine_no_consent_no_lead(chat: Chat, store: Store) -> None:
    _to_form(chat)
    for answer in ("Amina", "30", "20 12 34 56", "Aarhus"):
        chat.say(answer)
    chat.tap("review:ok")
    assert ids(chat.tap("no")) == ["menu-ask"]
    assert store.leads() == []


def test_engine_branch_on_a_fact(chat: Chat) -> None:
    _to_form(chat)
    chat.say("Amina")
    result = chat.say("50")
    assert ids(result) == ["form-too-old", "menu-ask"]
    assert "50" in result.reply.messages[0].text


def test_engine_forget_deletes_the_person_and_starts_over(chat: Chat, store: Store) -> None:
    _to_form(chat)
    for answer in ("Amina", "30", "20 12 34 56", "Aarhus"):
        chat.say(answer)
    chat.tap("yes")
    chat.say("/forget")
    assert ids(chat.tap("yes")) == ["privacy-gone"]
    assert store.leads() == []
    assert store.load_session(chat.key) is None
    assert ids(chat.say("hello")) == ["language-choose"]


def test_engine_after_an_end_step_a_message_leads_to_the_menu(
    tmp_path: Path, store: Store
) -> None:
    human = "flow: human\nversion: 1\nstart: start\nsteps:\n  start:\n    say: human-start\n    end: true\n"
    engine = Engine(_content(tmp_path, **{"flows__human.yaml": human}), store)
    chat = Chat(engine)
    chat.start()
    chat.tap("en")
    assert ids(chat.tap("human")) == ["human-start"]
    assert ids(chat.say("thanks")) == ["common-ended", "menu-ask"]


def test_engine_renamed_step_keeps_a_live_conversation(tmp_path: Path, store: Store) -> None:
    chat = Chat(Engine(_content(tmp_path / "v1"), store))
    _to_form(chat)
    chat.say("Amina")  # now at form:age
    renamed = MINI_FLOWS["flows/form.yaml"].replace(
        "  age:\n", "  years:\n    renamed_from: [age]\n"
    )
    renamed = renamed.replace("next: age", "next: years")
    chat.engine = Engine(_content(tmp_path / "v2", **{"flows__form.yaml": renamed}), store)
    result = chat.say("30")
    assert ids(result) == ["common-resume", "form-age-ask"]
    assert (result.flow, result.step) == ("form", "years")
    assert ids(chat.say("30")) == ["form-phone-ask"]


def test_engine_removed_step_resumes_at_the_resume_point(tmp_path: Path, store: Store) -> None:
    chat = Chat(Engine(_content(tmp_path / "v1"), store))
    _to_form(chat)
    chat.say("Amina")  # at form:age
    text = MINI_FLOWS["flows/form.yaml"]
    removed = text[: text.index("  age:\n")] + text[text.index("  phone:\n") :]
    removed = removed.replace("next: age", "next: phone")
    chat.engine = Engine(_content(tmp_path / "v2", **{"flows__form.yaml": removed}), store)
    result = chat.say("30")
    assert ids(result) == ["common-resume", "form-name-ask"]


def test_engine_unexpected_error_apologises_and_keeps_the_conversation(
    chat: Chat, caplog: pytest.LogCaptureFixture
) -> None:
    _to_form(chat)
    chat.say("Amina")

    def broken(_ctx: object) -> None:
        raise RuntimeError("boom")

    registry = chat.engine.actions  # serve a registry whose save_lead fails
    spec = registry["save_lead"]
    failing = dataclasses.replace(spec, run=broken)
    chat.engine.actions = {**registry, spec.name: failing}
    try:
        for answer in ("30", "20 12 34 56", "Aarhus"):
            chat.say(answer)
        chat.tap("review:ok")
        with caplog.at_level(logging.ERROR):
            result = chat.tap("yes")
    finally:
        chat.engine.actions = registry
    assert ids(result) == ["common-error", "form-consent-ask"]
    assert "turn failed" in caplog.text
    assert "Amina" not in caplog.text
    # the failed turn was rolled back: the same question works again
    assert ids(chat.tap("yes")) == ["form-saved", "menu-ask"]


def test_engine_a_turn_failing_after_its_writes_apologises_with_the_question_before_it(
    chat: Chat, store: Store
) -> None:
    _to_form(chat)
    chat.say("Amina")  # now at the age question
    original = store.save_session

    def save_then_fail(record: SessionRecord) -> None:
        original(record)  # the new state is written, then the turn fails
        raise RuntimeError("lost the disk after writing")

    store.save_session = save_then_fail  # type: ignore[method-assign]
    try:
        failed = chat.say("30")
    finally:
        store.save_session = original  # type: ignore[method-assign]
    assert ids(failed) == ["common-error", "form-age-ask"]
    assert failed.step == "age"
    assert store.load_session(chat.key).step == "age"  # type: ignore[union-attr]
    assert ids(chat.say("30")) == ["form-phone-ask"]


def test_engine_start_payload_sets_campaign_and_municipality_hint(chat: Chat) -> None:
    chat.start("m751_poster-a")
    result = chat.tap("en")
    assert result.variables["hint_municipality"] == "751"
    assert chat.engine.store.load_session(chat.key).campaign == "poster-a"  # type: ignore[union-attr]


def test_engine_invalid_start_payload_is_ignored(chat: Chat) -> None:
    assert ids(chat.start("<script>")) == ["language-choose"]
    assert chat.engine.store.load_session(chat.key).campaign is None  # type: ignore[union-attr]


def test_engine_funnel_events_hold_no_personal_data(chat: Chat, store: Store) -> None:
    _to_form(chat)
    chat.say("Amina Hassan")
    chat.say("nonsense")
    counts = {(f, s, e) for f, s, e, _n in store.event_counts()}
    assert ("form", "name", "answered") in counts
    assert ("form", "age", "invalid") in counts
    assert store.path is not None
    with closing(sqlite3.connect(store.path)) as reader:  # the file, as any other reader sees it
        dump = "\n".join(reader.iterdump())
    events = [line for line in dump.splitlines() if 'INTO "events"' in line]
    assert events
    assert not any("Amina" in line or "test:1" in line for line in events)


@pytest.fixture
def runner(eng: Engine) -> Iterator[AsyncEngine]:
    r = AsyncEngine(eng)
    yield r
    r.close()


async def test_engine_turns_of_one_person_run_in_order(runner: AsyncEngine) -> None:
    key = "test:order"
    await runner.handle(Inbound(key, "test", start=""))
    await runner.handle(Inbound(key, "test", choice="en"))
    await runner.handle(Inbound(key, "test", choice="form"))
    results = await asyncio.gather(
        *(runner.handle(Inbound(key, "test", text=n)) for n in ["Amina", "30"])
    )
    assert [ids(r) for r in results] == [["form-age-ask"], ["form-phone-ask"]]


def test_engine_a_button_of_an_earlier_step_is_answered_as_old(chat: Chat) -> None:
    from bot.engine.callbacks import step_tag

    chat.start()
    menu = chat.tap("en")
    assert menu.waiting_step_tag == step_tag("menu", "start")
    chat.tap("form")
    old = chat.engine.handle(
        Inbound(chat.key, "test", choice="form", step_tag=menu.waiting_step_tag)
    )
    assert ids(old) == ["common-old-button", "form-name-ask"]
    fresh = chat.engine.handle(
        Inbound(chat.key, "test", text="Amina", step_tag=step_tag("form", "name"))
    )
    assert fresh.variables["name"] == "Amina"


def test_engine_an_event_seen_before_is_dropped(chat: Chat, store: Store) -> None:
    first = chat.engine.handle(Inbound(chat.key, "test", start="", dedupe_id=41))
    again = chat.engine.handle(Inbound(chat.key, "test", start="", dedupe_id=41))
    assert ids(first) == ["language-choose"]
    assert again.duplicate
    assert again.reply.messages == ()


def test_engine_a_failed_turn_does_not_mark_its_event_seen(chat: Chat, store: Store) -> None:
    chat.start()
    chat.tap("en")
    chat.tap("form")
    chat.say("Amina")

    def broken(_key: str) -> None:
        raise RuntimeError("disk on fire")

    original = store.load_session
    store.load_session = broken  # type: ignore[method-assign,assignment]
    try:
        failed = chat.engine.handle(Inbound(chat.key, "test", text="30", dedupe_id=7))
    finally:
        store.load_session = original  # type: ignore[method-assign]
    assert ids(failed)[0] == "common-error"
    retried = chat.engine.handle(Inbound(chat.key, "test", text="30", dedupe_id=7))
    assert not retried.duplicate
    assert ids(retried) == ["form-phone-ask"]


# -- group commit (AsyncEngine batches the turns that wait, Engine.handle_batch commits once) --


async def _held(runner: AsyncEngine, inbounds: list[Inbound]) -> list[TurnResult]:
    """Queue ``inbounds`` while the worker is busy, then let it go: they run as one batch."""
    gate = threading.Event()
    busy = asyncio.ensure_future(runner.call(gate.wait))
    await asyncio.sleep(0)  # one loop step: the call is queued first
    turns = [asyncio.ensure_future(runner.handle(i)) for i in inbounds]
    await asyncio.sleep(0)  # one loop step: each turn is queued behind it
    gate.set()
    await busy
    return list(await asyncio.gather(*turns))


def _stored_keys(store: Store) -> set[str]:
    """The conversations another connection sees in the file: what was committed."""
    assert store.path is not None
    with sqlite3.connect(store.path) as other:
        return {row[0] for row in other.execute("SELECT key FROM sessions")}


async def test_runner_turns_that_wait_together_are_committed_once(
    runner: AsyncEngine, store: Store
) -> None:
    keys = [f"test:batch{n}" for n in range(10)]
    results = await _held(runner, [Inbound(k, "test", start="") for k in keys])
    assert [ids(r) for r in results] == [["language-choose"]] * 10
    assert runner.counters == {"batches": 1, "batched_turns": 10}
    assert _stored_keys(store) == set(keys)


async def test_runner_one_person_s_turns_in_one_batch_run_in_order(runner: AsyncEngine) -> None:
    key = "test:batch-order"
    results = await _held(
        runner,
        [
            Inbound(key, "test", start=""),
            Inbound(key, "test", choice="en"),
            Inbound(key, "test", choice="form"),
            Inbound(key, "test", text="Amina"),
        ],
    )
    assert [ids(r)[-1] for r in results] == [
        "language-choose",
        "menu-ask",
        "form-name-ask",
        "form-age-ask",
    ]
    assert runner.counters["batches"] == 1


async def test_runner_a_failing_turn_in_a_batch_gets_the_apology_and_the_others_are_stored(
    runner: AsyncEngine, store: Store
) -> None:
    original = store.load_session

    def broken_for_one(key: str) -> object:
        if key == "test:bad":
            raise RuntimeError("disk on fire")
        return original(key)

    store.load_session = broken_for_one  # type: ignore[method-assign,assignment]
    try:
        results = await _held(
            runner, [Inbound(k, "test", start="") for k in ("test:a", "test:bad", "test:b")]
        )
    finally:
        store.load_session = original  # type: ignore[method-assign]
    assert [ids(r)[0] for r in results] == ["language-choose", "common-error", "language-choose"]
    assert _stored_keys(store) == {"test:a", "test:b"}


async def test_runner_a_batch_whose_commit_fails_stores_nothing_and_every_turn_apologises(
    runner: AsyncEngine, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    original = store.save_session

    def save_then_break_the_commit(rec: SessionRecord) -> None:
        original(rec)
        if rec.key == "test:bad":  # a deferred foreign key fails only at COMMIT
            store._db.execute("PRAGMA defer_foreign_keys=ON")
            store._db.execute(
                "INSERT INTO outbox (kind, lead_id, payload, created, next_attempt) "
                "VALUES ('x', 999999, '{}', '', '')"
            )

    store.save_session = save_then_break_the_commit  # type: ignore[method-assign]
    try:
        results = await _held(
            runner, [Inbound(k, "test", start="") for k in ("test:a", "test:bad", "test:b")]
        )
    finally:
        store.save_session = original  # type: ignore[method-assign]
    assert [ids(r)[0] for r in results] == ["common-error"] * 3
    assert _stored_keys(store) == set()
    assert "committing 3 turn(s) failed" in caplog.text
    again = await runner.handle(Inbound("test:a", "test", start=""))
    assert ids(again) == ["language-choose"]
    assert _stored_keys(store) == {"test:a"}


async def test_runner_a_call_queued_behind_turns_runs_after_them(
    runner: AsyncEngine, store: Store
) -> None:
    gate = threading.Event()
    busy = asyncio.ensure_future(runner.call(gate.wait))
    await asyncio.sleep(0)
    turn = asyncio.ensure_future(runner.handle(Inbound("test:c", "test", start="")))
    await asyncio.sleep(0)
    seen = asyncio.ensure_future(runner.call(store.load_session, "test:c"))
    await asyncio.sleep(0)
    gate.set()
    await asyncio.gather(busy, turn)
    record = await seen
    assert record is not None
    assert record.key == "test:c"


async def test_runner_refuses_work_after_close(eng: Engine) -> None:
    r = AsyncEngine(eng)
    r.close()
    with pytest.raises(RuntimeError, match="closed"):
        await r.handle(Inbound("test:x", "test", start=""))
