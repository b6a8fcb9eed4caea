"""Reliability at the server: a SIGKILL mid-run, re-sent requests, two messages at once, a busy
database, and what the real server logs and hands out (docs/reliability.md).

The crash test runs ``scripts/crash_run.py`` small (20 conversations, one kill) against a real
``igubot serve`` subprocess on 127.0.0.1. The other tests run the real web application in
process. Nothing here sleeps to synchronise: servers are polled on /healthz with a deadline,
and ordering is forced with a gate the test opens itself.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import sqlite3
import threading
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient

from bot.channels.web import make_web_app, user_key_for
from bot.content import Content
from bot.engine import AsyncEngine, Engine, Inbound, TurnResult
from bot.face.app import App
from bot.kernel.config import Settings
from bot.staff.auth import TOKEN_BYTES, new_secret
from bot.store import Store
from scripts.crash_run import ServerProcess, run_crash
from tests.support.tree import ROOT

Client = TestClient[web.Request, web.Application]

NAME = "Zainab Qasimova"
PHONE_TYPED = "20 12 34 56"
EMAIL = "zainab.q@example.org"
GATE_TIMEOUT = 30.0  # seconds: the most a gated worker waits for the test to open the gate


# -- crash: SIGKILL mid-run --------------------------------------------------------------------


async def test_crash_sigkill_mid_run_every_session_resumes_and_each_consent_is_one_lead(
    tmp_path: Path,
) -> None:
    result = await run_crash(conversations=20, kill_after=90, workdir=tmp_path)

    assert result.killed_at_turn == 90
    assert result.resent > 0, "the kill must have caught requests in flight"
    assert result.completed == 20, result.details
    assert result.resume_violations == 0, result.details
    assert result.language_again == 0, result.details
    assert result.http_errors == 0, result.details
    assert result.sessions_with_one_lead == 20, result.details
    assert result.sessions_without_lead == 0, result.details
    assert result.sessions_with_duplicates == 0, result.details
    assert result.stray_leads == 0, result.details
    assert result.leads_total == 20
    assert result.ok


# -- the real web app in process -----------------------------------------------------------------


class RecordingEngine(Engine):
    """The engine, noting the order in which turns actually ran (on the worker thread)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ran: list[str] = []

    def handle_batch(self, inbounds: Sequence[Inbound]) -> list[TurnResult]:
        self.ran.extend(inbound.text or inbound.choice or "" for inbound in inbounds)
        return super().handle_batch(inbounds)


class RecordingRunner(AsyncEngine):
    """The async front, noting the order in which turns arrived from the web handler."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.arrived: list[str] = []
        self.changed = asyncio.Event()

    async def handle(self, inbound: Inbound) -> TurnResult:
        self.arrived.append(inbound.text or inbound.choice or "")
        self.changed.set()
        return await super().handle(inbound)

    async def until_arrived(self, count: int) -> None:
        """Wait (bounded) until ``count`` turns have reached the runner."""
        async with asyncio.timeout(GATE_TIMEOUT):
            while len(self.arrived) < count:
                self.changed.clear()
                await self.changed.wait()


@dataclass
class Web:
    client: Client
    app: App
    engine: RecordingEngine
    runner: RecordingRunner

    async def post(self, **body: Any) -> tuple[int, dict[str, Any]]:
        r = await self.client.post("/api/v1/chat", json=body)
        return r.status, await r.json()

    async def say(self, token: str | None, **body: Any) -> dict[str, Any]:
        status, data = await self.post(session=token, **body)
        assert status == 200, data
        return data


def ids(reply: dict[str, Any]) -> list[str]:
    return [m["id"] for m in reply["messages"]]


@pytest.fixture
def busy_timeout_ms() -> int:
    return 5000


@pytest.fixture
async def web_app(
    aiohttp_client: AiohttpClient, tmp_path: Path, tree_content: Content, busy_timeout_ms: int
) -> AsyncIterator[Web]:
    settings = Settings.load(
        None,
        {},
        data_dir=tmp_path,
        content_dir=ROOT,
        chat_rate_per_ip=0,
        chat_rate_per_session=0,
    )
    store = Store(settings.database, busy_timeout_ms=busy_timeout_ms)
    engine = RecordingEngine(tree_content, store)
    runner = RecordingRunner(engine)
    app = App(settings, store, engine, runner)
    client = await aiohttp_client(make_web_app(app.runner, app.settings))
    yield Web(client, app, engine, runner)
    app.close()


async def to_name_step(w: Web, lang: str = "en") -> str:
    first = await w.say(None, start="")
    token: str = first["session"]
    await w.say(token, choice=lang)
    assert ids(await w.say(token, choice="interest")) == ["interest-name-ask"]
    return token


# -- crash: an answer committed, its reply lost, the request sent again ------------------------


async def test_crash_resent_consent_after_a_lost_reply_stores_one_lead(web_app: Web) -> None:
    token = await to_name_step(web_app)
    for kind, value in [
        ("text", NAME),
        ("text", "Aarhus"),
        ("choice", "phone"),
        ("text", PHONE_TYPED),
        ("choice", "yes"),
        ("choice", "little"),
        ("choice", "transport"),
        ("choice", "review:ok"),  # the summary of what is sent: all correct
    ]:
        await web_app.say(token, **{kind: value})

    first = await web_app.say(token, choice="yes")  # consent; pretend this reply was lost
    again = await web_app.say(token, choice="yes")  # the client sends it again

    assert ids(first) == ["interest-saved", "menu-start-ask"]
    assert ids(again) == ["error-choose", "menu-start-ask"]  # recognisably past the form
    leads = web_app.app.store.leads()
    assert [lead.user_key for lead in leads] == [user_key_for(token)]


async def test_crash_resent_answer_after_a_lost_reply_shows_the_next_question(
    web_app: Web,
) -> None:
    token = await to_name_step(web_app)
    await web_app.say(token, text=NAME)
    await web_app.say(token, text="Aarhus")

    first = await web_app.say(token, choice="phone")
    again = await web_app.say(token, choice="phone")

    assert ids(first) == ["interest-phone-ask"]
    assert ids(again) == ["error-phone", "interest-phone-ask"]
    assert web_app.engine.counters["errors"] == 0


# -- concurrency: two messages from one person at once ------------------------------------------


async def test_concurrency_two_messages_at_once_are_handled_in_arrival_order(
    web_app: Web,
) -> None:
    token = await to_name_step(web_app)
    gate = threading.Event()
    # Hold the one worker thread, so that both messages are queued before either runs.
    blocker = asyncio.ensure_future(web_app.runner.call(gate.wait, GATE_TIMEOUT))
    before = len(web_app.runner.arrived)

    first = asyncio.ensure_future(web_app.say(token, text=NAME))
    await web_app.runner.until_arrived(before + 1)
    second = asyncio.ensure_future(web_app.say(token, text="Aarhus"))
    await web_app.runner.until_arrived(before + 2)
    gate.set()
    assert await blocker is True
    a, b = await asyncio.gather(first, second)

    assert web_app.runner.arrived[before:] == [NAME, "Aarhus"]
    assert web_app.engine.ran[-2:] == [NAME, "Aarhus"]
    assert ids(a) == ["interest-municipality-ask"]
    assert ids(b) == ["interest-contact-ask"]
    session = web_app.app.store.load_session(user_key_for(token))
    assert session is not None
    assert (session.step, session.vars["name"], session.vars["municipality"]) == (
        "contact",
        NAME,
        "751",
    )


async def test_concurrency_a_burst_from_one_person_runs_in_the_order_it_arrived(
    web_app: Web,
) -> None:
    token = await to_name_step(web_app)
    before = len(web_app.runner.arrived)
    texts = [f"/help {i}" for i in range(12)]

    replies = await asyncio.gather(*(web_app.say(token, text=t) for t in texts))

    assert sorted(web_app.runner.arrived[before:]) == sorted(texts)
    assert web_app.engine.ran[-len(texts) :] == web_app.runner.arrived[before:]
    assert all(ids(r) == ["common-help", "interest-name-ask"] for r in replies)
    assert web_app.engine.counters["errors"] == 0


# -- concurrency: a busy database ----------------------------------------------------------------


@pytest.mark.parametrize("busy_timeout_ms", [200])
async def test_concurrency_a_locked_database_gives_the_apology_not_a_500(
    web_app: Web, busy_timeout_ms: int
) -> None:
    first = await web_app.say(None, start="")
    token = first["session"]
    await web_app.say(token, choice="da")
    path = web_app.app.settings.database
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        status, busy = await web_app.post(session=token, choice="interest")
        other.execute("ROLLBACK")
    finally:
        other.close()
    status_after, after = await web_app.post(session=token, choice="interest")

    assert status == 200
    assert ids(busy) == ["common-error", "menu-start-ask"]
    catalog = web_app.app.content.catalog
    assert busy["messages"][0]["text"] == catalog.format("da", "common-error")
    assert busy["lang"] == "da"
    assert web_app.engine.counters["errors"] == 1
    assert status_after == 200
    assert ids(after) == ["interest-name-ask"]


# -- security: what the real server logs, and its tokens -----------------------------------------


@pytest.fixture
def debug_server(tmp_path: Path) -> Iterator[ServerProcess]:
    server = ServerProcess(tmp_path / "data", tmp_path / "server.log", debug_logs=True)
    server.start()
    yield server
    server.stop()


async def test_security_debug_logs_of_a_real_server_hold_no_personal_data(
    debug_server: ServerProcess,
) -> None:
    turns: list[dict[str, Any]] = [
        {"start": ""},
        {"choice": "en"},
        {"choice": "interest"},
        {"text": NAME},
        {"text": "Aarhus"},
        {"choice": "phone"},
        {"text": PHONE_TYPED},
        {"choice": "yes"},
        {"choice": "little"},
        {"choice": "transport"},
        {"choice": "review:ok"},
        {"choice": "yes"},
        {"text": "/menu"},
        {"text": EMAIL},  # typed where it does not belong: rejected, and not logged either
        {"text": "/forget"},
        {"choice": "yes"},
    ]
    token: str | None = None
    seen: list[list[str]] = []
    async with aiohttp.ClientSession() as http:
        await debug_server.wait_ready(http)
        for body in turns:
            async with http.post(
                f"{debug_server.base_url}/api/v1/chat", json={"session": token, **body}
            ) as r:
                assert r.status == 200
                reply = await r.json()
            token = reply["session"]
            seen.append(ids(reply))
    debug_server.stop()

    assert "interest-saved" in seen[11]
    assert token is not None
    log = debug_server.log_path.read_text(encoding="utf-8")
    assert " DEBUG " in log  # every logger really was at DEBUG
    assert "aiohttp.access" in log
    assert "POST /api/v1/chat" in log
    key = user_key_for(token)
    for secret in (
        NAME,
        "Zainab",
        "Qasimova",
        PHONE_TYPED,
        "20123456",
        "+4520123456",
        EMAIL,
        token,
        key,
        key.removeprefix("web:"),
    ):
        assert secret not in log, secret


async def test_security_session_tokens_carry_at_least_128_random_bits(web_app: Web) -> None:
    tokens = [(await web_app.say(None, start=""))["session"] for _ in range(64)]
    staff = [new_secret() for _ in range(64)]

    def decoded(token: str) -> bytes:
        return base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))

    for token in tokens:  # 16 random bytes, then 16 bytes of the server's signature
        raw = decoded(token)
        assert len(raw) == 32
        assert len(raw[:16]) * 8 >= 128
    for secret in staff:
        assert len(decoded(secret)) == TOKEN_BYTES
    assert len({decoded(t)[:16] for t in tokens}) == len(tokens)
    assert len(set(staff)) == len(staff)


async def test_security_a_guessed_or_malformed_token_starts_a_new_conversation(
    web_app: Web, caplog: pytest.LogCaptureFixture
) -> None:
    token = await to_name_step(web_app)
    guessed = token[:-1] + ("A" if token[-1] != "A" else "B")

    with caplog.at_level(logging.DEBUG):
        for bad in (guessed, token + "x", "", "../../etc/passwd", "' OR 1=1 --"):
            reply = await web_app.say(bad, text=NAME)
            assert reply["session"] != token
            assert ids(reply)[-1] == "language-choose"  # the text read as a first message
    session = web_app.app.store.load_session(user_key_for(token))
    assert session is not None
    assert session.step == "start"  # the real conversation is untouched
    assert NAME not in caplog.text
