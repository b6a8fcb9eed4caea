"""Group commit: several turns in one transaction, each in its own savepoint, one fsync.

The engine's worker runs the turns that are waiting when it becomes free together
(:class:`bot.engine.runner.AsyncEngine`). Each turn runs in its own savepoint (a turn alone
needs none), so a turn that fails rolls back only itself and gets the apology. The batch
commits once at the end: the cost of one durable commit is shared, and no result exists before
everything it says is stored. If the commit itself fails, nothing of the batch is stored and
every turn gets the apology.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from contextlib import nullcontext
from typing import TYPE_CHECKING, Protocol

from bot.engine.turn import Turn
from bot.engine.types import Inbound, TurnResult

if TYPE_CHECKING:
    from bot.store import Store

logger = logging.getLogger(__name__)


def key_digest(key: str) -> str:
    """A short, non-reversible tag of a conversation key, for logs (no personal data)."""
    return hashlib.sha256(key.encode()).hexdigest()[:10]


class TurnFailedError(Exception):
    """A turn without a savepoint of its own failed (logged); its transaction must roll back."""


class Turns(Protocol):
    """What a batch needs of the engine: run one turn, say sorry, report it."""

    store: Store
    counters: dict[str, int]

    def now(self) -> str:
        """The current time, ISO 8601 UTC, to the second."""

    def run(self, inbound: Inbound, now: str) -> Turn:
        """Run one turn inside the open transaction (raises on failure)."""

    def duplicate(self, inbound: Inbound) -> TurnResult:
        """The result of an event that was handled before."""

    def result(self, turn: Turn) -> TurnResult:
        """The result of a committed turn."""

    def apology(self, inbound: Inbound, now: str) -> TurnResult:
        """The result of a failed turn: an apology and the question the person is at."""


def handle_batch(turns: Turns, inbounds: Sequence[Inbound]) -> list[TurnResult]:
    """Run ``inbounds`` in order, committed together; one result per event, in order.

    One person's events stay in order, and a later turn sees what an earlier one stored.
    """
    store, counters = turns.store, turns.counters
    done: list[Turn | TurnResult] = []
    errors, duplicates = counters["errors"], counters["duplicates"]
    try:
        with store.transaction():
            alone = len(inbounds) == 1
            for inbound in inbounds:
                done.append(_turn_or_apology(turns, inbound, turns.now(), alone))
    except TurnFailedError:
        # A turn alone in its batch ran in the batch's transaction, now rolled back; the
        # apology reads the session as it was before the turn.
        counters["duplicates"] = duplicates
        return [turns.apology(inbounds[0], turns.now())]
    except Exception:
        logger.exception("committing %d turn(s) failed; none was stored", len(inbounds))
        # Every turn of the batch failed, whatever its savepoint said.
        counters["errors"] = errors + len(inbounds)
        counters["duplicates"] = duplicates
        return [turns.apology(i, turns.now()) for i in inbounds]
    results: list[TurnResult] = []
    forgotten = False
    for outcome in done:
        if isinstance(outcome, TurnResult):
            results.append(outcome)
            continue
        counters["turns"] += 1
        forgotten = forgotten or outcome.session.forgotten
        results.append(turns.result(outcome))
    if forgotten:
        try:
            store.checkpoint()  # the WAL must not keep a copy of what was deleted
        except Exception:
            logger.exception("checkpoint after forgetting a person failed")
    return results


def _turn_or_apology(turns: Turns, inbound: Inbound, now: str, alone: bool) -> Turn | TurnResult:
    """One turn in its own savepoint; a duplicate's or a failed turn's result instead.

    A turn ``alone`` in its batch needs no savepoint: the batch's transaction is the turn's,
    and a failure raises :class:`TurnFailedError` to roll it back.
    """
    store = turns.store
    try:
        with nullcontext() if alone else store.transaction():
            if inbound.dedupe_id is not None and not store.mark_update_seen(
                inbound.dedupe_id, now
            ):
                turns.counters["duplicates"] += 1
                return turns.duplicate(inbound)
            return turns.run(inbound, now)
    except Exception:
        turns.counters["errors"] += 1
        logger.exception(
            "turn failed for conversation %s on %s", key_digest(inbound.user_key), inbound.channel
        )
        if not store.in_transaction:
            raise  # SQLite rolled the whole batch back (I/O error, disk full): say so above
        if alone:
            raise TurnFailedError from None
        return turns.apology(inbound, now)
