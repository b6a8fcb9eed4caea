"""Hardening of the web chat: rate limits, CORS, security headers, access log, page weight,
colour contrast, and the settings behind them.

HTTP tests run the real application behind aiohttp's loopback test server; the rate limiter is
also tested on its own with a fake clock.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession, web
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient

from bot.channels.ratelimit import RateLimiter, client_key, retry_after
from bot.channels.web import ACCESS_LOG_FORMAT, make_web_app
from bot.content import Content
from bot.face.app import App, build_app
from bot.face.listen import server_options
from bot.kernel.config import Settings
from bot.kernel.errors import ConfigError
from tests.support.tree import ROOT, mini_tree

Client = TestClient[web.Request, web.Application]
MakeClient = Callable[..., Awaitable[Client]]

CHAT = "/api/v1/chat"
STATIC = ROOT / "bot" / "static"
FIRST_LOAD_BUDGET = 30_000  # bytes, gzip: the page, its script and its style


class FakeClock:
    """Monotonic seconds that move only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, tree_content: Content) -> Iterator[App]:
    """The bot over the tree's content (parsed once per session) with the default settings."""
    settings = Settings.load(None, {}, data_dir=tmp_path_factory.mktemp("data"), content_dir=ROOT)
    built = build_app(settings, content=tree_content)
    yield built
    built.close()


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, app: App) -> Client:
    """A client of a fresh web application (fresh rate limits) over ``app``."""
    return await aiohttp_client(make_web_app(app.runner, app.settings))


@pytest.fixture(scope="module")
def small_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small, clean content tree (fast to load) for tests of settings."""
    return mini_tree(tmp_path_factory.mktemp("content"))


@pytest.fixture
def client_with(
    aiohttp_client: AiohttpClient, tmp_path: Path, small_content: Path
) -> Iterator[MakeClient]:
    """Make a client of a web application with other settings, over the small content."""
    built: list[App] = []

    async def make(**overrides: Any) -> Client:
        data = tmp_path / str(len(built))
        app = build_app(
            Settings.load(None, {}, data_dir=data, content_dir=small_content, **overrides)
        )
        built.append(app)
        return await aiohttp_client(make_web_app(app.runner, app.settings))

    yield make
    for app in built:
        app.close()


async def error_of(resp: Any) -> dict[str, Any]:
    """The contract's error object of a JSON 4xx."""
    assert resp.content_type == "application/json"
    body = json.loads(await resp.text())
    assert set(body) == {"error"}
    return dict(body["error"])


# -- the token bucket ---------------------------------------------------------------------------


def test_ratelimiter_lets_a_burst_through_then_rejects() -> None:
    clock = FakeClock()
    limiter = RateLimiter(30, clock=clock)
    assert [limiter.hit("a") for _ in range(30)] == [0.0] * 30
    wait = limiter.hit("a")
    assert wait == pytest.approx(2.0)  # 30 a minute: one token every 2 s
    assert limiter.hit("b") == 0.0, "buckets are per key"


def test_ratelimiter_refills_with_time() -> None:
    clock = FakeClock()
    limiter = RateLimiter(60, burst=2, clock=clock)
    assert limiter.hit("a") == limiter.hit("a") == 0.0
    assert limiter.hit("a") == pytest.approx(1.0)
    clock.now += 0.5
    assert limiter.hit("a") == pytest.approx(0.5), "a rejected hit is not counted"
    clock.now += 0.5
    assert limiter.hit("a") == 0.0


def test_ratelimiter_memory_is_bounded() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10, max_keys=100, clock=clock)
    for i in range(1000):
        limiter.hit(f"client-{i}")
    assert len(limiter) == 100


def test_ratelimiter_drops_idle_buckets() -> None:
    clock = FakeClock()
    limiter = RateLimiter(60, clock=clock)
    for i in range(50):
        limiter.hit(f"client-{i}")
    clock.now += 61  # every bucket has refilled: keeping it would change nothing
    limiter.hit("late")
    assert len(limiter) == 1


def test_ratelimiter_zero_is_off() -> None:
    limiter = RateLimiter(0)
    assert not limiter.enabled
    assert all(limiter.hit("a") == 0.0 for _ in range(1000))
    assert len(limiter) == 0


@pytest.mark.parametrize(("wait", "header"), [(0.01, "1"), (1.0, "1"), (1.2, "2"), (59.5, "60")])
def test_ratelimiter_retry_after_is_whole_seconds(wait: float, header: str) -> None:
    assert retry_after(wait) == header


@pytest.mark.parametrize(
    ("remote", "forwarded", "trust", "key"),
    [
        pytest.param("203.0.113.7", "198.51.100.1", 0, "203.0.113.7", id="no-proxy-ignores-xff"),
        pytest.param("10.0.0.2", "198.51.100.1", 1, "198.51.100.1", id="one-proxy"),
        pytest.param(
            "10.0.0.2", "1.2.3.4, 198.51.100.1", 1, "198.51.100.1", id="forged-left-entry"
        ),
        pytest.param("10.0.0.2", "198.51.100.1, 10.0.0.9", 2, "198.51.100.1", id="two-proxies"),
        pytest.param("10.0.0.2", None, 1, "10.0.0.2", id="proxy-without-header"),
        pytest.param("2001:db8:1:2:3:4:5:6", None, 0, "2001:db8:1:2::/64", id="ipv6-per-64"),
        pytest.param("::ffff:192.0.2.5", None, 0, "192.0.2.5", id="ipv4-mapped"),
        pytest.param(None, None, 0, "unknown", id="no-address"),
        pytest.param("10.0.0.2", "not-an-ip", 1, "not-an-ip", id="garbage-xff"),
    ],
)
def test_client_key_picks_the_address(
    remote: str | None, forwarded: str | None, trust: int, key: str
) -> None:
    assert client_key(remote, forwarded, trust) == key


# -- rate limits over HTTP ----------------------------------------------------------------------


async def test_chat_rate_limit_per_session_is_a_json_429(client_with: MakeClient) -> None:
    client = await client_with(chat_rate_per_session=3)
    token = (await (await client.post(CHAT, json={"session": None})).json())["session"]
    for _ in range(3):
        resp = await client.post(CHAT, json={"session": token, "text": "/help"})
        assert resp.status == 200
    resp = await client.post(CHAT, json={"session": token, "text": "/help"})
    assert resp.status == 429
    assert int(resp.headers["Retry-After"]) >= 1
    error = await error_of(resp)
    assert error["code"] == "rate_limited"
    assert resp.headers["Content-Security-Policy"]
    other = await client.post(CHAT, json={"session": None})
    assert other.status == 200, "another conversation is not held up"


async def test_chat_rate_limit_per_ip_covers_new_sessions(client_with: MakeClient) -> None:
    client = await client_with(chat_rate_per_ip=5)
    statuses = [(await client.post(CHAT, json={"session": None})).status for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    resp = await client.post(CHAT, data=b"{", headers={"Content-Type": "application/json"})
    assert resp.status == 429, "the address is limited before the body is read"


async def test_chat_rate_limit_uses_forwarded_for_only_behind_a_trusted_proxy(
    client_with: MakeClient,
) -> None:
    client = await client_with(chat_rate_per_ip=2, trust_proxy=1)
    plain = await client_with(chat_rate_per_ip=2)
    for address in ("198.51.100.1", "198.51.100.2", "198.51.100.3"):
        headers = {"X-Forwarded-For": address}
        for _ in range(2):
            resp = await client.post(CHAT, json={"session": None}, headers=headers)
            assert resp.status == 200
    statuses = [
        (
            await plain.post(
                CHAT, json={"session": None}, headers={"X-Forwarded-For": f"198.51.100.{i}"}
            )
        ).status
        for i in range(3)
    ]
    assert statuses == [200, 200, 429], "without trust_proxy the header is ignored"


# -- CORS ---------------------------------------------------------------------------------------

ALLOWED = "https://kommune.example"


async def test_cors_preflight_is_answered_for_listed_origins_only(client_with: MakeClient) -> None:
    client = await client_with(cors_origins=ALLOWED)
    preflight = {"Access-Control-Request-Method": "POST"}
    resp = await client.options(CHAT, headers={"Origin": ALLOWED, **preflight})
    assert resp.status == 204
    assert resp.headers["Access-Control-Allow-Origin"] == ALLOWED
    assert resp.headers["Access-Control-Allow-Methods"] == "POST"
    assert resp.headers["Access-Control-Allow-Headers"] == "Content-Type"
    assert "Origin" in resp.headers["Vary"]
    resp = await client.options(CHAT, headers={"Origin": "https://evil.example", **preflight})
    assert resp.status == 403
    assert "Access-Control-Allow-Origin" not in resp.headers
    assert (await error_of(resp))["code"] == "origin_not_allowed"


async def test_cors_post_from_a_listed_origin_gets_allow_origin(client_with: MakeClient) -> None:
    client = await client_with(cors_origins=ALLOWED)
    resp = await client.post(CHAT, json={"session": None}, headers={"Origin": ALLOWED})
    assert resp.status == 200
    assert resp.headers["Access-Control-Allow-Origin"] == ALLOWED
    resp = await client.post(CHAT, data=b"{", headers={"Origin": ALLOWED})
    assert resp.status == 415
    assert resp.headers["Access-Control-Allow-Origin"] == ALLOWED, "errors are readable too"
    resp = await client.post(
        CHAT, json={"session": None}, headers={"Origin": "https://evil.example"}
    )
    assert "Access-Control-Allow-Origin" not in resp.headers
    resp = await client.get("/", headers={"Origin": ALLOWED})
    assert "Access-Control-Allow-Origin" not in resp.headers, "only the chat API"


async def test_cors_default_is_same_origin_only(client: Client) -> None:
    resp = await client.options(
        CHAT,
        headers={"Origin": "https://kommune.example", "Access-Control-Request-Method": "POST"},
    )
    assert resp.status == 403
    assert "Access-Control-Allow-Origin" not in resp.headers
    resp = await client.post(CHAT, json={"session": None}, headers={"Origin": ALLOWED})
    assert "Access-Control-Allow-Origin" not in resp.headers


# -- security headers ---------------------------------------------------------------------------


def csp_directives(header: str) -> dict[str, str]:
    """``{"default-src": "'self'", ...}``."""
    out = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition(" ")
        out[name] = value.strip()
    return out


@pytest.mark.parametrize("path", ["/", "/static/chat.js", "/widget.js", "/nope", "/healthz"])
async def test_security_headers_are_strict(client: Client, path: str) -> None:
    resp = await client.get(path)
    await resp.read()
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert resp.headers["Referrer-Policy"] == "no-referrer"
    assert csp_directives(resp.headers["Content-Security-Policy"]) == {
        "default-src": "'self'",
        "script-src": "'self'",
        "style-src": "'self'",
        "img-src": "'self' data:",
        "connect-src": "'self'",
        "frame-ancestors": "'self'",
        "base-uri": "'none'",
        "form-action": "'self'",
    }


async def test_security_headers_frame_ancestors_follow_the_setting(
    client_with: MakeClient,
) -> None:
    client = await client_with(frame_ancestors="https://kommune.example, https://*.aarhus.dk")
    resp = await client.get("/?embed=1")
    directives = csp_directives(resp.headers["Content-Security-Policy"])
    assert directives["frame-ancestors"] == ("'self' https://kommune.example https://*.aarhus.dk")


def test_page_has_no_inline_script_or_style() -> None:
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    for tag in re.findall(r"<script\b[^>]*>", page):
        assert "src=" in tag, tag
    assert "<style" not in page
    assert not re.search(r"\sstyle=", page)
    assert not re.search(r"\son[a-z]+=", page), "no inline event handlers"
    script = (STATIC / "chat.js").read_text(encoding="utf-8")
    assert "innerHTML" not in script, "text goes in as text, never as markup"
    assert "eval(" not in script


# -- the access log -----------------------------------------------------------------------------


def test_access_log_format_has_no_client_address() -> None:
    assert "%a" not in ACCESS_LOG_FORMAT
    assert "%{" not in ACCESS_LOG_FORMAT, "no headers (User-Agent, Referer, X-Forwarded-For)"


def serve_options(app: App) -> dict[str, Any]:
    """The access-log options ``igubot serve`` (bot.face.listen.serve) gives aiohttp."""
    return {k: v for k, v in server_options(app.settings).items() if k.startswith("access_log")}


@pytest.mark.parametrize("source", ["channel", "serve"])
async def test_access_log_lines_carry_no_client_address(
    app: App, caplog: pytest.LogCaptureFixture, source: str
) -> None:
    channel: dict[str, Any] = {"access_log_format": ACCESS_LOG_FORMAT}
    options = serve_options(app) if source == "serve" else channel
    runner = web.AppRunner(make_web_app(app.runner, app.settings), **options)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        with caplog.at_level(logging.INFO, logger="aiohttp.access"):
            async with ClientSession() as session:
                headers = {"X-Forwarded-For": "198.51.100.77", "User-Agent": "probe/1"}
                async with session.post(
                    f"http://127.0.0.1:{port}{CHAT}", json={"session": None}, headers=headers
                ) as resp:
                    assert resp.status == 200
    finally:
        await runner.cleanup()
    lines = [r.getMessage() for r in caplog.records if r.name == "aiohttp.access"]
    assert lines, "the access log is on"
    for line in lines:
        assert "127.0.0.1" not in line
        assert "198.51.100.77" not in line
        assert "probe/1" not in line


# -- the page and the widget --------------------------------------------------------------------


async def test_first_load_is_within_the_gzip_budget(client: Client) -> None:
    sizes = {}
    for path in ("/", "/static/chat.js", "/static/chat.css"):
        resp = await client.get(path, headers={"Accept-Encoding": "identity"})
        assert resp.status == 200
        sizes[path] = len(gzip.compress(await resp.read(), compresslevel=6))
    total = sum(sizes.values())
    assert total <= FIRST_LOAD_BUDGET, sizes


async def test_static_files_are_compressed_and_revalidated(client: Client) -> None:
    resp = await client.get("/static/chat.js", headers={"Accept-Encoding": "gzip"})
    assert resp.status == 200
    assert resp.headers["Content-Encoding"] == "gzip"
    assert "function" in await resp.text()
    etag = resp.headers["ETag"]
    again = await client.get("/static/chat.js", headers={"If-None-Match": etag})
    assert again.status == 304
    assert await again.read() == b""


async def test_widget_script_is_served_to_other_sites(client: Client) -> None:
    resp = await client.get("/widget.js")
    assert resp.status == 200
    assert resp.content_type == "text/javascript"
    assert resp.headers["Cross-Origin-Resource-Policy"] == "cross-origin"
    text = await resp.text()
    assert "embed" in text
    assert "innerHTML" not in text


async def test_index_embed_mode_and_page_language(client: Client) -> None:
    html = await (await client.get("/?embed=1&lang=da")).text()
    assert re.search(r'<html lang="da" dir="ltr" class="embed">', html)
    html = await (await client.get("/", headers={"Accept-Language": "da-DK,da;q=0.9"})).text()
    assert '<html lang="da" dir="ltr" class="page">' in html
    html = await (await client.get("/?lang=%22%3E%3Cscript%3E")).text()
    assert '<html lang="en" dir="ltr" class="page">' in html, "unknown ?lang= is ignored"
    assert "<script>" not in html


async def test_index_page_language_sets_rtl(client: Client) -> None:
    html = await (await client.get("/?embed=1&lang=ar")).text()
    assert '<html lang="ar" dir="rtl" class="embed">' in html


async def test_index_carries_the_page_texts(client: Client) -> None:
    html = await (await client.get("/")).text()
    match = re.search(r'data-ui="([^"]*)"', html)
    assert match
    texts = json.loads(match.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert texts["en"]["send"] == "Send"
    assert texts["en"]["retry"] == "Try again"
    assert '<label for="text"' in html


# -- colour contrast (axe skips Arabic-script text, so the CSS pairs are checked here) ---------

# (text or foreground variable, background variable, minimum ratio)
CONTRAST_PAIRS = [
    ("--fg", "--bg", 4.5),  # page text
    ("--fg", "--bot-bg", 4.5),  # bot messages
    ("--me-fg", "--me-bg", 4.5),  # the person's messages
    ("--accent", "--choice-bg", 4.5),  # buttons
    ("--accent", "--choice-hover", 4.5),  # buttons under the pointer
    ("--accent", "--bot-bg", 3.0),  # button borders on the message
    ("--accent-fg", "--accent", 4.5),  # send and retry
    ("--error-fg", "--error-bg", 4.5),  # the failure notice
    ("--fg", "--quiet-bg", 4.5),  # the text field when buttons are expected
    ("--muted", "--bot-bg", 3.0),  # typing dots (not text)
    ("--line", "--bg", 3.0),  # field borders (not text)
    ("--focus", "--bg", 3.0),  # the focus ring
    ("--focus", "--bot-bg", 3.0),
]


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rgb`` or ``#rrggbb``."""
    hex_ = colour.lstrip("#")
    if len(hex_) == 3:
        hex_ = "".join(c * 2 for c in hex_)
    channels = [int(hex_[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def css_variables() -> dict[str, str]:
    """The colour variables of chat.css's ``:root``."""
    css = (STATIC / "chat.css").read_text(encoding="utf-8")
    root = re.search(r":root\s*\{([^}]*)\}", css)
    assert root
    return dict(re.findall(r"(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{3,6})\s*;", root.group(1)))


def test_contrast_ratio_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("fg", "bg", "minimum"), CONTRAST_PAIRS)
def test_contrast_of_css_colour_pairs(fg: str, bg: str, minimum: float) -> None:
    colours = css_variables()
    ratio = contrast(colours[fg], colours[bg])
    assert ratio >= minimum, f"{fg} on {bg}: {ratio:.2f} < {minimum}"


def test_contrast_every_colour_in_the_css_is_a_checked_variable() -> None:
    css = (STATIC / "chat.css").read_text(encoding="utf-8")
    body = re.sub(r":root\s*\{[^}]*\}", "", css)
    assert not re.findall(r"#[0-9a-fA-F]{3,6}\b", body), "colours only through :root variables"
    checked = {name for pair in CONTRAST_PAIRS for name in pair[:2]}
    used = set(re.findall(r"var\((--[\w-]+)\)", body))
    assert used <= checked, f"unchecked colours: {sorted(used - checked)}"


def test_contrast_of_the_widget_button() -> None:
    widget = (STATIC / "widget.js").read_text(encoding="utf-8")
    background = re.search(r'background: "(#[0-9a-f]{6})"', widget)
    colour = re.search(r'color: "(#[0-9a-f]{6})"', widget)
    assert background
    assert colour
    assert contrast(colour.group(1), background.group(1)) >= 4.5


# -- settings -----------------------------------------------------------------------------------


def test_settings_read_lists_from_the_environment() -> None:
    env = {
        "IGUBOT_CORS_ORIGINS": "https://a.example, https://b.example:8443/",
        "IGUBOT_FRAME_ANCESTORS": "https://*.kommune.dk",
        "IGUBOT_CHAT_RATE_PER_IP": "60",
        "IGUBOT_CHAT_RATE_PER_SESSION": "0",
        "IGUBOT_TRUST_PROXY": "true",
    }
    s = Settings.load(None, env)
    assert s.cors_origins == ("https://a.example", "https://b.example:8443")
    assert s.frame_ancestors == ("https://*.kommune.dk",)
    assert (s.chat_rate_per_ip, s.chat_rate_per_session, s.trust_proxy) == (60, 0, 1)


def test_settings_defaults_are_same_origin_and_limited() -> None:
    s = Settings.load(None, {})
    assert s.cors_origins == ()
    assert s.frame_ancestors == ()
    assert (s.chat_rate_per_ip, s.chat_rate_per_session, s.trust_proxy) == (600, 30, 0)


def test_settings_read_lists_from_toml(tmp_path: Path) -> None:
    config = tmp_path / "igubot.toml"
    config.write_text(
        '[igubot]\ncors_origins = ["https://a.example"]\nchat_rate_per_ip = 10\n',
        encoding="utf-8",
    )
    s = Settings.load(config, {})
    assert s.cors_origins == ("https://a.example",)
    assert s.chat_rate_per_ip == 10


@pytest.mark.parametrize(
    ("env", "value"),
    [
        pytest.param("IGUBOT_CORS_ORIGINS", "*", id="cors-wildcard"),
        pytest.param("IGUBOT_CORS_ORIGINS", "https://a.example/path", id="cors-path"),
        pytest.param("IGUBOT_CORS_ORIGINS", "a.example", id="cors-no-scheme"),
        pytest.param(
            "IGUBOT_FRAME_ANCESTORS", "https://a.example; script-src *", id="csp-injection"
        ),
        pytest.param("IGUBOT_CHAT_RATE_PER_IP", "-1", id="negative-rate"),
        pytest.param("IGUBOT_TRUST_PROXY", "maybe", id="trust-proxy-word"),
    ],
)
def test_settings_reject_bad_values(env: str, value: str) -> None:
    with pytest.raises(ConfigError):
        Settings.load(None, {env: value})


# -- the OpenAPI document -----------------------------------------------------------------------


async def test_openapi_documents_the_hardening_answers(client: Client) -> None:
    doc = await (await client.get("/api/v1/openapi.json")).json()
    post = doc["paths"][CHAT]["post"]
    assert {"200", "400", "413", "415", "429"} <= set(post["responses"])
    assert "Retry-After" in post["responses"]["429"]["headers"]
    assert "options" in doc["paths"][CHAT]
