"""Check before consent: a consent step first shows what it sends, and any answer can be changed.

Entering a consent step (``consent: true``) shows the summary: each answer its ``sends`` names
that the person gave, one a line, as they saw it (a button's label, the municipality's name, a
phone number formatted, typed text isolated for its direction), with "All correct" and "Change
an answer". "All correct" shows the consent question, whose buttons get "Change an answer"
after the first. "Change an answer" offers one button per answer; choosing one asks the step
that asked it again, and the form goes on from there as usual, except that a step whose answer
is already given is passed by with that answer, up to the consent step: a changed answer that
leads another way (contact by e-mail instead of phone) asks what the new way needs, and the
answers of steps no longer on the way are forgotten. Then the summary again.

:mod:`bot.engine.steps` enters and asks; :mod:`bot.engine.dialogue` reads the answers.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import phonenumbers

from bot.engine.session import Session
from bot.engine.turn import Turn
from bot.engine.types import Choice, Message
from bot.engine.words import (
    MAX_TURN,
    REASK_MESSAGE,
    REVIEW_CHANGE,
    REVIEW_CHANGE_LABEL,
    REVIEW_FIELD_CHOICE,
    REVIEW_OK,
    REVIEW_OK_LABEL,
    REVIEW_PICK_MESSAGE,
)
from bot.flows.consent import LINE_MESSAGE, REVIEW_MESSAGE, field_label
from bot.flows.schema import StepModel
from bot.i18n import SOURCE_LOCALE
from bot.i18n.bidi import isolate, strip_marks
from bot.kernel.municipalities import Municipalities

#: Private session variables: which screen of a consent step waits (:data:`SUMMARY`,
#: :data:`PICK`; none: the question), the answers of the form in the order given with the step
#: that asked each (``[[field, "flow:step"], …]``), and the answer being changed.
FACE = "_review"
ANSWERED = "_answered"
CHANGE = "_change"
#: The two screens before the question, and the question itself. A conversation at a consent
#: step with none of them was asked the question before summaries existed: it sees the summary
#: first (no consent to what was not shown).
SUMMARY = "summary"
PICK = "pick"
QUESTION = "question"
#: Short names of the consent step's vocabulary (bot/engine/words.py, which the checker reads).
OK = REVIEW_OK
CHANGE_ANSWER = REVIEW_CHANGE
FIELD_CHOICE = REVIEW_FIELD_CHOICE
PICK_MESSAGE = REVIEW_PICK_MESSAGE
OK_LABEL = REVIEW_OK_LABEL
CHANGE_LABEL = REVIEW_CHANGE_LABEL


def record(session: Session, field: str, where: str) -> None:
    """Note that ``field`` was answered at ``where`` (``flow:step``), as the form's newest."""
    answered = [a for a in session.vars.get(ANSWERED, []) if a[0] != field]
    session.vars[ANSWERED] = [*answered, [field, where]]


def asked_by(turn: Turn, flow: str, field: str) -> str | None:
    """The step of ``flow`` that asks ``field``: the one that asked it in this conversation,
    else the flow's last step that asks and saves it; ``None`` when no step does (a question
    the person typed earlier, a municipality from a start link without its question)."""
    for name, where in reversed(turn.session.vars.get(ANSWERED, [])):
        owner, _sep, step_id = str(where).rpartition(":")
        step = turn.content.step(owner, step_id)
        if name == field and owner == flow and step is not None and step.ask:
            return step_id
    doc = turn.content.flows.get(flow)
    found = [sid for sid, st in (doc.model.steps.items() if doc else ()) if _asks(st, field)]
    return found[-1] if found else None


def _asks(step: StepModel, field: str) -> bool:
    return bool(step.ask) and step.save == field and not step.consent


def given(turn: Turn, step: StepModel) -> list[str]:
    """The answers ``step`` sends that the person gave, in its ``sends`` order."""
    values = turn.session.vars
    return [f for f in step.sends or () if values.get(f) not in (None, "")]


def shown_value(turn: Turn, field: str) -> str:
    """The answer ``field`` as the person saw it: the municipality's name, the label of the
    button that gave it, else its own message ``review-field-<field>-<value>`` when there is
    one (a value a step sets, e.g. an outcome), else the value (a phone number formatted),
    isolated for its direction."""
    s = turn.session
    value: Any = s.vars[field]
    asker = asked_by(turn, s.flow, field)
    step = turn.content.step(s.flow, asker) if asker else None
    kind = step.input.type if step is not None and step.input is not None else None
    if field == "municipality" or kind == "municipality":
        known = Municipalities.load().by_code(str(value))
        return isolate(known.name if known else str(value))
    for choice in (step.choices or []) if step is not None else []:
        if choice.value == str(value):
            return turn.label(choice.label)
    named = f"{field_label(field)}-{value}"  # a value no button names (set by a step)
    if turn.content.catalog.has(SOURCE_LOCALE, named):
        return turn.label(named)
    if kind == "phone":
        try:
            number = phonenumbers.parse(str(value), None)
            international = phonenumbers.PhoneNumberFormat.INTERNATIONAL
            return isolate(phonenumbers.format_number(number, international), ltr=True)
        except phonenumbers.NumberParseException:
            return isolate(str(value), ltr=True)
    return isolate(str(value), ltr=kind == "email")


def summary(turn: Turn, step: StepModel) -> str:
    """The heading and one line per given answer: ``Label: value``."""
    cat, lang = turn.content.catalog, turn.lang
    lines = [turn.label(REVIEW_MESSAGE)]
    for field in given(turn, step):
        args = {"label": turn.label(field_label(field)), "value": shown_value(turn, field)}
        lines.append(cat.format(lang, LINE_MESSAGE, args))
    return "\n".join(lines)


def buttons(turn: Turn, step: StepModel, face: str | None) -> list[Choice]:
    """The engine's buttons on a screen of a consent step (the question's own are the step's)."""
    if face == SUMMARY:
        return [Choice(OK, turn.label(OK_LABEL)), Choice(CHANGE_ANSWER, turn.label(CHANGE_LABEL))]
    if face == PICK:
        fields = [f for f in given(turn, step) if asked_by(turn, turn.session.flow, f)]
        picks = [Choice(FIELD_CHOICE + f, turn.label(field_label(f))) for f in fields]
        return [*picks, Choice(OK, turn.label(OK_LABEL))]
    return [Choice(CHANGE_ANSWER, turn.label(CHANGE_LABEL))]


def enter(turn: Turn, step: StepModel) -> None:
    """Entering a consent step: the summary of what it sends (the question when nothing)."""
    if not given(turn, step):
        ask(turn, step)
        return
    show(turn, step, SUMMARY)


def show(turn: Turn, step: StepModel, face: str, *, brief: bool = False) -> None:
    """Show the summary or the answers to change (:data:`SUMMARY`, :data:`PICK`) and wait.

    :param brief: asked again after the bot's own words: a short :data:`REASK_MESSAGE` with the
        same buttons when the whole screen would take the turn past :data:`MAX_TURN`.
    """
    turn.session.vars[FACE] = face
    msg_id = REVIEW_MESSAGE if face == SUMMARY else PICK_MESSAGE
    text = summary(turn, step) if face == SUMMARY else turn.label(PICK_MESSAGE)
    if brief and turn.shown() + len(strip_marks(text)) > MAX_TURN:
        msg_id, text = REASK_MESSAGE, turn.label(REASK_MESSAGE)
    turn.messages.append(Message(msg_id, text, tuple(buttons(turn, step, face))))


def ask(turn: Turn, step: StepModel, *, brief: bool = False) -> None:
    """The consent question with its buttons and "Change an answer" after the first."""
    turn.session.vars[FACE] = QUESTION
    turn.question(step, brief=brief)
    asked = turn.messages[-1]
    choices = list(asked.choices)
    choices[1:1] = buttons(turn, step, None)
    turn.messages[-1] = replace(asked, choices=tuple(choices))


def read(turn: Turn, step: StepModel) -> str | None:
    """The engine's button at a consent step that the person pressed or typed the label of."""
    inbound, face = turn.inbound, turn.session.vars.get(FACE)
    offered = buttons(turn, step, None if face == QUESTION else face)
    if inbound.choice is not None:  # also a button of another screen of this step
        every = {c.value for c in [*offered, *buttons(turn, step, PICK)]} | {CHANGE_ANSWER}
        return inbound.choice if inbound.choice in every else None
    typed = strip_marks(inbound.text or "").strip().casefold()
    return next((c.value for c in offered if strip_marks(c.label).casefold() == typed), None)


def start_change(turn: Turn, step: StepModel, field: str) -> str | None:
    """Begin changing ``field``: the ``flow:step`` to ask, or ``None`` when no step asks it."""
    s = turn.session
    asker = asked_by(turn, s.flow, field)
    if asker is None:
        return None
    sends = set(step.sends or ())
    order = [str(f) for f, _where in s.vars.get(ANSWERED, []) if f in sends]
    after = order[order.index(field) + 1 :] if field in order else []
    s.vars.pop(FACE, None)
    s.vars[CHANGE] = {
        "flow": s.flow,
        "to": s.step,
        "field": field,
        "asking": asker,
        "after": after,
        "seen": [],
    }
    return f"{s.flow}:{asker}"


def passes(turn: Turn, flow: str, step_id: str, step: StepModel) -> bool:
    """While an answer is changed: whether ``flow:step_id`` is passed by with the answer it
    has (it asks, its answer is given, it does not ask the answer being changed: "another
    municipality" at "Do you live in Aarhus?" asks the municipality). Every step on the
    way is noted; arriving at the consent step forgets the answers no longer on it."""
    s = turn.session
    change = s.vars.get(CHANGE)
    if not isinstance(change, dict):
        return False
    if change.get("flow") != flow:  # the person left the form: no more passing by
        del s.vars[CHANGE]
        return False
    change["seen"] = [*change.get("seen", []), step_id]
    if step_id == change.get("to"):
        _arrive(s, flow, change)
        return False
    return (
        step_id != change.get("asking")
        and bool(step.ask)
        and step.save is not None
        and step.save != change.get("field")  # another question for the answer being changed
        and s.vars.get(step.save) not in (None, "")
        and (step.next is not None or passing_target(turn, step) is not None)
    )


def _arrive(s: Session, flow: str, change: dict[str, Any]) -> None:
    """Back at the consent step: forget the answers of steps the changed way did not pass."""
    seen = {f"{flow}:{step_id}" for step_id in change.get("seen", [])}
    seen.add(f"{flow}:{change.get('asking')}")
    off = {str(f) for f in change.get("after", [])}
    kept = []
    for field, where in s.vars.get(ANSWERED, []):
        if field in off and where not in seen:
            s.vars.pop(field, None)
        else:
            kept.append([field, where])
    s.vars[ANSWERED] = kept
    del s.vars[CHANGE]


def passing_target(turn: Turn, step: StepModel) -> str | None:
    """Where a passed-by step leads with its answer: its button's ``next`` for that answer,
    else ``None`` (the step's own way)."""
    value = str(turn.session.vars.get(step.save or ""))
    return next((c.next for c in step.choices or [] if c.value == value and c.next), None)
