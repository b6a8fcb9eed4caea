"""A real deployment's configuration for tests, and the fake Bot API for synchronous code."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.kernel.config import Settings
from tests.support.fake_bot_api import TOKEN, FakeBotAPI
from tests.support.tree import ROOT

#: Who is responsible for the data: a deployment names it (docs/configuration.md, [privacy]).
PRIVACY = {
    "IGUBOT_PRIVACY_CONTROLLER": "Aarhus Kommune, Jobcenter Aarhus",
    "IGUBOT_PRIVACY_CONTACT": "igu@aarhus.example",
}
#: A ``[staff]`` table with every piece of a real deployment except the Telegram token and the
#: privacy controller (:data:`PRIVACY`, in the environment).
READY = """
[staff]
base_url = "https://igu.aarhus.dk"
mail_from = "igubot <igu@aarhus.dk>"
default_emails = ["igu@aarhus.dk"]
"""


@contextmanager
def fake_bot_api(token: str = TOKEN) -> Iterator[FakeBotAPI]:
    """The fake Bot API on 127.0.0.1, on its own event loop in a thread (for synchronous code)."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    fake = FakeBotAPI(token=token)
    try:
        asyncio.run_coroutine_threadsafe(fake.__aenter__(), loop).result(timeout=30)
        yield fake
    finally:
        asyncio.run_coroutine_threadsafe(fake.__aexit__(None, None, None), loop).result(30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=30)
        loop.close()


def settings_for(
    tmp_path: Path, config: str | None = None, *, cache_dir: Path | None = None, **env: str
) -> Settings:
    """Settings over an empty data folder and the tree's content, with an optional config file;
    with no cache unless ``cache_dir`` is given (the session's: ``shared_cache``)."""
    base = {"IGUBOT_DATA_DIR": str(tmp_path / "data"), "IGUBOT_CONTENT_DIR": str(ROOT)}
    if cache_dir is not None:
        base["IGUBOT_CACHE_DIR"] = str(cache_dir)
    path = None
    if config is not None:
        path = tmp_path / "igubot.toml"
        path.write_text(config, encoding="utf-8")
    return Settings.load(path, {**base, **env})
