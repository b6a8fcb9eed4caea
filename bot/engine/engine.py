"""The engine: one turn in, one reply out, in one SQLite transaction. No network, no transport.

A turn loads the person's session, lets :mod:`bot.engine.dialogue` decide what the event means,
renders what to say (:mod:`bot.engine.turn`), and stores the session and funnel events. Turns
that wait together commit together (:mod:`bot.engine.batch`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.engine import batch
from bot.engine.actions import ACTIONS, ActionSpec, end_conversation
from bot.engine.campaigns import Campaigns
from bot.engine.dialogue import dispatch
from bot.engine.reading import command
from bot.engine.session import Session
from bot.engine.steps import ask_again, goto
from bot.engine.turn import Turn
from bot.engine.types import Inbound, Message, Reply, TurnResult
from bot.engine.words import END_WORD, ENTRY
from bot.i18n import choose_language
from bot.i18n.bidi import strip_marks
from bot.store import Store

if TYPE_CHECKING:
    from bot.content import Content

logger = logging.getLogger(__name__)

#: The conversation's log tag (a hash; no personal data).
key_digest = batch.key_digest


def utcnow() -> dt.datetime:
    """The current time in UTC (the engine's only clock; tests pass their own)."""
    return dt.datetime.now(dt.UTC)


class Engine:
    """Run conversation turns against content and a store.

    The engine holds the content being served: the one place it lives in a running bot
    (:meth:`use` swaps it between two turns).

    :param content: loaded, checked flows/locales/facts.
    :param store: the SQLite store; each turn is one transaction.
    :param clock: returns an aware UTC datetime.
    :param actions: the action registry (tests swap one in; the default is the built-in one).
    :param campaigns: the campaign names deep links may record (default: any, up to 100).
    :param operator: the operator's configured values by variable name (``controller``,
        ``controller_contact``); one missing reads as its stand-in message.
    """

    def __init__(
        self,
        content: Content,
        store: Store,
        clock: Callable[[], dt.datetime] = utcnow,
        *,
        actions: Mapping[str, ActionSpec] = ACTIONS,
        campaigns: Campaigns | None = None,
        operator: Mapping[str, str] | None = None,
    ) -> None:
        self.content = content
        #: The operator's settings messages may show (``OPERATOR_VARIABLES``), e.g. controller.
        self.operator = dict(operator or {})
        #: The actions flows may run, by name (the checker checks flows against :data:`ACTIONS`).
        self.actions = actions
        self.campaigns = campaigns or Campaigns()
        self.store = store
        self.clock = clock
        #: Turns handled, turns that failed, events dropped as seen before (for /metrics).
        self.counters = {"turns": 0, "errors": 0, "duplicates": 0}

    def use(self, content: Content) -> None:
        """Serve another (already checked) content set from the next turn on."""
        self.content = content

    def handle(self, inbound: Inbound) -> TurnResult:
        """Process one inbound event and return what to say.

        An unexpected error is logged, the turn is rolled back, and the person gets a localized
        apology with the question they were at, so the conversation stays usable.
        """
        return self.handle_batch([inbound])[0]

    def handle_batch(self, inbounds: Sequence[Inbound]) -> list[TurnResult]:
        """Process several inbound events in order, committed together (a *group commit*).

        :return: one result per event, in the same order (:func:`bot.engine.batch.handle_batch`).
        """
        return batch.handle_batch(self, inbounds)

    # -- what a batch asks of the engine (bot.engine.batch.Turns) ---------------------------

    def now(self) -> str:
        """The current time, ISO 8601 UTC, to the second."""
        return self.clock().isoformat(timespec="seconds")

    def run(self, inbound: Inbound, now: str) -> Turn:
        """One turn inside the open transaction: load, decide, store.

        A conversation is stored once it has something to keep. A channel that issues its own
        conversation ids (``Inbound.opened`` not ``None``) gets no row for a conversation that
        only sits at the opening question: the next turn with that id rebuilds it from nothing.
        """
        if inbound.text:  # a command copied from a right-to-left message carries marks
            text = strip_marks(inbound.text)
            if text != inbound.text:
                inbound = replace(inbound, text=text)
        record = self.store.load_session(inbound.user_key)
        fresh = record is None
        if record is not None:
            session = Session.from_record(record)
        elif inbound.opened:  # issued before, never stored: still at the opening question
            session = self._opening(inbound, now)
            fresh = False
        else:
            session = Session(key=inbound.user_key, created=now)
        turn = self._turn(session, inbound, now)
        had_lang = session.lang is not None
        if command(inbound)[0] == END_WORD:
            end_conversation(session)  # the web page's "End and clear": no reply
        else:
            dispatch(turn, fresh)
        if not had_lang and session.lang is not None:
            turn.event("started")  # counted once, in its language (docs/staff.md, Overview)
        if inbound.unsupported:
            return turn  # nothing changed: nothing to store
        for event in turn.events:
            self.store.add_event(event)
        for text in turn.misses:  # a day, never a time: no link to the turn's events
            self.store.add_miss(turn.lang, text, now[:10])
        if session.forgotten:
            self.store.delete_session(session.key)
        elif record is None and inbound.opened is not None and self._untouched(session, now):
            pass  # nothing to keep: no row for a conversation that was only opened
        else:
            self.store.save_session(session.to_record(now))
        return turn

    def _turn(self, session: Session, inbound: Inbound, now: str) -> Turn:
        return Turn(
            self.content,
            self.store,
            session,
            inbound,
            now,
            self.actions,
            self.campaigns,
            operator=self.operator,
        )

    def _opening(self, inbound: Inbound, now: str) -> Session:
        """A new conversation at the opening question (what it says and records is dropped)."""
        session = Session(key=inbound.user_key, created=now)
        goto(self._turn(session, replace(inbound, start=None), now), ENTRY)
        return session

    def _untouched(self, session: Session, now: str) -> bool:
        """Whether ``session`` is exactly a conversation at the opening question."""
        opening = self._opening(Inbound(session.key, "web"), session.created)
        return session.to_record(now) == opening.to_record(now)

    def duplicate(self, inbound: Inbound) -> TurnResult:
        """The result of an event handled before: nothing to say."""
        return TurnResult(reply=self._reply(None, [], inbound), duplicate=True)

    def result(self, turn: Turn) -> TurnResult:
        """What a committed turn says and did."""
        s = turn.session
        return TurnResult(
            reply=self._reply(s.lang, turn.messages, turn.inbound),
            actions=tuple(turn.actions),
            variables=s.public_vars(),
            flow=s.flow,
            step=s.step,
        )

    def apology(self, inbound: Inbound, now: str) -> TurnResult:
        """After a failed turn: an apology and, when possible, the question the person is at."""
        try:
            record = self.store.load_session(inbound.user_key)
        except Exception:
            logger.exception("could not reload the conversation after a failed turn")
            record = None
        session = Session.from_record(record) if record else Session(inbound.user_key, now)
        turn = self._turn(session, inbound, now)
        try:
            turn.say("common-error")
            if session.waiting:
                ask_again(turn)
        except Exception:
            logger.exception("could not render the apology")
        return TurnResult(
            reply=self._reply(session.lang, turn.messages, inbound),
            variables=session.public_vars(),
            flow=session.flow,
            step=session.step,
        )

    def _reply(self, lang: str | None, messages: list[Message], inbound: Inbound) -> Reply:
        catalog = self.content.catalog
        code = choose_language(lang, inbound.lang_hint, catalog.locales)
        return Reply(lang=code, dir=catalog.direction(code), messages=tuple(messages))
