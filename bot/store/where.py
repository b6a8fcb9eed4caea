"""A small, safe builder of WHERE clauses: conditions are constants, values are parameters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import LiteralString, Self


class Where:
    """Conditions joined by ``AND``, each with its values bound as ``?`` parameters.

    A condition is SQL text written in the store's own modules (typed ``LiteralString``: never
    text that came from input); it is put in parentheses, so an ``OR`` inside one cannot leak
    into the others. A value is never part of the SQL text.

    >>> w = Where("flow != 'health'").optional("lang = ?", "da").optional("campaign = ?", None)
    >>> w.clause, w.params
    (" WHERE (flow != 'health') AND (lang = ?)", ['da'])
    """

    __slots__ = ("_terms", "params")

    def __init__(self, condition: LiteralString | None = None, *params: object) -> None:
        self._terms: list[str] = []
        #: The values of the ``?`` in :attr:`text`, in order.
        self.params: list[object] = []
        if condition is not None:
            self.add(condition, *params)

    def add(self, condition: LiteralString, *params: object) -> Self:
        """Require ``condition``, with one value per ``?`` in it.

        :raises ValueError: if the number of values does not match the ``?`` (a programming
            error, caught before SQLite sees the statement).
        """
        if condition.count("?") != len(params):
            msg = f"{condition!r} has {condition.count('?')} placeholders, given {len(params)}"
            raise ValueError(msg)
        self._terms.append(f"({condition})")
        self.params.extend(params)
        return self

    def optional(self, condition: LiteralString, value: object | None) -> Self:
        """Require ``condition`` (one ``?``) unless ``value`` is ``None`` (an open filter)."""
        return self if value is None else self.add(condition, value)

    def among(self, column: LiteralString, values: Sequence[object]) -> Self:
        """Require ``column IN (?, ...)``, one ``?`` per value (none matches no row)."""
        return self.add(f"{column} IN ({placeholders(values)})", *values)

    @property
    def text(self) -> str | None:
        """The conditions without the keyword, or ``None`` when there are none (the form
        sqlite-utils' ``rows_where(where=...)`` takes)."""
        return " AND ".join(self._terms) if self._terms else None

    @property
    def clause(self) -> str:
        """``" WHERE ..."`` to append to a statement, or ``""`` when there are no conditions."""
        return f" WHERE {' AND '.join(self._terms)}" if self._terms else ""


def placeholders(values: Sequence[object]) -> LiteralString:
    """``?, ?, ?`` for ``values`` (``NULL`` for none: ``IN ()`` is a syntax error in SQLite)."""
    return ", ".join("?" for _ in values) or "NULL"
