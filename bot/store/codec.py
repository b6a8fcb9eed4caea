"""JSON columns of the store: the one pair of helpers that write and read them."""

from __future__ import annotations

import json
from typing import Any

from bot.kernel.errors import StoreError


def dumps(value: object, what: str) -> str:
    """JSON text of ``value`` for a column (UTF-8 characters kept, not ``\\u``-escaped).

    :param value: what to store.
    :param what: names the value in the error, e.g. ``"session vars"``.
    :return: the JSON text.
    :raises StoreError: if it is not JSON-serialisable.
    """
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        msg = f"{what} is not JSON-serialisable: {exc}"
        raise StoreError(msg) from exc


def loads(text: str, column: str) -> Any:
    """The value of a JSON column.

    :param text: the column's text.
    :param column: ``table.column``, named in the error.
    :return: the decoded value.
    :raises StoreError: if the column holds invalid JSON.
    """
    try:
        return json.loads(text)
    except ValueError as exc:
        msg = f"column {column} holds invalid JSON: {exc}"
        raise StoreError(msg) from exc
