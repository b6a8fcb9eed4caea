"""The web chat API (``POST /api/v1/chat``), health check and chat page, on aiohttp."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import secrets
from collections.abc import Awaitable, Callable
from importlib.resources import files
from typing import Any

from aiohttp import web

from bot.app import App
from bot.channels.openapi import openapi_document
from bot.engine import AsyncEngine, Inbound, Reply

logger = logging.getLogger(__name__)

APP_KEY = web.AppKey("igubot", App)
RUNNER_KEY = web.AppKey("runner", AsyncEngine)
TOKEN_BYTES = 32  # 256 bits, well over the 128 the contract asks
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")
_FIELDS = {"session", "text", "choice", "start", "lang"}
MAX_TEXT = 4000

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class ApiError(web.HTTPException):
    """A 4xx answered with the contract's JSON error shape."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        self.status_code = status
        super().__init__(
            headers=headers,
            text=json.dumps({"error": {"code": code, "message": message}}),
            content_type="application/json",
        )


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
        kept = {k: v for k, v in exc.headers.items() if k.lower() in {"allow"}}
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
    """``POST /api/v1/chat``: one turn of the web chat (contract in DESIGN.md)."""
    if request.content_type != "application/json":
        raise ApiError(415, "unsupported_media_type", "Send application/json.")
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise ApiError(400, "bad_json", "The body is not valid JSON.") from exc
    fields = _parse(body)
    token = fields["session"]
    new = token is None or not _TOKEN.match(token)
    if new:
        token = secrets.token_urlsafe(TOKEN_BYTES)
    assert token is not None
    start = fields["start"]
    if new and start is None and fields["text"] is None and fields["choice"] is None:
        start = ""
    if start is None and fields["text"] is None and fields["choice"] is None:
        raise ApiError(400, "bad_request", "Send 'text', 'choice' or 'start'.")
    hint = fields["lang"] or request.headers.get("Accept-Language")
    inbound = Inbound(
        user_key=user_key_for(token),
        channel="web",
        text=fields["text"],
        choice=fields["choice"],
        start=start,
        lang_hint=hint,
    )
    result = await request.app[RUNNER_KEY].handle(inbound)
    return web.json_response(reply_json(token, result.reply), dumps=_dumps)


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
    app = request.app[APP_KEY]
    writable = await request.app[RUNNER_KEY].healthy()
    loaded = bool(app.engine.content.flows)
    status = 200 if writable and loaded else 503
    body = {
        "status": "ok" if status == 200 else "unavailable",
        "database": "writable" if writable else "not writable",
        "content": "loaded" if loaded else "missing",
    }
    return web.json_response(body, status=status)


async def openapi(request: web.Request) -> web.Response:
    """The OpenAPI document of the chat API."""
    return web.json_response(openapi_document())


async def index(request: web.Request) -> web.Response:
    """The chat page."""
    html = files("bot").joinpath("static/index.html").read_text(encoding="utf-8")
    return web.Response(text=html, content_type="text/html")


async def static_file(request: web.Request) -> web.Response:
    """The page's script and style (package data, no build step)."""
    name = request.match_info["name"]
    types = {"chat.js": "text/javascript", "chat.css": "text/css"}
    if name not in types:
        raise web.HTTPNotFound
    text = files("bot").joinpath(f"static/{name}").read_text(encoding="utf-8")
    return web.Response(text=text, content_type=types[name])


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Headers every response carries, errors (raised as HTTP exceptions) included."""
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        _add_security_headers(exc)
        raise
    _add_security_headers(response)
    return response


def _add_security_headers(response: web.StreamResponse) -> None:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'self'",
    )


def make_web_app(app: App) -> web.Application:
    """The aiohttp application for ``app``."""
    web_app = web.Application(
        client_max_size=app.settings.max_body_bytes, middlewares=[security_headers, json_errors]
    )
    web_app[APP_KEY] = app
    web_app[RUNNER_KEY] = app.runner
    web_app.router.add_post("/api/v1/chat", chat)
    web_app.router.add_get("/api/v1/openapi.json", openapi)
    web_app.router.add_get("/healthz", healthz)
    web_app.router.add_get("/", index)
    web_app.router.add_get("/static/{name}", static_file)
    return web_app


def run_server(app: App) -> None:
    """Serve until interrupted."""
    s = app.settings
    logger.info("serving the web chat on http://%s:%d/", s.host, s.port)
    web.run_app(make_web_app(app), host=s.host, port=s.port, print=None)
