"""The transport-free core: sessions, steps, conditions, input validation, actions.

The names below load on first use (:func:`bot.kernel.lazy.lazy_exports`), so importing one
small module of the engine (callbacks, words) does not import all of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.kernel.lazy import lazy_exports

if TYPE_CHECKING:
    from bot.engine.engine import Engine
    from bot.engine.runner import AsyncEngine
    from bot.engine.types import (
        Choice,
        Health,
        Inbound,
        InputSpec,
        Message,
        Reply,
        TurnResult,
    )
    from bot.engine.words import GLOBAL_WORDS

__all__ = [
    "GLOBAL_WORDS",
    "AsyncEngine",
    "Choice",
    "Engine",
    "Health",
    "Inbound",
    "InputSpec",
    "Message",
    "Reply",
    "TurnResult",
]

__getattr__ = lazy_exports(
    __name__,
    {
        "GLOBAL_WORDS": "bot.engine.words",
        "Engine": "bot.engine.engine",
        "AsyncEngine": "bot.engine.runner",
        **dict.fromkeys(
            ("Choice", "Health", "Inbound", "InputSpec", "Message", "Reply", "TurnResult"),
            "bot.engine.types",
        ),
    },
)
