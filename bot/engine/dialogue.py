"""The rules of a conversation: what one inbound event does to a session, step by step.

Everything here works on a :class:`~bot.engine.turn.Turn` inside the turn's transaction: global
words, starts and deep links, answers to the step that waits, moving through steps, actions.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from bot.engine.actions import ActionContext
from bot.engine.callbacks import step_tag
from bot.engine.inputs import Invalid, validate
from bot.engine.turn import Turn
from bot.engine.types import Inbound
from bot.engine.words import ENTRY, GLOBAL_TARGETS, GLOBAL_WORDS, UNSUPPORTED_MESSAGE
from bot.flows.schema import StepModel
from bot.i18n import LANGUAGES

logger = logging.getLogger(__name__)

MAX_STEPS_PER_TURN = 60
START_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_MUNICIPALITY_PAYLOAD = re.compile(r"^m(\d{3})(?:[_-]([A-Za-z0-9_-]{1,59}))?$")


def dispatch(turn: Turn, fresh: bool) -> None:
    """Decide what the inbound event means for the conversation and carry it out.

    :param fresh: the conversation has no stored session yet.
    """
    s, inbound = turn.session, turn.inbound
    if inbound.unsupported:
        turn.say(UNSUPPORTED_MESSAGE)
        return
    word, payload = command(inbound)
    if inbound.start is not None:
        word, payload = "start", inbound.start
    if word == "start":
        _start(turn, payload, fresh)
        return
    if fresh or (s.lang is None and not (s.flow and s.waiting)):
        goto(turn, ENTRY)
        return
    if word is not None:
        _global(turn, word)
        return
    if not _relocate(turn):
        return
    if not s.waiting:
        turn.say("common-ended")
        goto(turn, GLOBAL_TARGETS["menu"])
        return
    if inbound.step_tag is not None and inbound.step_tag != step_tag(s.flow, s.step):
        turn.say("common-old-button")
        ask_again(turn)
        return
    _answer(turn)


def _start(turn: Turn, payload: str, fresh: bool) -> None:
    s = turn.session
    if payload and START_PAYLOAD.match(payload):
        m = _MUNICIPALITY_PAYLOAD.match(payload)
        if m:
            s.vars["hint_municipality"] = m.group(1)
            s.campaign = m.group(2) or s.campaign
        else:
            s.campaign = payload
    if fresh or s.lang is None:
        goto(turn, ENTRY)
    else:
        goto(turn, GLOBAL_TARGETS["start"])


def _global(turn: Turn, word: str) -> None:
    s = turn.session
    if word == "help":
        turn.say("common-help")
        if s.waiting:
            ask_again(turn)
        return
    if word == "back":
        while s.history:
            flow, step = s.history.pop()
            if (flow, step) != (s.flow, s.step) and turn.content.step(flow, step):
                s.flow, s.step = flow, step
                s.attempts = 0
                ask_again(turn, with_say=True)
                return
        if s.waiting:
            ask_again(turn)
        else:
            goto(turn, GLOBAL_TARGETS["menu"])
        return
    goto(turn, GLOBAL_TARGETS[word])


def _relocate(turn: Turn) -> bool:
    """Carry a conversation across flow edits; False when the turn is answered here."""
    s = turn.session
    doc = turn.content.flows.get(s.flow)
    if doc is not None and s.step in doc.model.steps:
        s.flow_version = doc.model.version
        return True
    target = GLOBAL_TARGETS["menu"]
    if doc is not None:
        renamed = [sid for sid, st in doc.model.steps.items() if s.step in (st.renamed_from or [])]
        step = renamed[0] if renamed else (doc.model.resume or doc.model.start)
        target = f"{s.flow}:{step}"
    logger.info("conversation moved from a removed step to %s", target)
    turn.say("common-resume")
    goto(turn, target)
    return False


# -- answers --------------------------------------------------------------------------------


def _answer(turn: Turn) -> None:
    s, inbound = turn.session, turn.inbound
    step = turn.content.step(s.flow, s.step)
    assert step is not None  # _relocate made sure
    choices = step.choices or []
    picked = _match_choice(choices, inbound, lambda: turn.labels(step))
    if picked is not None:
        _accept(turn, step, picked.value, {}, picked.next)
        return
    if step.input is not None and step.input.type == "language":
        lang = _match_language(turn)
        if lang is not None:
            s.lang = lang
            _accept(turn, step, lang, {}, None)
            return
        _reject(turn, "error-choose", {})
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
            _reject(turn, result.reason, dict(result.args))
            return
        _accept(turn, step, result.value, dict(result.extra), None)
        return
    _reject(turn, "error-choose", {})


def _accept(
    turn: Turn,
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
            s.vars["_consent_version"] = turn.content.source_hash(step.ask)
        else:
            s.vars.pop("_consent_id", None)
            s.vars.pop("_consent_version", None)
    turn.event("answered")
    s.history.append((s.flow, s.step))
    s.attempts = 0
    s.waiting = False
    goto(turn, choice_next or _next_of(turn, step))


def _reject(turn: Turn, reason: str, args: dict[str, Any]) -> None:
    turn.session.attempts += 1
    turn.event("invalid")
    turn.say(reason, args)
    ask_again(turn)


# -- moving through steps -------------------------------------------------------------------


def goto(turn: Turn, target: str) -> None:
    """Enter ``target`` (``flow:step`` or ``step``) and run steps until one asks a question."""
    s, content = turn.session, turn.content
    for _ in range(MAX_STEPS_PER_TURN):
        flow, _sep, step_id = target.rpartition(":")
        flow = flow or s.flow
        step = content.step(flow, step_id)
        if step is None:
            logger.error("flow target %s:%s does not exist; going to the menu", flow, step_id)
            flow, _sep, step_id = GLOBAL_TARGETS["menu"].partition(":")
            step = content.step(flow, step_id)
            if step is None:
                msg = "the menu flow is missing"
                raise RuntimeError(msg)
        if flow != s.flow and s.flow:
            turn.event("completed")
        s.flow, s.step = flow, step_id
        s.flow_version = content.flows[flow].model.version
        s.attempts = 0
        s.waiting = False
        turn.event("entered")
        if step.set:
            s.vars.update(step.set)
        for name in step.do or []:
            _act(turn, name)
        for msg_id in _ids(step.say):
            turn.say(msg_id)
        if step.ask:
            turn.question(step)
            s.waiting = True
            return
        if step.end:
            turn.event("completed")
            return
        target = _next_of(turn, step)
    msg = f"more than {MAX_STEPS_PER_TURN} steps without a question"
    raise RuntimeError(msg)


def ask_again(turn: Turn, *, with_say: bool = False) -> None:
    """Ask the waiting step's question again (the menu when the step has none)."""
    s = turn.session
    step = turn.content.step(s.flow, s.step)
    if step is None or not step.ask:
        goto(turn, GLOBAL_TARGETS["menu"])
        return
    if with_say:
        for msg_id in _ids(step.say):
            turn.say(msg_id)
    turn.question(step)
    s.waiting = True


def _next_of(turn: Turn, step: StepModel) -> str:
    s = turn.session
    env = {**turn.content.facts.variables(), **s.vars, **turn.builtins()}
    for branch in step.branch or []:
        if turn.content.condition(branch.if_).evaluate(env):
            return branch.next
    if step.next is None:
        msg = f"step {s.flow}:{s.step} has nowhere to go"
        raise RuntimeError(msg)
    return step.next


def _act(turn: Turn, name: str) -> None:
    spec = turn.registry[name]
    spec.run(ActionContext(turn.session, turn.store, turn.inbound.channel, turn.now))
    turn.actions.append(name)


# -- reading what was typed or pressed ------------------------------------------------------


def command(inbound: Inbound) -> tuple[str | None, str]:
    """The global word of a ``/command`` (and the rest of the line), or ``(None, "")``."""
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


def _match_language(turn: Turn) -> str | None:
    inbound = turn.inbound
    available = turn.content.catalog.locales
    raw = (inbound.choice or inbound.text or "").strip()
    if raw in available:
        return raw
    folded = raw.casefold()
    for code in available:
        lang = LANGUAGES[code]
        if folded in {lang.native_name.casefold(), lang.english_name.casefold()}:
            return code
    return None


def _ids(say: str | list[str] | None) -> list[str]:
    if say is None:
        return []
    return [say] if isinstance(say, str) else list(say)
