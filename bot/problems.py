"""A located problem in a content file, as ``igubot check`` reports it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.errors import ContentError

Level = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One finding: ``path:line:col: level: message`` (1-based line and column)."""

    path: str
    line: int
    col: int
    level: Level
    message: str

    def render(self) -> str:
        """The one-line form editors and CI logs link to."""
        return f"{self.path}:{self.line}:{self.col}: {self.level}: {self.message}"

    def as_dict(self) -> dict[str, str | int]:
        """A JSON-ready mapping."""
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "level": self.level,
            "message": self.message,
        }

    @classmethod
    def from_error(cls, err: ContentError, level: Level = "error") -> Problem:
        """Turn a raised :class:`ContentError` into a problem."""
        message = err.message
        for prefix in ("error: ", "warning: "):
            if message.startswith(prefix):
                level = "error" if prefix == "error: " else "warning"
                message = message.removeprefix(prefix)
        return cls(err.path, err.line, err.col, level, message)
