"""The server against slow and greedy clients, and who may read ``/metrics`` (issue 17, second
round, items 3 and 15).

Real sockets on loopback: the whole server (``build_server``) runs in the runner ``igubot serve``
uses (:class:`bot.face.listen.CappedRunner` with :func:`bot.face.listen.server_options`), with
short configured timeouts; a test waits for the server to close its socket, never for a time.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient

from bot.content import Content
from bot.face.app import App, build_app
from bot.face.listen import CappedRunner, CappedServer, connection_cap, server_options
from bot.face.server import build_server
from bot.kernel.config import Settings
from tests.support.tree import ROOT

CAP = 4
TIMEOUT = 0.5  # seconds: the configured read timeout of these servers
GUARD = 15  # seconds after which a test fails instead of hanging


def make_app(tmp_path: Path, content: Content, **settings: Any) -> App:
    return build_app(
        Settings.load(None, {}, data_dir=tmp_path, content_dir=ROOT, **settings), content=content
    )


@dataclass
class Served:
    runner: CappedRunner
    port: int

    @property
    def server(self) -> CappedServer:
        server = self.runner.server
        assert isinstance(server, CappedServer)
        return server

    async def connect(
        self, source: str = "127.0.0.1"
    ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        return await asyncio.open_connection("127.0.0.1", self.port, local_addr=(source, 0))


@pytest.fixture
def app(tmp_path: Path, tree_content: Content) -> Iterator[App]:
    built = make_app(tmp_path, tree_content, read_timeout=TIMEOUT, max_connections_per_address=CAP)
    yield built
    built.close()


@pytest.fixture
async def served(app: App) -> AsyncIterator[Served]:
    runner = CappedRunner(
        build_server(app, watch_interval=None),
        cap=connection_cap(app.settings),
        **server_options(app.settings),
    )
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield Served(runner, runner.addresses[0][1])
    finally:
        await runner.cleanup()


async def until_closed(reader: asyncio.StreamReader) -> bytes:
    """Everything the server sends until it closes the connection."""
    async with asyncio.timeout(GUARD):
        return await reader.read()


async def healthz(s: Served, source: str = "127.0.0.1") -> bytes:
    reader, writer = await s.connect(source)
    writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    answer = await until_closed(reader)
    writer.close()
    return answer


# -- 3. slow clients are cut off ------------------------------------------------------------------


async def test_server_closes_a_connection_whose_headers_come_too_slowly(served: Served) -> None:
    reader, writer = await served.connect()
    writer.write(b"POST /staff/login HTTP/1.1\r\nHost: x\r\nContent-Le")  # and then nothing
    assert await until_closed(reader) == b""
    writer.close()


@pytest.mark.parametrize(
    ("path", "content_type", "answer_type", "says"),
    [
        # A person in a browser gets a page in the staff language (Danish by default) ...
        (
            "/staff/login",
            "application/x-www-form-urlencoded",
            b"text/html",
            b"Formularen kom ikke frem i tide",
        ),
        # ... the chat API its JSON error.
        ("/api/v1/chat", "application/json", b"application/json", b'"code": "http_error"'),
    ],
)
@pytest.mark.slow
async def test_server_answers_408_to_a_body_that_comes_too_slowly(
    served: Served, path: str, content_type: str, answer_type: bytes, says: bytes
) -> None:
    reader, writer = await served.connect()
    writer.write(
        f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\n"
        "Content-Length: 100\r\n\r\ncsrf=".encode()
    )
    answer = await until_closed(reader)
    writer.close()
    assert answer.startswith(b"HTTP/1.1 408 "), answer[:80]
    head, _sep, body = answer.partition(b"\r\n\r\n")
    assert b"Content-Type: " + answer_type in head
    assert b"Connection: close" in head
    assert says in body, body[:300]


async def test_server_caps_connections_per_address_and_health_stays_answered(
    served: Served,
) -> None:
    slow = [await served.connect() for _ in range(CAP)]
    for reader, writer in slow:  # one whole request (so the server has them), then a slow one
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        head = await reader.readuntil(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 200 ")
        length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
        await reader.readexactly(length)
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # never finished
    assert served.server.open_from("127.0.0.1") == CAP

    extra_reader, extra_writer = await served.connect()
    assert await until_closed(extra_reader) == b"", "one connection over the cap is closed"
    extra_writer.close()
    assert (await healthz(served, "127.0.0.2")).startswith(b"HTTP/1.1 200 "), (
        "another address is served while the first one is at its cap"
    )

    for reader, writer in slow:  # the header timeout frees them
        assert await until_closed(reader) == b""
        writer.close()
    assert served.server.open_from("127.0.0.1") == 0
    assert (await healthz(served)).startswith(b"HTTP/1.1 200 ")


def test_server_counts_no_connections_behind_our_proxy() -> None:
    assert connection_cap(Settings.load(None, {})) == 200
    assert connection_cap(Settings.load(None, {"IGUBOT_TRUST_PROXY": "1"})) == 0


def test_server_options_set_the_header_timeout() -> None:
    options = server_options(Settings.load(None, {"IGUBOT_READ_TIMEOUT": "7"}))
    assert options["keepalive_timeout"] == options["lingering_time"] == 7


# -- 15. /metrics is for the server's own monitoring ---------------------------------------------


Client = TestClient[web.Request, web.Application]


async def metrics_client(aiohttp_client: AiohttpClient, app: App) -> Client:
    return await aiohttp_client(build_server(app, watch_interval=None))


@pytest.mark.parametrize(
    ("settings", "headers", "status"),
    [
        ({}, {}, 200),  # loopback, no proxy
        ({}, {"X-Forwarded-For": "203.0.113.9"}, 403),  # through a proxy we were not told of
        ({}, {"Forwarded": "for=203.0.113.9"}, 403),
        ({"trust_proxy": 1}, {"X-Forwarded-For": "203.0.113.9"}, 403),  # a client out there
        ({"trust_proxy": 1}, {"X-Forwarded-For": "203.0.113.9, 127.0.0.1"}, 200),
        ({"metrics_token": "s3cret-metrics"}, {}, 403),
        ({"metrics_token": "s3cret-metrics"}, {"Authorization": "Bearer wrong"}, 403),
        ({"metrics_token": "s3cret-metrics"}, {"Authorization": "Bearer s3cret-metrics"}, 200),
        (
            {"metrics_token": "s3cret-metrics", "trust_proxy": 1},
            {"Authorization": "Bearer s3cret-metrics", "X-Forwarded-For": "203.0.113.9"},
            200,
        ),
    ],
)
async def test_metrics_only_for_loopback_or_the_configured_token(
    aiohttp_client: AiohttpClient,
    tmp_path: Path,
    tree_content: Content,
    settings: dict[str, Any],
    headers: dict[str, str],
    status: int,
) -> None:
    app = make_app(tmp_path, tree_content, **settings)
    try:
        client = await metrics_client(aiohttp_client, app)
        resp = await client.get("/metrics", headers=headers)
        assert resp.status == status
        text = await resp.text()
        if status == 200:
            assert "igubot_turns_total" in text
        else:
            assert resp.content_type == "application/json"
            assert "igubot_" not in text
            assert resp.headers["X-Content-Type-Options"] == "nosniff"
    finally:
        app.close()
