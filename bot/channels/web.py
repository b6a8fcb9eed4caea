"""The web chat API (``POST /api/v1/chat``), health check, chat page and widget, on aiohttp.

Hardening: a body limit (413), JSON errors for every 4xx, per-address and per-conversation rate
limits (429 with ``Retry-After``), a CORS allow-list for ``/api/v1/chat`` only, a strict CSP
without inline script or style, and an access log without client addresses.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable
from importlib.resources import files
from typing import Any

from aiohttp import web

from bot.channels.openapi import openapi_document
from bot.channels.ports import Conversations
from bot.channels.ratelimit import client_key
from bot.channels.sessionids import TOKEN, SessionIds
from bot.channels.webguard import ApiError, Limits, body_deadline, read_json
from bot.channels.widget import widget_script
from bot.engine.types import Inbound, Reply
from bot.i18n import LANGUAGES, SOURCE_LOCALE, Catalog, choose_language, negotiate
from bot.kernel.config import Settings

logger = logging.getLogger(__name__)

CONVERSATIONS_KEY = web.AppKey("conversations", Conversations)
_FIELDS = {"session", "text", "choice", "start", "lang"}
MAX_TEXT = 4000
CHAT_PATH = "/api/v1/chat"

#: The access log: time, request line, status, size, duration. No client address (``%a``),
#: no User-Agent or Referer: the log carries no personal data.
ACCESS_LOG_FORMAT = '%t "%r" %s %b %Tf'

#: Texts of the page around the conversation (``locales/<lang>/web.ftl``; ``igubot check``
#: makes sure each exists in the source locale).
UI_TEXTS: tuple[str, ...] = (
    "web-title",
    "web-message-label",
    "web-send",
    "web-language",
    "web-close",
    "web-end",
    "web-cleared",
    "web-typing",
    "web-you",
    "web-offline",
    "web-busy",
    "web-too-long",
    "web-retry",
)

#: Files served beside the page: name → (package path, content type).
_STATIC: dict[str, tuple[str, str]] = {
    "chat.js": ("static/chat.js", "text/javascript"),
    "chat.css": ("static/chat.css", "text/css"),
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


LIMITS_KEY = web.AppKey("limits", Limits)
SESSION_IDS_KEY = web.AppKey("session_ids", SessionIds)
SETTINGS_KEY = web.AppKey("settings", Settings)


def user_key_for(token: str) -> str:
    """The store key of a web session: a hash, so a leaked database leaks no usable token."""
    return "web:" + hashlib.sha256(token.encode()).hexdigest()[:40]


@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every error as ``{"error": {"code", "message"}}``; never a traceback."""
    try:
        return await handler(request)
    except ApiError:
        raise
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(
            exc.status, "http_error"
        )
        kept = {k: v for k, v in exc.headers.items() if k.lower() in {"allow", "connection"}}
        raise ApiError(exc.status, code, exc.reason, kept) from exc
    except Exception:
        logger.exception("unexpected error on %s %s", request.method, request.path)
        body = {"error": {"code": "internal", "message": "Internal error."}}
        return web.json_response(body, status=500)


def _parse(body: Any) -> dict[str, str | None]:
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", "The body must be a JSON object.")
    unknown = sorted(set(body) - _FIELDS)
    if unknown:
        raise ApiError(400, "bad_request", f"Unknown field(s): {', '.join(unknown)}.")
    out: dict[str, str | None] = {}
    for name in _FIELDS:
        value = body.get(name)
        if value is not None and not isinstance(value, str):
            raise ApiError(400, "bad_request", f"'{name}' must be a string or null.")
        out[name] = value
    if out["text"] is not None and len(out["text"]) > MAX_TEXT:
        raise ApiError(413, "too_large", f"'text' is longer than {MAX_TEXT} characters.")
    return out


async def chat(request: web.Request) -> web.Response:
    """``POST /api/v1/chat``: one turn of the web chat (contract in docs/contracts.md).

    The server issues conversation ids: a ``session`` it did not issue (and has no stored
    conversation for) starts a new conversation with a new id.
    """
    limits = request.app[LIMITS_KEY]
    limits.admit_address(
        client_key(request.remote, request.headers.get("X-Forwarded-For"), limits.trust_proxy)
    )
    fields = _parse(await read_json(request))
    token, opened = await _conversation(request, fields["session"])
    user_key = user_key_for(token)
    if opened:
        limits.admit_conversation(user_key)
    start = fields["start"]
    if not opened and start is None and fields["text"] is None and fields["choice"] is None:
        start = ""
    if start is None and fields["text"] is None and fields["choice"] is None:
        raise ApiError(400, "bad_request", "Send 'text', 'choice' or 'start'.")
    hint = fields["lang"] or request.headers.get("Accept-Language")
    inbound = Inbound(
        user_key=user_key,
        channel="web",
        text=fields["text"],
        choice=fields["choice"],
        start=start,
        lang_hint=hint,
        lang=fields["lang"] if start is not None else None,
        opened=opened,
    )
    result = await request.app[CONVERSATIONS_KEY].handle(inbound)
    response = web.json_response(reply_json(token, result.reply), dumps=_dumps)
    response.headers["Cache-Control"] = "no-store"
    return response


async def _conversation(request: web.Request, token: str | None) -> tuple[str, bool]:
    """The conversation's id and whether it was issued before (else: a new one, just issued).

    An id is taken when this server signed it, or (ids from before signing) when a
    conversation is stored under it; anything else gets a new id.
    """
    ids = request.app[SESSION_IDS_KEY]
    if token is not None and TOKEN.fullmatch(token):
        conversations = request.app[CONVERSATIONS_KEY]
        if ids.issued(token) or await conversations.known(user_key_for(token)):
            return token, True
    return ids.issue(), False


async def chat_preflight(request: web.Request) -> web.Response:
    """``OPTIONS /api/v1/chat``: CORS preflight, answered for allow-listed origins only."""
    origin = request.headers.get("Origin")
    if origin is None or origin not in request.app[SETTINGS_KEY].cors_origins:
        raise ApiError(403, "origin_not_allowed", "This origin may not call the chat API.")
    return web.Response(
        status=204,
        headers={
            "Access-Control-Allow-Methods": "POST",
            "Access-Control-Allow-Headers": "Content-Type",
            "Access-Control-Max-Age": "600",
        },
    )


@web.middleware
async def cors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """``Access-Control-Allow-Origin`` on chat responses (errors too) for listed origins only."""
    if request.path != CHAT_PATH:
        return await handler(request)
    origin = request.headers.get("Origin")
    allowed = origin is not None and origin in request.app[SETTINGS_KEY].cors_origins
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        _add_cors_headers(exc, origin if allowed else None)
        raise
    _add_cors_headers(response, origin if allowed else None)
    return response


def _add_cors_headers(response: web.StreamResponse, origin: str | None) -> None:
    response.headers["Vary"] = "Origin"
    if origin is not None:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Expose-Headers"] = "Retry-After"


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def reply_json(token: str, reply: Reply) -> dict[str, Any]:
    """The response body of the chat contract."""
    return {
        "session": token,
        "lang": reply.lang,
        "dir": reply.dir,
        "messages": [
            {
                "id": m.id,
                "text": m.text,
                "choices": [{"value": c.value, "label": c.label} for c in m.choices],
                "input": {"type": m.input.type} if m.input else None,
            }
            for m in reply.messages
        ],
    }


async def healthz(request: web.Request) -> web.Response:
    """200 when the database takes a write and content is loaded, else 503."""
    health = await request.app[CONVERSATIONS_KEY].health()
    status = 200 if health.ok else 503
    body = {
        "status": "ok" if status == 200 else "unavailable",
        "database": "writable" if health.database else "not writable",
        "content": "loaded" if health.content else "missing",
    }
    return web.json_response(body, status=status)


async def openapi(request: web.Request) -> web.Response:
    """The OpenAPI document of the chat API."""
    return web.json_response(openapi_document())


def ui_texts(catalog: Catalog) -> dict[str, dict[str, str]]:
    """The page's own texts in every language (each falls back along its chain to English)."""
    return {
        code: {msg_id.removeprefix("web-"): catalog.format(code, msg_id) for msg_id in UI_TEXTS}
        for code in catalog.locales
    }


def _page_language(request: web.Request, catalog: Catalog) -> str:
    """The language of the first paint: ``?lang=``, else the browser's, else English."""
    available = catalog.locales
    asked = negotiate(request.query.get("lang"), available)
    return choose_language(asked, request.headers.get("Accept-Language"), available)


async def index(request: web.Request) -> web.Response:
    """The chat page (``?embed=1`` inside the widget's iframe; ``?lang=``, ``?start=``)."""
    catalog = request.app[CONVERSATIONS_KEY].catalog
    lang = _page_language(request, catalog)
    texts = ui_texts(catalog)
    own = texts.get(lang, texts[SOURCE_LOCALE])
    values = {
        "lang": lang,
        "dir": LANGUAGES[lang].direction if lang in LANGUAGES else "ltr",
        "class": "embed" if request.query.get("embed") == "1" else "page",
        "ui": json.dumps(texts, ensure_ascii=False, separators=(",", ":")),
        **own,
    }
    template = files("bot").joinpath("static/index.html").read_text(encoding="utf-8")
    page = re.sub(
        r"\{\{([\w-]+)\}\}",
        lambda m: html.escape(str(values.get(m.group(1), "")), quote=True),
        template,
    )
    response = web.Response(text=page, content_type="text/html")
    response.headers["Cache-Control"] = "no-cache"
    response.enable_compression()
    return response


def _file_response(
    request: web.Request, path: str, content_type: str, data: bytes | None = None
) -> web.Response:
    """A package file (or ``data``) with an ETag (revalidated on every load; 304 if unchanged)."""
    data = files("bot").joinpath(path).read_bytes() if data is None else data
    etag = '"' + hashlib.sha256(data).hexdigest()[:20] + '"'
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if etag in request.headers.get("If-None-Match", ""):
        return web.Response(status=304, headers=headers)
    response = web.Response(body=data, content_type=content_type, charset="utf-8")
    response.headers.update(headers)
    response.enable_compression()
    return response


async def static_file(request: web.Request) -> web.Response:
    """The page's script and style (package data, no build step)."""
    entry = _STATIC.get(request.match_info["name"])
    if entry is None:
        raise web.HTTPNotFound
    return _file_response(request, *entry)


async def widget(request: web.Request) -> web.Response:
    """``/widget.js``: one script tag puts the chat on any site (a button and an iframe)."""
    script = widget_script(request.app[CONVERSATIONS_KEY].catalog)  # the button's labels
    response = _file_response(request, "static/widget.js", "text/javascript", script)
    response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


def content_security_policy(settings: Settings) -> str:
    """The CSP of every response: no inline script or style, framing by listed sites only."""
    ancestors = " ".join(dict.fromkeys(("'self'", *settings.frame_ancestors)))
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self'; frame-ancestors {ancestors}; base-uri 'none'; form-action 'self'"
    )


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Headers every response carries, errors (raised as HTTP exceptions) included."""
    csp = content_security_policy(request.app[SETTINGS_KEY])
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        _add_security_headers(exc, csp)
        raise
    _add_security_headers(response, csp)
    return response


def _add_security_headers(response: web.StreamResponse, csp: str) -> None:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("Content-Security-Policy", csp)


def make_web_app(
    conversations: Conversations,
    settings: Settings,
    *,
    limiter_clock: Callable[[], float] = time.monotonic,
) -> web.Application:
    """The web chat's aiohttp application (the server mounts the staff pages and Telegram on it).

    :param conversations: runs the turns and serves the catalog.
    :param settings: limits, CORS origins, framing, read timeout, the data folder (which keeps
        the key that signs conversation ids).
    :param limiter_clock: monotonic seconds for the rate limits (tests).
    :raises ConfigError: the key of conversation ids cannot be read or made.
    """
    web_app = web.Application(
        client_max_size=settings.max_body_bytes,
        middlewares=[security_headers, cors, json_errors, body_deadline(settings.read_timeout)],
    )
    web_app[CONVERSATIONS_KEY] = conversations
    web_app[SETTINGS_KEY] = settings
    web_app[LIMITS_KEY] = Limits.from_settings(settings, limiter_clock)
    web_app[SESSION_IDS_KEY] = SessionIds.in_folder(settings.data_dir)
    web_app.router.add_post(CHAT_PATH, chat)
    web_app.router.add_route("OPTIONS", CHAT_PATH, chat_preflight)
    web_app.router.add_get("/api/v1/openapi.json", openapi)
    web_app.router.add_get("/healthz", healthz)
    web_app.router.add_get("/", index)
    web_app.router.add_get("/widget.js", widget)
    web_app.router.add_get("/static/{name}", static_file)
    return web_app
