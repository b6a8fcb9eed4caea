"""The web chat API (``POST /api/v1/chat``) and the pages beside it, through aiohttp's client.

Every test runs the real application (content from the tree, a SQLite file in ``tmp_path``)
behind a loopback test server; nothing is mocked.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from bot.channels.web import user_key_for
from bot.content import Content
from bot.face.app import App
from bot.i18n import LANGUAGES

Client = TestClient[web.Request, web.Application]

CHAT = "/api/v1/chat"

# The interest form by buttons (tests/dialogues/interest_phone.yaml): what is sent, then the
# message ids expected back. "$LANG" is the language under test.
INTEREST_TURNS: list[tuple[dict[str, str], list[str]]] = [
    ({"choice": "$LANG"}, ["menu-start-ask"]),
    ({"choice": "interest"}, ["interest-name-ask"]),
    ({"text": "Amina Hassan"}, ["interest-municipality-ask"]),
    ({"text": "Aarhus"}, ["interest-contact-ask"]),
    ({"choice": "phone"}, ["interest-phone-ask"]),
    ({"text": "20 12 34 56"}, ["interest-interpreter-ask"]),
    ({"choice": "yes"}, ["interest-danish-ask"]),
    ({"choice": "little"}, ["interest-work-ask"]),
    ({"choice": "transport"}, ["common-review"]),
    ({"choice": "review:ok"}, ["interest-consent-ask"]),
    ({"choice": "yes"}, ["interest-saved", "menu-start-ask"]),
]


def assert_contract(body: Any) -> None:
    """``body`` has exactly the response shape of docs/contracts.md "Web chat API"."""
    assert isinstance(body, dict)
    assert set(body) == {"session", "lang", "dir", "messages"}
    assert isinstance(body["session"], str)
    assert len(body["session"]) >= 43
    assert body["lang"] in LANGUAGES
    assert body["dir"] == LANGUAGES[body["lang"]].direction
    assert isinstance(body["messages"], list)
    assert body["messages"]
    for message in body["messages"]:
        assert set(message) == {"id", "text", "choices", "input"}
        assert isinstance(message["id"], str)
        assert message["id"]
        assert isinstance(message["text"], str)
        assert message["text"].strip()
        assert isinstance(message["choices"], list)
        for choice in message["choices"]:
            assert set(choice) == {"value", "label"}
            assert isinstance(choice["value"], str)
            assert isinstance(choice["label"], str)
            assert choice["label"].strip()
        if message["input"] is not None:
            assert set(message["input"]) == {"type"}
            assert isinstance(message["input"]["type"], str)


def assert_error(status: int, content_type: str, text: str) -> dict[str, Any]:
    """A 4xx in the contract's error shape (JSON, never HTML); returns the error object."""
    assert 400 <= status < 500
    assert content_type == "application/json"
    assert "<html" not in text.lower()
    body = json.loads(text)
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert isinstance(body["error"]["code"], str)
    assert isinstance(body["error"]["message"], str)
    assert body["error"]["message"]
    return dict(body["error"])


async def turn(
    client: Client,
    session: str | None,
    headers: dict[str, str] | None = None,
    **fields: str,
) -> dict[str, Any]:
    """One chat turn that must succeed; the body is checked against the contract."""
    resp = await client.post(CHAT, json={"session": session, **fields}, headers=headers)
    raw = await resp.read()
    assert resp.status == 200, raw
    assert resp.content_type == "application/json"
    assert resp.charset == "utf-8"
    body = json.loads(raw.decode("utf-8"))
    assert_contract(body)
    return dict(body)


def ids(body: dict[str, Any]) -> list[str]:
    """The message ids of a response."""
    return [m["id"] for m in body["messages"]]


def offered(body: dict[str, Any]) -> list[str]:
    """The button values a response offers."""
    return [c["value"] for m in body["messages"] for c in m["choices"]]


async def run_interest_form(client: Client, lang: str) -> str:
    """The interest form from the first turn to a stored lead; returns the session token."""
    body = await turn(client, None)
    assert ids(body) == ["language-choose"]
    token = body["session"]
    for fields, expected in INTEREST_TURNS:
        sent = {k: v.replace("$LANG", lang) for k, v in fields.items()}
        if "choice" in sent:
            assert sent["choice"] in offered(body), f"{sent} was not offered"
        else:
            assert body["messages"][-1]["input"] is not None, f"{sent} answers no input"
        body = await turn(client, token, **sent)
        assert ids(body) == expected, sent
        assert body["session"] == token
        assert body["lang"] == lang
    return token


# -- conversations ----------------------------------------------------------------------------


async def test_chat_new_session_offers_the_languages(client: Client) -> None:
    body = await turn(client, None)
    assert re.fullmatch(r"[A-Za-z0-9_-]{43,}", body["session"])
    assert ids(body) == ["language-choose"]
    choices = body["messages"][0]["choices"]
    codes = [c["value"] for c in choices]
    assert codes == sorted(set(codes), key=codes.index), "each language once"
    for choice in choices:
        assert choice["label"] == LANGUAGES[choice["value"]].native_name
    assert {"value": "ar", "label": "العربية"} in choices


async def test_chat_new_sessions_get_different_tokens(client: Client) -> None:
    first = await turn(client, None)
    second = await turn(client, None)
    assert first["session"] != second["session"]


@pytest.mark.parametrize(
    ("headers", "fields", "lang", "direction"),
    [
        pytest.param({"Accept-Language": "ar"}, {}, "ar", "rtl", id="header-ar"),
        pytest.param({"Accept-Language": "da-DK,da;q=0.9"}, {}, "da", "ltr", id="header-da"),
        pytest.param({"Accept-Language": "en-GB,en;q=0.8"}, {}, "en", "ltr", id="header-en"),
    ],
)
async def test_chat_language_hint_orders_the_list_and_sets_dir(
    client: Client, headers: dict[str, str], fields: dict[str, str], lang: str, direction: str
) -> None:
    body = await turn(client, None, headers=headers, **fields)
    assert ids(body) == ["language-choose"]
    assert body["lang"] == lang
    assert body["dir"] == direction
    assert offered(body)[0] == lang


@pytest.mark.parametrize(("lang", "direction"), [("da", "ltr"), ("ar", "rtl")])
async def test_chat_explicit_language_of_the_page_starts_in_it_and_stays_changeable(
    client: Client, lang: str, direction: str
) -> None:
    body = await turn(client, None, headers={"Accept-Language": "en"}, lang=lang)
    assert ids(body) == ["language-preset", "menu-start-ask"]
    assert (body["lang"], body["dir"]) == (lang, direction)
    changed = await turn(client, body["session"], text="/language")
    assert ids(changed) == ["language-choose"]
    assert offered(changed)[0] == lang


async def test_chat_unknown_page_language_asks_the_language(client: Client) -> None:
    body = await turn(client, None, headers={"Accept-Language": "en"}, lang="xx")
    assert ids(body) == ["language-choose"]


@pytest.mark.parametrize("lang", ["en", "ar"])
async def test_chat_interest_form_by_choices_stores_a_lead(
    client: Client, app: App, lang: str
) -> None:
    await run_interest_form(client, lang)
    leads = app.store.leads()
    assert len(leads) == 1
    lead = leads[0]
    assert lead.kind == "learner"
    assert lead.channel == "web"
    assert lead.municipality == "751"
    assert lead.name == "Amina Hassan"
    assert lead.phone == "+4520123456"
    assert lead.contact == "phone"
    assert lead.danish_level == "little"
    assert lead.work_area == "transport"
    assert lead.lang == lang
    assert lead.consent_id
    assert lead.consent_version


@pytest.mark.parametrize(
    ("lang", "direction"),
    [pytest.param("en", "ltr", id="en"), pytest.param("ar", "rtl", id="ar")],
)
async def test_chat_response_dir_follows_the_chosen_language(
    client: Client, lang: str, direction: str
) -> None:
    token = (await turn(client, None))["session"]
    body = await turn(client, token, choice=lang)
    assert body["lang"] == lang
    assert body["dir"] == direction
    follow_up = await turn(client, token, choice="interest")
    assert follow_up["dir"] == direction


async def test_chat_sends_unescaped_utf8_json(client: Client) -> None:
    resp = await client.post(CHAT, json={"session": None})
    assert resp.status == 200
    assert resp.headers["Content-Type"] == "application/json; charset=utf-8"
    raw = await resp.read()
    assert b"\\u" not in raw, "non-ASCII text is sent as UTF-8, not as \\u escapes"
    assert "العربية".encode() in raw


async def test_chat_arabic_text_is_unescaped_utf8(client: Client) -> None:
    token = (await turn(client, None))["session"]
    resp = await client.post(CHAT, json={"session": token, "choice": "ar"})
    raw = await resp.read()
    assert resp.status == 200
    assert b"\\u" not in raw
    text = raw.decode("utf-8")
    assert re.search(r"[\u0600-\u06ff]", text), "the Arabic menu is in Arabic script"


@pytest.mark.parametrize(
    "session",
    [
        pytest.param("A" * 43, id="well-formed-unknown"),
        pytest.param("not a token!", id="garbage"),
        pytest.param("", id="empty"),
        pytest.param("x" * 5000, id="very-long"),
    ],
)
async def test_chat_unknown_session_starts_a_new_conversation(
    client: Client, app: App, session: str
) -> None:
    body = await turn(client, session, text="hello")
    assert ids(body) == ["common-hello", "language-choose"]  # the text is read, as a first one
    assert app.store.leads() == []


async def test_chat_first_request_with_text_reads_it(client: Client) -> None:
    body = await turn(client, None, text="كم الراتب")  # "how much is the salary"
    assert "about-pay-ask" in ids(body)
    assert body["lang"] == "ar"
    assert body["dir"] == "rtl"


async def test_chat_garbage_session_without_text_starts_a_new_conversation(
    client: Client,
) -> None:
    body = await turn(client, "garbage")
    assert ids(body) == ["language-choose"]
    assert body["session"] != "garbage"


async def test_chat_session_is_kept_across_turns(client: Client) -> None:
    token = (await turn(client, None))["session"]
    body = await turn(client, token, choice="en")
    assert ids(body) == ["menu-start-ask"]
    assert body["session"] == token


async def test_chat_store_holds_a_hash_not_the_token(client: Client, tmp_path: Path) -> None:
    token = (await turn(client, None))["session"]
    await turn(client, token, choice="en")
    await turn(client, token, choice="interest")
    database = tmp_path / "igubot.sqlite3"
    with contextlib.closing(sqlite3.connect(database)) as conn:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        keys = [row[0] for row in conn.execute("SELECT key FROM sessions")]
    assert busy == 0
    assert user_key_for(token) in keys
    assert all(token not in key for key in keys)
    assert not files_containing(tmp_path, token.encode())


def files_containing(folder: Path, needle: bytes) -> list[str]:
    """Names of the database files (main, WAL, journal) in ``folder`` that hold ``needle``."""
    return [p.name for p in folder.glob("igubot.sqlite3*") if needle in p.read_bytes()]


# -- global words -----------------------------------------------------------------------------


async def test_chat_help_mid_form_repeats_the_question(client: Client) -> None:
    token = (await turn(client, None))["session"]
    await turn(client, token, choice="en")
    await turn(client, token, choice="interest")
    asked = await turn(client, token, text="Amina Hassan")
    assert ids(asked) == ["interest-municipality-ask"]
    body = await turn(client, token, text="/help")
    assert ids(body) == ["common-help", "interest-municipality-ask"]
    assert body["messages"][-1] == asked["messages"][-1]
    body = await turn(client, token, text="Aarhus")
    assert ids(body) == ["interest-contact-ask"]


async def test_chat_forget_deletes_the_lead(client: Client, app: App) -> None:
    token = await run_interest_form(client, "en")
    assert app.store.lead_count() == 1
    body = await turn(client, token, text="/forget")
    assert ids(body) == ["privacy-forget-ask"]
    assert "yes" in offered(body)
    body = await turn(client, token, choice="yes")
    assert ids(body) == ["privacy-forget-done"]
    assert app.store.leads() == []
    assert app.store.load_session(user_key_for(token)) is None


# -- errors -----------------------------------------------------------------------------------

_JSON = "application/json"
_TOO_BIG = json.dumps({"session": None, "text": "x" * 9000}).encode()
_TEXT_TOO_LONG = json.dumps({"session": None, "text": "x" * 4001}).encode()


@pytest.mark.parametrize(
    ("method", "path", "data", "content_type", "status", "code"),
    [
        pytest.param("POST", CHAT, b'{"session": nul', _JSON, 400, "bad_json", id="malformed"),
        pytest.param("POST", CHAT, b"", _JSON, 400, "bad_json", id="empty-body"),
        pytest.param("POST", CHAT, b"[]", _JSON, 400, "bad_request", id="array"),
        pytest.param("POST", CHAT, b"null", _JSON, 400, "bad_request", id="null"),
        pytest.param("POST", CHAT, b'"hello"', _JSON, 400, "bad_request", id="string"),
        pytest.param("POST", CHAT, b"[" * 5000, _JSON, 400, "bad_json", id="deeply-nested"),
        pytest.param(
            "POST",
            CHAT,
            b'{"session": null, "text": "\xff"}',
            _JSON,
            400,
            "bad_json",
            id="invalid-utf8",
        ),
        pytest.param(
            "POST",
            CHAT,
            b'{"session": null, "colour": "red"}',
            _JSON,
            400,
            "bad_request",
            id="unknown-field",
        ),
        pytest.param(
            "POST",
            CHAT,
            b'{"session": null, "text": 5}',
            _JSON,
            400,
            "bad_request",
            id="non-string-text",
        ),
        pytest.param(
            "POST",
            CHAT,
            b'{"session": null, "choice": ["en"]}',
            _JSON,
            400,
            "bad_request",
            id="non-string-choice",
        ),
        pytest.param(
            "POST",
            CHAT,
            b'{"session": 12345}',
            _JSON,
            400,
            "bad_request",
            id="non-string-session",
        ),
        pytest.param(
            "POST",
            CHAT,
            b'{"session": null}',
            "text/plain",
            415,
            "unsupported_media_type",
            id="text-plain",
        ),
        pytest.param(
            "POST",
            CHAT,
            b"session=",
            "application/x-www-form-urlencoded",
            415,
            "unsupported_media_type",
            id="form-encoded",
        ),
        pytest.param("POST", CHAT, _TOO_BIG, _JSON, 413, "too_large", id="body-over-8kb"),
        pytest.param("POST", CHAT, _TEXT_TOO_LONG, _JSON, 413, "too_large", id="text-too-long"),
        pytest.param("GET", CHAT, None, None, 405, "method_not_allowed", id="get-chat"),
        pytest.param("PUT", CHAT, b"{}", _JSON, 405, "method_not_allowed", id="put-chat"),
        pytest.param("GET", "/api/v2/chat", None, None, 404, "not_found", id="unknown-path"),
        pytest.param("GET", "/static/nope.js", None, None, 404, "not_found", id="unknown-static"),
        pytest.param(
            "GET",
            "/static/../bot/face/app.py",
            None,
            None,
            404,
            "not_found",
            id="static-traversal",
        ),
    ],
)
async def test_chat_bad_request_is_a_json_4xx(
    client: Client,
    method: str,
    path: str,
    data: bytes | None,
    content_type: str | None,
    status: int,
    code: str,
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    resp = await client.request(method, path, data=data, headers=headers)
    text = await resp.text()
    assert resp.status == status, text
    error = assert_error(resp.status, resp.content_type, text)
    assert error["code"] == code


async def test_chat_known_session_without_input_is_a_400(client: Client) -> None:
    token = (await turn(client, None))["session"]
    resp = await client.post(CHAT, json={"session": token})
    assert resp.status == 400
    error = assert_error(resp.status, resp.content_type, await resp.text())
    assert error["code"] == "bad_request"


async def test_chat_bad_requests_leave_the_conversation_usable(client: Client) -> None:
    token = (await turn(client, None))["session"]
    resp = await client.post(CHAT, data=b"{", headers={"Content-Type": _JSON})
    assert resp.status == 400
    body = await turn(client, token, choice="en")
    assert ids(body) == ["menu-start-ask"]


# -- pages beside the API ---------------------------------------------------------------------


async def test_healthz_reports_ok(client: Client) -> None:
    resp = await client.get("/healthz")
    assert resp.status == 200
    body = await resp.json()
    assert body["status"] == "ok"
    assert body["database"] == "writable"
    assert body["content"] == "loaded"


async def test_openapi_describes_the_chat_endpoint(client: Client) -> None:
    resp = await client.get("/api/v1/openapi.json")
    assert resp.status == 200
    assert resp.content_type == "application/json"
    doc = await resp.json()
    assert doc["openapi"] == "3.1.0"
    assert "post" in doc["paths"]["/api/v1/chat"]


async def test_index_is_html_with_the_chat_script(client: Client) -> None:
    resp = await client.get("/")
    assert resp.status == 200
    assert resp.content_type == "text/html"
    html = await resp.text()
    assert "/static/chat.js" in html
    # the CSP forbids inline scripts, so every script tag must load a file
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag, tag


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        pytest.param("/static/chat.js", "text/javascript", id="js"),
        pytest.param("/static/chat.css", "text/css", id="css"),
    ],
)
async def test_static_file_is_served_with_its_type(
    client: Client, path: str, content_type: str
) -> None:
    resp = await client.get(path)
    assert resp.status == 200
    assert resp.content_type == content_type
    assert (await resp.text()).strip()


@pytest.mark.parametrize(
    ("method", "path"),
    [
        pytest.param("GET", "/", id="index"),
        pytest.param("GET", "/healthz", id="healthz"),
        pytest.param("GET", "/api/v1/openapi.json", id="openapi"),
        pytest.param("GET", "/static/chat.js", id="static"),
        pytest.param("POST", CHAT, id="chat"),
        pytest.param("GET", "/nope", id="not-found"),
        pytest.param("GET", CHAT, id="method-not-allowed"),
    ],
)
async def test_security_headers_are_on_every_response(
    client: Client, method: str, path: str
) -> None:
    json_body = {"session": None} if method == "POST" else None
    resp = await client.request(method, path, json=json_body)
    await resp.read()
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    csp = resp.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp


async def test_web_method_not_allowed_names_the_allowed_methods(client: Client) -> None:
    response = await client.get("/api/v1/chat")
    assert response.status == 405
    assert "POST" in response.headers.get("Allow", "")


def test_channel_texts_exist_in_the_source_locale(tree_content: Content) -> None:
    from bot.channels.telegram.commands import COMMANDS
    from bot.channels.web import UI_TEXTS

    needed = [*UI_TEXTS, "common-use-text", "telegram-groups-declined"]
    needed += [f"telegram-command-{name}" for name in COMMANDS]
    missing = [m for m in needed if not tree_content.catalog.has("en", m)]
    assert missing == []
