"""The web chat under attack (issue 17, second round): server-issued conversation ids, no row for
a conversation that was only opened, campaign names a stranger cannot multiply, bad bodies
that are JSON 4xx, and rate limits a school class on one Wi-Fi never meets.

The HTTP tests run the real application on aiohttp's loopback test server over the tree's
content and a SQLite file; the limit tests drive the real limiter objects with a settable clock.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient

from bot.channels.sessionids import KEY_FILE, SessionIds
from bot.channels.web import make_web_app, user_key_for
from bot.channels.webguard import ApiError, Limits
from bot.content import Content
from bot.engine import Engine
from bot.engine.campaigns import Campaigns
from bot.engine.types import Inbound
from bot.face.app import App
from bot.kernel.config import Settings
from bot.store import Store

Client = TestClient[web.Request, web.Application]
CHAT = "/api/v1/chat"


async def turn(client: Client, session: str | None, **fields: str) -> dict[str, Any]:
    resp = await client.post(CHAT, json={"session": session, **fields})
    assert resp.status == 200, await resp.text()
    return dict(await resp.json())


def ids(body: dict[str, Any]) -> list[str]:
    return [m["id"] for m in body["messages"]]


def stored_sessions(app: App) -> int:
    with closing(sqlite3.connect(app.settings.database)) as db:
        return int(db.execute("SELECT count(*) FROM sessions").fetchone()[0])


# -- 10. bodies the server cannot read are JSON 4xx -----------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "body", "status", "code"),
    [
        (
            "application/json; charset=x-unknown",
            b'{"session": null}',
            415,
            "unsupported_media_type",
        ),
        ("application/json; charset=rot13", b'{"session": null}', 415, "unsupported_media_type"),
        ("application/json", b'{"session": null, "text": ' + b"9" * 4301 + b"}", 400, "bad_json"),
        ("application/json", b'{"session": null, "start": "\xff"}', 400, "bad_json"),
    ],
)
async def test_chat_unreadable_body_is_a_json_4xx_with_the_usual_headers(
    client: Client, content_type: str, body: bytes, status: int, code: str
) -> None:
    resp = await client.post(CHAT, data=body, headers={"Content-Type": content_type})
    assert resp.status == status
    assert resp.content_type == "application/json"
    assert (await resp.json())["error"]["code"] == code
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in resp.headers["Content-Security-Policy"]


# -- 14. the server issues conversation ids -------------------------------------------------------


@pytest.mark.parametrize(
    "chosen",
    ["A" * 43, "my-own-session-id-that-is-43-characters-lon", "0" * 43],
)
async def test_chat_client_chosen_id_is_replaced_by_a_new_one(client: Client, chosen: str) -> None:
    assert len(chosen) == 43
    body = await turn(client, chosen, choice="en")
    assert body["session"] != chosen
    assert ids(body) == ["language-choose"], "a new conversation starts"


async def test_chat_issued_id_with_a_trailing_newline_is_not_taken(client: Client) -> None:
    issued = (await turn(client, None))["session"]
    body = await turn(client, issued + "\n", choice="en")
    assert body["session"] not in {issued, issued + "\n"}
    assert ids(body) == ["language-choose"]


async def test_chat_issued_id_goes_on(client: Client) -> None:
    issued = (await turn(client, None))["session"]
    body = await turn(client, issued, choice="en")
    assert body["session"] == issued
    assert ids(body) == ["menu-start-ask"]


async def test_chat_stored_conversation_from_before_signed_ids_goes_on(
    client: Client, app: App
) -> None:
    old = "b" * 43  # an id of an earlier version: random, not signed, but stored
    await app.runner.handle(Inbound(user_key_for(old), "web", start="", lang="en"))
    body = await turn(client, old, choice="interest")
    assert body["session"] == old
    assert ids(body) == ["interest-name-ask"]


def test_session_ids_key_is_made_once_and_private(tmp_path: Path) -> None:
    first = SessionIds.in_folder(tmp_path)
    token = first.issue()
    assert SessionIds.in_folder(tmp_path).issued(token), "the key survives a restart"
    assert (tmp_path / KEY_FILE).stat().st_mode & 0o777 == 0o600
    assert not SessionIds.in_folder(tmp_path / "other").issued(token)


# -- 17. no row for a conversation that was only opened; campaigns are bounded ----------------------


async def test_chat_requests_without_a_session_store_nothing(client: Client, app: App) -> None:
    for _ in range(50):
        await turn(client, None)
        await turn(client, None, text="hello")
    assert stored_sessions(app) == 0


async def test_chat_conversation_is_stored_once_it_has_something_to_keep(
    client: Client, app: App
) -> None:
    issued = (await turn(client, None))["session"]
    assert stored_sessions(app) == 0
    await turn(client, issued, choice="en")
    assert stored_sessions(app) == 1


async def test_chat_page_language_is_kept_from_the_first_turn(client: Client, app: App) -> None:
    body = await turn(client, None, start="", lang="da")
    assert stored_sessions(app) == 1, "a chosen language is something to keep"
    assert (await turn(client, body["session"], choice="about"))["lang"] == "da"


def start_campaigns(
    tmp_path: Path, content: Content, campaigns: Campaigns, names: list[str]
) -> list[str]:
    """Start one conversation per name (a deep link each); the campaigns the funnel then lists."""
    store = Store(tmp_path / "funnel.sqlite3")
    try:
        engine = Engine(content, store, campaigns=campaigns)
        for i, name in enumerate(names):
            engine.handle(Inbound(f"tg:{i}", "telegram", start=name))
        return store.funnel_values()[1]
    finally:
        store.close()


def test_engine_campaigns_are_capped_in_number(tmp_path: Path, tree_content: Content) -> None:
    names = [f"spam{i}" for i in range(30)]
    listed = start_campaigns(tmp_path, tree_content, Campaigns(cap=10), names)
    assert len(listed) == 10


def test_engine_campaigns_when_configured_are_the_only_ones(
    tmp_path: Path, tree_content: Content
) -> None:
    names = ["library", "spam", "m751_library", "m751_spam"]
    listed = start_campaigns(tmp_path, tree_content, Campaigns({"library"}), names)
    assert listed == ["library"]


def test_settings_campaigns_are_shape_checked() -> None:
    assert Settings.load(None, {"IGUBOT_CAMPAIGNS": "library, bus-2026"}).campaigns == (
        "library",
        "bus-2026",
    )
    with pytest.raises(Exception, match="campaigns"):
        Settings.load(None, {"IGUBOT_CAMPAIGNS": "no spaces"})


# -- limits: per conversation first, per address far higher ----------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def refused(check: Any, key: str) -> bool:
    """Whether ``check(key)`` refuses with a 429 that says when to come back."""
    try:
        check(key)
    except ApiError as exc:
        return exc.status == 429 and int(exc.headers["Retry-After"]) >= 1
    return False


def test_chat_limits_never_refuse_a_class_of_30_on_one_address() -> None:
    clock = Clock()
    limits = Limits.from_settings(Settings.load(None, {}), clock)
    school = "192.0.2.10"
    learners = [f"web:learner-{i}" for i in range(30)]
    refusals = 0
    for _tick in range(12 * 20):  # 20 minutes, every learner taps every 5 s
        for learner in learners:
            refusals += refused(limits.admit_address, school)
            refusals += refused(limits.admit_conversation, learner)
        clock.now += 5
    assert refusals == 0


def test_chat_limits_stop_one_conversation_and_one_address() -> None:
    clock = Clock()
    settings = Settings.load(None, {})
    limits = Limits.from_settings(settings, clock)
    one = [refused(limits.admit_conversation, "web:fast") for _ in range(31)]
    assert one == [False] * settings.chat_rate_per_session + [True]
    many = [refused(limits.admit_address, "198.51.100.1") for _ in range(601)]
    assert many == [False] * settings.chat_rate_per_ip + [True]
    clock.now += 60
    assert not refused(limits.admit_address, "198.51.100.1"), "a minute later: again"


async def test_chat_over_the_conversation_limit_is_a_json_429(
    aiohttp_client: AiohttpClient, app: App
) -> None:
    clock = Clock()
    client = await aiohttp_client(make_web_app(app.runner, app.settings, limiter_clock=clock))
    issued = (await turn(client, None))["session"]
    statuses = []
    for _ in range(app.settings.chat_rate_per_session + 1):
        resp = await client.post(CHAT, json={"session": issued, "text": "/help"})
        statuses.append(resp.status)
    assert statuses[-1] == 429
    assert statuses.count(200) == app.settings.chat_rate_per_session
    other = await turn(client, None)  # another learner on the same address goes on
    assert other["session"] != issued
