"""What a channel may ask of the rest of the bot: the ports the composition root hands it.

A channel translates a transport's events into :class:`~bot.engine.types.Inbound` and replies
back. It never holds the application object, the store or the staff side: it talks to these
small protocols, which :mod:`bot.face.app` fills in (docs/architecture.md).
"""

from __future__ import annotations

from typing import Protocol

from bot.engine.types import Health, Inbound, TurnResult
from bot.i18n import Catalog

__all__ = ["Conversations", "NoticeAnswers"]


class Conversations(Protocol):
    """The conversations of learners: run a turn, read the catalog being served."""

    async def handle(self, inbound: Inbound) -> TurnResult:
        """Run one turn (in order per person); return once it is stored."""

    async def known(self, user_key: str) -> bool:
        """Whether a conversation with this key is stored."""

    @property
    def catalog(self) -> Catalog:
        """The catalog of the content being served now (a reload swaps it)."""

    async def health(self) -> Health:
        """Whether the database takes a write and content is loaded."""


class NoticeAnswers(Protocol):
    """Answers to buttons of notices the staff side sent (a follow-up check-in)."""

    def owns(self, value: str | None) -> bool:
        """Whether a pressed button's value belongs to a notice (not to the conversation)."""

    async def answer(self, user_key: str, value: str, dedupe_id: int | None) -> str | None:
        """Record the press; the text to thank the person with, or ``None`` when ignored."""
