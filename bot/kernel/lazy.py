"""Lazy package exports (PEP 562): a package names what it offers, modules load on first use.

``import bot.flows.conditions`` then does not import the whole engine, its store and SQLite
library: ``igubot check`` starts faster (P3, docs/performance.md).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, exports: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package`` that imports ``exports[name]`` when asked.

    :param package: the package's ``__name__``.
    :param exports: each exported name and the module (absolute) that defines it.
    :return: the function to assign to the package's ``__getattr__``.
    """

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            msg = f"module {package!r} has no attribute {name!r}"
            raise AttributeError(msg)
        return getattr(importlib.import_module(module), name)

    return __getattr__
