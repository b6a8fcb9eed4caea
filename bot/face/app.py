"""The composition root: the one place that builds content, store and engine."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from bot.check.load import load_content
from bot.content import Content
from bot.engine import AsyncEngine, Engine
from bot.engine.campaigns import Campaigns
from bot.kernel.config import Settings
from bot.kernel.errors import ContentError
from bot.kernel.problems import Problem
from bot.store import Store

logger = logging.getLogger(__name__)

#: Content warnings logged one by one when a server or chat starts; the rest are counted (the
#: content author's place for them is ``igubot check``, not the first screen of ``igubot chat``).
SHOWN_WARNINGS = 3


class ContentInvalidError(ContentError):
    """The content has errors; the bot refuses to serve it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(p.render() for p in problems)
        super().__init__(f"the content has {len(problems)} error(s):\n{lines}")


def load_checked_content(settings: Settings, *, strict: bool = False) -> Content:
    """Load flows, locales and facts; refuse to go on if any has an error.

    The checks that can only warn and take long (examples the matcher would send elsewhere) are
    left to ``igubot check``: they would not stop a server, and the matcher they build is built
    beside it instead (:func:`bot.face.server.build_server`).
    """
    content, problems = load_content(
        settings.content_dir, strict=strict, cache_dir=settings.cache_dir, lints=False
    )
    errors = [p for p in problems if p.level == "error"]
    if errors:
        raise ContentInvalidError(errors)
    for p in problems[:SHOWN_WARNINGS]:
        logger.warning("content: %s", p.render())
    if len(problems) > SHOWN_WARNINGS:
        logger.warning(
            "content: %d more warning(s); `igubot check` lists them all",
            len(problems) - SHOWN_WARNINGS,
        )
    return content


@dataclass
class App:
    """Everything a running bot needs, built once.

    The content being served lives in one place, the engine (:attr:`content` reads it there);
    a reload swaps it on the engine's worker thread between two turns.
    """

    settings: Settings
    store: Store
    engine: Engine
    runner: AsyncEngine
    #: Errors of the last content reload that was refused (the last good content serves on);
    #: empty after a clean one. Shown on the staff pages.
    content_errors: list[Problem] = field(default_factory=list)

    @property
    def content(self) -> Content:
        """The content being served now."""
        return self.engine.content

    def close(self) -> None:
        """Stop the worker and close the database."""
        self.runner.close()
        self.store.close()


def operator_variables(settings: Settings) -> dict[str, str]:
    """What the operator configured for messages to show: ``[privacy]`` controller and contact."""
    return {
        "controller": settings.privacy_controller,
        "controller_contact": settings.privacy_contact,
    }


def build_app(settings: Settings, *, content: Content | None = None) -> App:
    """Build content, store and engine from ``settings``.

    :param content: content loaded and checked already (tests share one parse); default: load
        and check ``settings.content_dir``.
    :raises ContentInvalidError: when the content does not check clean.
    """
    content = content or load_checked_content(settings)
    store = Store(settings.database)
    engine = Engine(
        content,
        store,
        campaigns=Campaigns(settings.campaigns),
        operator=operator_variables(settings),
    )
    return App(settings, store, engine, AsyncEngine(engine))
