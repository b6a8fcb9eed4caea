"""The content checker: what is wrong *across* flows, locales and facts, as located problems.

Read-only: it takes a :class:`~bot.content.Content` and returns problems; it never changes it.
What is wrong inside one file was reported when it was read (:mod:`bot.content`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.check.cache import FOLDER, content_key
from bot.check.direction import check_direction
from bot.check.freshness import check_freshness
from bot.check.messages import check_engine_messages, check_locales
from bot.check.review import check_review
from bot.check.steps import check_steps
from bot.check.targets import (
    StepGraph,
    check_loops,
    check_reachability,
    check_required,
    check_targets,
)
from bot.check.topics import check_topics
from bot.check.turns import check_turns
from bot.check.variables import check_names, check_set_in_time
from bot.content import Content
from bot.kernel.problems import Problem
from bot.understand.checkcache import CheckCache

__all__ = ["check_content"]


def check_content(
    content: Content,
    today: dt.date | None = None,
    *,
    cache_dir: Path | None = None,
    lints: bool = True,
) -> list[Problem]:
    """Every cross-file problem of ``content``, in the order the checks run.

    :param today: the date freshness is judged on (default: today).
    :param cache_dir: a folder for caches (the checks' results by a key of their content, code
        and libraries, :mod:`bot.check.cache`; the examples'); ``None``: no cache.
    :param lints: also run the slow checks that can only warn (examples the matcher would
        send elsewhere). ``igubot check`` runs them; a server starting or reloading, which refuses
        only errors, does not.
    """
    store = CheckCache(cache_dir / FOLDER, "check") if cache_dir is not None else None
    key = content_key(content) if store is not None else None
    found = store.get(key) if store is not None and key is not None else None
    if found is None:
        found = _check(content)
        if store is not None and key is not None:
            store.put(key, found)
    return [
        *found,
        *check_topics(content, cache_dir, lints=lints),
        *check_freshness(content, today or dt.date.today()),
    ]


def _check(content: Content) -> list[Problem]:
    """The checks whose result depends on the content's files alone (cached by
    :func:`check_content`)."""
    graph = StepGraph.of(content)
    return [
        *check_required(content),
        *check_engine_messages(content),
        *check_targets(content),
        *check_reachability(content, graph),
        *check_loops(content, graph),
        *check_steps(content),
        *check_names(content),
        *check_set_in_time(content, graph),
        *check_locales(content),
        *check_turns(content),
        *check_review(content),
        *check_direction(content),
    ]
