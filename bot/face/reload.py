"""Hot reload: re-check content on SIGHUP or a file change; swap it in only when it is clean."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.check.load import load_content
from bot.face.app import App
from bot.kernel.problems import Problem

logger = logging.getLogger(__name__)


def content_files(root: Path) -> Iterator[Path]:
    """Every file whose change means new content."""
    yield root / "facts.yaml"
    yield from sorted((root / "flows").glob("*.yaml"))
    yield from sorted((root / "locales").glob("*/*.ftl"))


def fingerprint(root: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, size and modification time of every content file (cheap to compare)."""
    found = []
    for path in content_files(root):
        try:
            stat = path.stat()
        except OSError:
            continue
        found.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(found)


@dataclass
class Reloader:
    """Loads content again and swaps it in on the engine's worker thread when it is clean.

    :param app: the running app; its engine keeps the last good content on errors.
    """

    app: App
    #: The errors of the last attempt that was refused (empty after a clean reload).
    last_errors: list[Problem] = field(default_factory=list)
    #: How many reloads were attempted (for /metrics and for tests to wait on).
    attempts: int = 0
    _seen: tuple[tuple[str, int, int], ...] = ()
    _attempted: asyncio.Condition | None = None

    def __post_init__(self) -> None:
        self._seen = fingerprint(self.app.settings.content_dir)

    async def reload(self) -> bool:
        """Check the content on disk; serve it from the next turn on if it has no error."""
        try:
            return await self._reload()
        finally:
            self.attempts += 1
            async with self._condition():
                self._condition().notify_all()

    def _condition(self) -> asyncio.Condition:
        if self._attempted is None:
            self._attempted = asyncio.Condition()
        return self._attempted

    async def wait_for_attempts(self, count: int) -> None:
        """Wait until at least ``count`` reloads were attempted."""
        async with self._condition():
            await self._condition().wait_for(lambda: self.attempts >= count)

    async def _reload(self) -> bool:
        root, cache = self.app.settings.content_dir, self.app.settings.cache_dir
        self._seen = fingerprint(root)
        loop = asyncio.get_running_loop()
        content, problems = await loop.run_in_executor(
            None, lambda: load_content(root, cache_dir=cache, lints=False)
        )
        errors = [p for p in problems if p.level == "error"]
        if errors:
            self.last_errors = errors
            self.app.content_errors[:] = errors
            for p in errors:
                logger.error("reload refused: %s", p.render())
            logger.error(
                "reload refused: %d error(s); the last good content keeps serving", len(errors)
            )
            return False
        await loop.run_in_executor(None, lambda: content.matcher)  # built before it serves
        # Swap on the worker thread, between two turns: a turn never sees two content sets.
        await self.app.runner.call(self.app.engine.use, content)
        self.last_errors = []
        self.app.content_errors.clear()
        logger.info(
            "content reloaded: %d flows, %d locales",
            len(content.flows),
            len(content.catalog.locales),
        )
        return True

    async def check_once(self) -> bool | None:
        """Reload if a content file changed since the last look; None when nothing changed."""
        if fingerprint(self.app.settings.content_dir) == self._seen:
            return None
        return await self.reload()

    async def watch(self, interval: float = 2.0) -> None:
        """Poll the content files every ``interval`` seconds (until cancelled)."""
        while True:
            await asyncio.sleep(interval)
            await self.check_once()
