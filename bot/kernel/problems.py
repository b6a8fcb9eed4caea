"""A located problem in a content file, as ``igubot check`` reports it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from bot.kernel.errors import ContentError

Level = Literal["error", "warning"]


def display_path(path: Path) -> str:
    """``path`` relative to the current directory when it lies below it, else as given."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a character offset into ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


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
