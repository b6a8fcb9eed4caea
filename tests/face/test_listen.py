"""``igubot serve``'s loop (:func:`bot.face.listen.serve`): work that waits until it listens.

A real socket on 127.0.0.1: the hook tries to bind the server's port, which fails while the
server holds it.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from pathlib import Path

from aiohttp import web

from bot.face.listen import WHEN_LISTENING, serve
from bot.kernel.config import Settings
from tests.support.staff import free_port

GUARD = 15  # seconds after which the test fails instead of hanging


async def test_serve_runs_its_listening_hooks_once_it_holds_its_port(
    tmp_path: Path,
) -> None:
    port = free_port()
    settings = Settings.load(None, {}, data_dir=tmp_path, host="127.0.0.1", port=port)
    taken: list[bool] = []
    called = asyncio.Event()

    def hook() -> None:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                taken.append(True)
            else:
                taken.append(False)
        called.set()

    web_app = web.Application()
    web_app[WHEN_LISTENING] = [hook]
    serving = asyncio.create_task(serve(web_app, settings))
    try:
        async with asyncio.timeout(GUARD):
            await called.wait()
    finally:
        serving.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await serving

    assert taken == [True]
