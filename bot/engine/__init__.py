"""The transport-free core: sessions, steps, conditions, input validation, actions."""

from bot.engine.engine import GLOBAL_WORDS, Engine
from bot.engine.runner import AsyncEngine
from bot.engine.types import Choice, Inbound, InputSpec, Message, Reply, TurnResult

__all__ = [
    "GLOBAL_WORDS",
    "AsyncEngine",
    "Choice",
    "Engine",
    "Inbound",
    "InputSpec",
    "Message",
    "Reply",
    "TurnResult",
]
