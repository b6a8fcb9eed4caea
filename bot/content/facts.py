"""The facts file: every number and date the bot states about IGU, with source and check date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from bot.flows.loader import (
    bad_scalar,
    compose_and_load,
    duplicate_keys,
    key_position,
    locate_validation_error,
    read_text,
)
from bot.i18n.localformat import Money
from bot.kernel.problems import Problem, display_path

FactName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
FactValue = int | dt.date | str


class _FactModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    value: FactValue
    #: An amount of money: the ISO 4217 code of its currency (``DKK``).
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] | None = None
    source: str = Field(min_length=8)
    checked: dt.date
    status: Literal["confirmed", "unconfirmed"] = "confirmed"
    review_days: int | None = Field(default=None, ge=1)
    note: str | None = None


class _FactsFileModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    review_days: int = Field(default=365, ge=1)
    facts: dict[FactName, _FactModel]


@dataclass(frozen=True)
class Fact:
    """One fact with where it came from and when it was last checked."""

    name: str
    value: FactValue
    source: str
    checked: dt.date
    status: str
    review_days: int
    line: int
    #: The ISO 4217 currency code when the value is an amount of money.
    currency: str | None = None

    def variable(self) -> object:
        """The value as messages get it: an amount of money as :class:`Money` (each language
        writes it with its own currency word), anything else as it is."""
        if self.currency is not None and isinstance(self.value, int):
            return Money(self.value, self.currency)
        return self.value

    def review_due(self) -> dt.date:
        """The date after which the fact should be checked again."""
        return self.checked + dt.timedelta(days=self.review_days)


@dataclass(frozen=True)
class Facts:
    """All facts, ready to pass to Fluent as variables (read-only once loaded)."""

    path: str
    items: Mapping[str, Fact]

    def variables(self) -> Mapping[str, Any]:
        """``{name: value}`` for every fact, as messages get them: dates stay dates and amounts
        of money become :class:`~bot.i18n.localformat.Money`; the catalog writes both in the
        language of the message (:mod:`bot.i18n.localformat`).

        Built once (every message of every turn passes them to Fluent), and read-only.
        """
        return self._variables

    def values(self) -> Mapping[str, Any]:
        """``{name: value}`` for every fact as written in the facts file (plain numbers, for the
        conditions of flows)."""
        return self._values

    @cached_property
    def _variables(self) -> Mapping[str, Any]:
        return MappingProxyType({name: fact.variable() for name, fact in self.items.items()})

    @cached_property
    def _values(self) -> Mapping[str, Any]:
        return MappingProxyType({name: fact.value for name, fact in self.items.items()})

    def stale(self, today: dt.date) -> list[Problem]:
        """A warning for each fact whose review period has run out by ``today``."""
        return [
            Problem(
                self.path,
                fact.line,
                3,
                "warning",
                f"fact '{fact.name}' was checked {fact.checked.isoformat()}; its review was due "
                f"{fact.review_due().isoformat()}: check the source and update 'checked'",
            )
            for fact in self.items.values()
            if fact.review_due() < today
        ]


def load_facts(path: Path) -> tuple[Facts, list[Problem]]:
    """Load the facts file; problems are located and returned, never raised."""
    shown = display_path(path)
    empty = Facts(shown, MappingProxyType({}))
    text = read_text(path, shown)
    if isinstance(text, Problem):
        return empty, [text]
    try:
        root, data = compose_and_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return empty, [Problem(shown, line, col, "error", f"YAML: {exc.problem}")]
    except yaml.YAMLError as exc:
        return empty, [Problem(shown, 1, 1, "error", f"YAML: {exc}")]
    except ValueError:  # a date PyYAML cannot build, such as 2026-13-40
        return empty, [bad_scalar(shown, text)]
    if root is None or not isinstance(data, dict):
        return empty, [Problem(shown, 1, 1, "error", "the facts file must be a mapping")]
    duplicates = [
        Problem(
            shown,
            key.start_mark.line + 1,
            key.start_mark.column + 1,
            "error",
            f"duplicate key '{key.value}' (YAML would keep only the last one)",
        )
        for key in duplicate_keys(root)
    ]
    try:
        model = _FactsFileModel.model_validate(data)
    except ValidationError as exc:
        located = [locate_validation_error(shown, root, err) for err in exc.errors()]
        return empty, duplicates + located
    items = {
        name: Fact(
            name=name,
            value=fact.value,
            source=fact.source,
            checked=fact.checked,
            status=fact.status,
            review_days=fact.review_days or model.review_days,
            line=key_position(root, ("facts", name))[0],
            currency=fact.currency,
        )
        for name, fact in model.facts.items()
    }
    return Facts(shown, MappingProxyType(items)), duplicates
