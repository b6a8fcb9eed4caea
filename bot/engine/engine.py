"""The engine: one turn in, one reply out, in one SQLite transaction. No network, no transport."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.engine.actions import ActionContext
from bot.engine.callbacks import step_tag
from bot.engine.inputs import Invalid, validate
from bot.engine.session import Session
from bot.engine.types import Choice, Inbound, InputSpec, Message, Reply, TurnResult
from bot.engine.words import ENTRY, GLOBAL_TARGETS, GLOBAL_WORDS
from bot.flows.schema import StepModel
from bot.i18n import LANGUAGES, negotiate
from bot.store import Event, Store

if TYPE_CHECKING:
    from bot.content import Content

logger = logging.getLogger(__name__)

MAX_STEPS_PER_TURN = 60
OFFER_HUMAN_AFTER = 3
START_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_MUNICIPALITY_PAYLOAD = re.compile(r"^m(\d{3})(?:[_-]([A-Za-z0-9_-]{1,59}))?$")


def utcnow() -> dt.datetime:
    """The current time in UTC (the engine's only clock; tests pass their own)."""
    return dt.datetime.now(dt.UTC)


def key_digest(key: str) -> str:
    """A short, non-reversible tag of a conversation key, for logs (no personal data)."""
    return hashlib.sha256(key.encode()).hexdigest()[:10]


class _TurnFailed(Exception):
    """A turn without a savepoint of its own failed (logged); its transaction must roll back."""


@dataclass
class _Turn:
    session: Session
    inbound: Inbound
    now: str
    messages: list[Message] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


class Engine:
    """Run conversation turns against content and a store.

    :param content: loaded, checked flows/locales/facts (swap it with :meth:`use`).
    :param store: the SQLite store; each turn is one transaction.
    :param clock: returns an aware UTC datetime.
    """

    def __init__(
        self, content: Content, store: Store, clock: Callable[[], dt.datetime] = utcnow
    ) -> None:
        self.content = content
        self.store = store
        self.clock = clock
        #: Turns handled, turns that failed, events dropped as seen before (for /metrics).
        self.counters = {"turns": 0, "errors": 0, "duplicates": 0}

    def use(self, content: Content) -> None:
        """Serve another (already checked) content set from the next turn on."""
        self.content = content

    # -- the turn ---------------------------------------------------------------------------

    def handle(self, inbound: Inbound) -> TurnResult:
        """Process one inbound event and return what to say.

        An unexpected error is logged, the turn is rolled back, and the person gets a localized
        apology with the question they were at, so the conversation stays usable.
        """
        return self.handle_batch([inbound])[0]

    def handle_batch(self, inbounds: Sequence[Inbound]) -> list[TurnResult]:
        """Process several inbound events in order, committed together (a *group commit*).

        Each turn runs in its own savepoint (a turn alone needs none), so a turn that fails
        rolls back only itself and gets the apology. The batch commits once at the end: the
        cost of one durable commit (an fsync) is shared, and no result exists before everything
        it says is stored. If the commit itself fails, nothing of the batch is stored and every
        turn gets the apology.

        :param inbounds: the events, in the order they arrived (one person's events stay in
            order; a later turn sees what an earlier one stored).
        :return: one result per event, in the same order.
        """
        done: list[tuple[Inbound, str, _Turn | TurnResult]] = []
        errors, duplicates = self.counters["errors"], self.counters["duplicates"]
        try:
            with self.store.transaction():
                alone = len(inbounds) == 1
                for inbound in inbounds:
                    now = self.clock().isoformat(timespec="seconds")
                    done.append((inbound, now, self._turn_or_apology(inbound, now, alone)))
        except _TurnFailed:
            # A turn alone in its batch ran in the batch's transaction, now rolled back; the
            # apology reads the session as it was before the turn.
            self.counters["duplicates"] = duplicates
            return [self._apology(inbounds[0], self.clock().isoformat(timespec="seconds"))]
        except Exception:
            logger.exception("committing %d turn(s) failed; none was stored", len(inbounds))
            # Every turn of the batch failed, whatever its savepoint said.
            self.counters["errors"] = errors + len(inbounds)
            self.counters["duplicates"] = duplicates
            return [self._apology(i, self.clock().isoformat(timespec="seconds")) for i in inbounds]
        results: list[TurnResult] = []
        forgotten = False
        for inbound, _now, outcome in done:
            if isinstance(outcome, TurnResult):
                results.append(outcome)
                continue
            s = outcome.session
            self.counters["turns"] += 1
            forgotten = forgotten or s.forgotten
            results.append(
                TurnResult(
                    reply=self._reply(s.lang, outcome.messages, inbound),
                    actions=tuple(outcome.actions),
                    variables=s.public_vars(),
                    flow=s.flow,
                    step=s.step,
                )
            )
        if forgotten:
            try:
                self.store.checkpoint()  # the WAL must not keep a copy of what was deleted
            except Exception:
                logger.exception("checkpoint after forgetting a person failed")
        return results

    def _turn_or_apology(self, inbound: Inbound, now: str, alone: bool) -> _Turn | TurnResult:
        """One turn in its own savepoint; a duplicate's or a failed turn's result instead.

        A turn ``alone`` in its batch needs no savepoint: the batch's transaction is the
        turn's, and a failure raises :class:`_TurnFailed` to roll it back.
        """
        try:
            with nullcontext() if alone else self.store.transaction():
                if inbound.dedupe_id is not None and not self.store.mark_update_seen(
                    inbound.dedupe_id, now
                ):
                    self.counters["duplicates"] += 1
                    return TurnResult(reply=self._reply(None, [], inbound), duplicate=True)
                return self._run(inbound, now)
        except Exception:
            self.counters["errors"] += 1
            logger.exception(
                "turn failed for conversation %s on %s",
                key_digest(inbound.user_key),
                inbound.channel,
            )
            if not self.store.in_transaction:
                raise  # SQLite rolled the whole batch back (I/O error, disk full): say so above
            if alone:
                raise _TurnFailed from None
            return self._apology(inbound, now)

    def _run(self, inbound: Inbound, now: str) -> _Turn:
        record = self.store.load_session(inbound.user_key)
        fresh = record is None
        session = (
            Session.from_record(record) if record else Session(key=inbound.user_key, created=now)
        )
        turn = _Turn(session, inbound, now)
        self._dispatch(turn, fresh)
        for event in turn.events:
            self.store.add_event(event)
        if session.forgotten:
            self.store.delete_session(session.key)
        else:
            self.store.save_session(session.to_record(now))
        return turn

    def _dispatch(self, turn: _Turn, fresh: bool) -> None:
        s, inbound = turn.session, turn.inbound
        word, payload = _command(inbound)
        if inbound.start is not None:
            word, payload = "start", inbound.start
        if word == "start":
            self._start(turn, payload, fresh)
            return
        if fresh or (s.lang is None and not (s.flow and s.waiting)):
            self._goto(turn, ENTRY)
            return
        if word is not None:
            self._global(turn, word)
            return
        if not self._relocate(turn):
            return
        if not s.waiting:
            self._say(turn, "common-ended")
            self._goto(turn, GLOBAL_TARGETS["menu"])
            return
        if inbound.step_tag is not None and inbound.step_tag != step_tag(s.flow, s.step):
            self._say(turn, "common-old-button")
            self._ask_again(turn)
            return
        self._answer(turn)

    def _start(self, turn: _Turn, payload: str, fresh: bool) -> None:
        s = turn.session
        if payload and START_PAYLOAD.match(payload):
            m = _MUNICIPALITY_PAYLOAD.match(payload)
            if m:
                s.vars["hint_municipality"] = m.group(1)
                s.campaign = m.group(2) or s.campaign
            else:
                s.campaign = payload
        if fresh or s.lang is None:
            self._goto(turn, ENTRY)
        else:
            self._goto(turn, GLOBAL_TARGETS["start"])

    def _global(self, turn: _Turn, word: str) -> None:
        s = turn.session
        if word == "help":
            self._say(turn, "common-help")
            if s.waiting:
                self._ask_again(turn)
            return
        if word == "back":
            while s.history:
                flow, step = s.history.pop()
                if (flow, step) != (s.flow, s.step) and self.content.step(flow, step):
                    s.flow, s.step = flow, step
                    s.attempts = 0
                    self._ask_again(turn, with_say=True)
                    return
            if s.waiting:
                self._ask_again(turn)
            else:
                self._goto(turn, GLOBAL_TARGETS["menu"])
            return
        self._goto(turn, GLOBAL_TARGETS[word])

    def _relocate(self, turn: _Turn) -> bool:
        """Carry a conversation across flow edits; False when the turn is answered here."""
        s = turn.session
        doc = self.content.flows.get(s.flow)
        if doc is not None and s.step in doc.model.steps:
            s.flow_version = doc.model.version
            return True
        target = GLOBAL_TARGETS["menu"]
        if doc is not None:
            renamed = [
                sid for sid, st in doc.model.steps.items() if s.step in (st.renamed_from or [])
            ]
            step = renamed[0] if renamed else (doc.model.resume or doc.model.start)
            target = f"{s.flow}:{step}"
        logger.info("conversation moved from a removed step to %s", target)
        self._say(turn, "common-resume")
        self._goto(turn, target)
        return False

    # -- answers ----------------------------------------------------------------------------

    def _answer(self, turn: _Turn) -> None:
        s, inbound = turn.session, turn.inbound
        step = self.content.step(s.flow, s.step)
        assert step is not None  # _relocate made sure
        choices = step.choices or []
        picked = _match_choice(choices, inbound, lambda: self._labels(turn, step))
        if picked is not None:
            self._accept(turn, step, picked.value, {}, picked.next)
            return
        if step.input is not None and step.input.type == "language":
            lang = self._match_language(inbound)
            if lang is not None:
                s.lang = lang
                self._accept(turn, step, lang, {}, None)
                return
            self._reject(turn, "error-choose", {})
            return
        if step.input is not None and (inbound.text or inbound.choice):
            raw = inbound.text if inbound.text is not None else inbound.choice or ""
            result = validate(
                step.input.type,
                raw,
                max_length=step.input.max_length,
                minimum=step.input.min,
                maximum=step.input.max,
            )
            if isinstance(result, Invalid):
                self._reject(turn, result.reason, dict(result.args))
                return
            self._accept(turn, step, result.value, dict(result.extra), None)
            return
        self._reject(turn, "error-choose", {})

    def _accept(
        self,
        turn: _Turn,
        step: StepModel,
        value: str | int,
        extra: dict[str, str | int],
        choice_next: str | None,
    ) -> None:
        s = turn.session
        if step.save:
            s.vars[step.save] = value
            s.vars.update(extra)
        if step.consent and step.ask:
            if value == "yes":
                s.vars["_consent_id"] = step.ask
                s.vars["_consent_version"] = self.content.source_hash(step.ask)
            else:
                s.vars.pop("_consent_id", None)
                s.vars.pop("_consent_version", None)
        self._event(turn, "answered")
        s.history.append((s.flow, s.step))
        s.attempts = 0
        s.waiting = False
        target = choice_next or self._next_of(step, turn)
        self._goto(turn, target)

    def _reject(self, turn: _Turn, reason: str, args: dict[str, Any]) -> None:
        s = turn.session
        s.attempts += 1
        self._event(turn, "invalid")
        self._say(turn, reason, args)
        self._ask_again(turn)

    # -- moving through steps ---------------------------------------------------------------

    def _goto(self, turn: _Turn, target: str) -> None:
        s = turn.session
        for _ in range(MAX_STEPS_PER_TURN):
            flow, _sep, step_id = target.rpartition(":")
            flow = flow or s.flow
            step = self.content.step(flow, step_id)
            if step is None:
                logger.error("flow target %s:%s does not exist; going to the menu", flow, step_id)
                flow, _sep, step_id = GLOBAL_TARGETS["menu"].partition(":")
                step = self.content.step(flow, step_id)
                if step is None:
                    msg = "the menu flow is missing"
                    raise RuntimeError(msg)
            if flow != s.flow and s.flow:
                self._event(turn, "completed")
            s.flow, s.step = flow, step_id
            s.flow_version = self.content.flows[flow].model.version
            s.attempts = 0
            s.waiting = False
            self._event(turn, "entered")
            if step.set:
                s.vars.update(step.set)
            for name in step.do or []:
                self._act(turn, name)
            for msg_id in _ids(step.say):
                self._say(turn, msg_id)
            if step.ask:
                self._question(turn, step)
                s.waiting = True
                return
            if step.end:
                self._event(turn, "completed")
                return
            target = self._next_of(step, turn)
        msg = f"more than {MAX_STEPS_PER_TURN} steps without a question"
        raise RuntimeError(msg)

    def _next_of(self, step: StepModel, turn: _Turn) -> str:
        s = turn.session
        env = {**self.content.facts.variables(), **s.vars, **_builtins(turn.inbound)}
        for branch in step.branch or []:
            if self.content.condition(branch.if_).evaluate(env):
                return branch.next
        if step.next is None:
            msg = f"step {s.flow}:{s.step} has nowhere to go"
            raise RuntimeError(msg)
        return step.next

    def _act(self, turn: _Turn, name: str) -> None:
        spec = self.content.actions[name]
        ctx = ActionContext(turn.session, self.store, turn.inbound.channel, turn.now)
        spec.run(ctx)
        turn.actions.append(name)

    # -- rendering --------------------------------------------------------------------------

    def _args(self, turn: _Turn, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        args: dict[str, Any] = {
            **turn.session.public_vars(),
            **self.content.facts.variables(),
            **_builtins(turn.inbound),
        }
        if extra:
            args.update(extra)
        return args

    def _lang(self, turn: _Turn) -> str:
        if turn.session.lang:
            return turn.session.lang
        return negotiate(turn.inbound.lang_hint, self.content.catalog.locales) or "en"

    def _say(self, turn: _Turn, msg_id: str, extra: dict[str, Any] | None = None) -> None:
        text = self.content.catalog.format(self._lang(turn), msg_id, self._args(turn, extra))
        turn.messages.append(Message(id=msg_id, text=text))

    def _labels(self, turn: _Turn, step: StepModel) -> list[str]:
        lang = self._lang(turn)
        args = self._args(turn)
        return [self.content.catalog.format(lang, c.label, args) for c in step.choices or []]

    def _question(self, turn: _Turn, step: StepModel) -> None:
        s = turn.session
        assert step.ask is not None
        lang = self._lang(turn)
        text = self.content.catalog.format(lang, step.ask, self._args(turn))
        labels = self._labels(turn, step)
        choices = [Choice(c.value, lab) for c, lab in zip(step.choices or [], labels, strict=True)]
        if step.input is not None and step.input.type == "language":
            choices += self._language_choices(turn)
        if s.attempts >= OFFER_HUMAN_AFTER - 1 and s.flow != "human":
            label = self.content.catalog.format(lang, "common-offer-human", self._args(turn))
            choices.append(Choice("/human", label))
        input_spec = None
        if step.input is not None and step.input.type != "language":
            input_spec = InputSpec(step.input.type)
        turn.messages.append(Message(step.ask, text, tuple(choices), input_spec))

    def _ask_again(self, turn: _Turn, *, with_say: bool = False) -> None:
        s = turn.session
        step = self.content.step(s.flow, s.step)
        if step is None or not step.ask:
            self._goto(turn, GLOBAL_TARGETS["menu"])
            return
        if with_say:
            for msg_id in _ids(step.say):
                self._say(turn, msg_id)
        self._question(turn, step)
        s.waiting = True

    def _language_choices(self, turn: _Turn) -> list[Choice]:
        available = self.content.catalog.locales
        hinted = negotiate(turn.inbound.lang_hint, available) or turn.session.lang
        order = sorted(available, key=lambda code: (code != hinted, list(LANGUAGES).index(code)))
        return [Choice(code, LANGUAGES[code].native_name) for code in order]

    def _match_language(self, inbound: Inbound) -> str | None:
        available = self.content.catalog.locales
        raw = (inbound.choice or inbound.text or "").strip()
        if raw in available:
            return raw
        folded = raw.casefold()
        for code in available:
            lang = LANGUAGES[code]
            if folded in {lang.native_name.casefold(), lang.english_name.casefold()}:
                return code
        return None

    def _reply(self, lang: str | None, messages: list[Message], inbound: Inbound) -> Reply:
        code = lang or negotiate(inbound.lang_hint, self.content.catalog.locales) or "en"
        return Reply(
            lang=code,
            dir=self.content.catalog.direction(code),
            messages=tuple(messages),
        )

    def _event(self, turn: _Turn, name: str) -> None:
        s = turn.session
        turn.events.append(
            Event(
                ts=turn.now,
                flow=s.flow,
                flow_version=s.flow_version,
                step=s.step,
                event=name,
                lang=s.lang,
                channel=turn.inbound.channel,
                campaign=s.campaign,
            )
        )

    def _apology(self, inbound: Inbound, now: str) -> TurnResult:
        """After a failed turn: an apology and, when possible, the question the person is at."""
        try:
            record = self.store.load_session(inbound.user_key)
        except Exception:
            logger.exception("could not reload the conversation after a failed turn")
            record = None
        session = Session.from_record(record) if record else Session(inbound.user_key, now)
        turn = _Turn(session, inbound, now)
        try:
            self._say(turn, "common-error")
            if session.waiting:
                self._ask_again(turn)
        except Exception:
            logger.exception("could not render the apology")
        return TurnResult(
            reply=self._reply(session.lang, turn.messages, inbound),
            variables=session.public_vars(),
            flow=session.flow,
            step=session.step,
        )


def _builtins(inbound: Inbound) -> dict[str, str]:
    """The built-in variables of a turn (see :data:`BUILTIN_VARIABLES`)."""
    return {"channel": inbound.channel}


def _ids(say: str | list[str] | None) -> list[str]:
    if say is None:
        return []
    return [say] if isinstance(say, str) else list(say)


def _command(inbound: Inbound) -> tuple[str | None, str]:
    raw = inbound.choice if inbound.choice and inbound.choice.startswith("/") else inbound.text
    if not raw:
        return None, ""
    raw = raw.strip()
    if not raw.startswith("/"):
        return None, ""
    head, _sep, rest = raw[1:].partition(" ")
    word = head.split("@", 1)[0].casefold()  # Telegram adds @botname in groups
    if word in GLOBAL_WORDS:
        return word, rest.strip()
    return None, ""


def _match_choice(choices: list[Any], inbound: Inbound, labels: Callable[[], list[str]]) -> Any:
    """The choice a button press or typed text picks; labels are rendered only for text."""
    if inbound.choice is not None:
        return next((c for c in choices if c.value == inbound.choice), None)
    text = (inbound.text or "").strip()
    if not text:
        return None
    # isdecimal, not isdigit: int() refuses "²"; and a button number is short (int() refuses
    # more than 4300 digits, and a long number is no button anyway).
    if text.isdecimal() and len(text) <= 3 and 1 <= int(text) <= len(choices):
        return choices[int(text) - 1]
    folded = text.casefold()
    for choice, label in zip(choices, labels(), strict=True):
        if folded in {label.casefold(), choice.value.casefold()}:
            return choice
    return None
