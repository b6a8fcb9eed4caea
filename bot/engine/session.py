"""The mutable working copy of one conversation during a turn."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.store import SessionRecord


@dataclass
class Session:
    """Where a person is (flow, step), what they answered, and in which language."""

    key: str
    created: str
    lang: str | None = None
    flow: str = ""
    step: str = ""
    flow_version: int = 0
    vars: dict[str, Any] = field(default_factory=dict)
    history: list[tuple[str, str]] = field(default_factory=list)
    attempts: int = 0
    waiting: bool = False
    campaign: str | None = None
    forgotten: bool = False

    @classmethod
    def from_record(cls, rec: SessionRecord) -> Session:
        """Rebuild from the stored row."""
        return cls(
            key=rec.key,
            created=rec.created,
            lang=rec.lang,
            flow=rec.flow,
            step=rec.step,
            flow_version=rec.flow_version,
            vars=dict(rec.vars),
            history=[(f, s) for f, s in rec.history],
            attempts=rec.attempts,
            waiting=rec.waiting,
            campaign=rec.campaign,
        )

    def to_record(self, updated: str) -> SessionRecord:
        """The row to store."""
        return SessionRecord(
            key=self.key,
            lang=self.lang,
            flow=self.flow,
            step=self.step,
            flow_version=self.flow_version,
            vars=dict(self.vars),
            history=tuple(self.history[-20:]),
            attempts=self.attempts,
            waiting=self.waiting,
            campaign=self.campaign,
            created=self.created,
            updated=updated,
        )

    def public_vars(self) -> dict[str, Any]:
        """Answers and set variables, without the engine's own ``_`` keys."""
        return {k: v for k, v in self.vars.items() if not k.startswith("_")}
