"""Moving through steps: enter a step and run on until one asks, ask again, branch, act.

Works on a :class:`~bot.engine.turn.Turn` inside the turn's transaction;
:mod:`bot.engine.dialogue` decides where to go, this module goes there.
"""

from __future__ import annotations

import logging

from bot.engine import review
from bot.engine.actions import SAVED_FORM, ActionContext, end_form
from bot.engine.reading import message_ids
from bot.engine.turn import Turn
from bot.engine.words import GLOBAL_TARGETS
from bot.flows.schema import StepModel

logger = logging.getLogger(__name__)

MAX_STEPS_PER_TURN = 60


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
        if s.vars.get(SAVED_FORM) == flow and step_id == content.flows[flow].model.start:
            del s.vars[SAVED_FORM]  # the stored form is filled in anew
        s.flow, s.step = flow, step_id
        s.flow_version = content.flows[flow].model.version
        s.attempts = 0
        s.waiting = False
        s.vars.pop(review.FACE, None)
        if review.passes(turn, flow, step_id, step):  # an answer is changed: this one stays
            target = review.passing_target(turn, step) or next_of(turn, step)
            continue
        turn.event("entered")
        if step.set:
            s.vars.update(step.set)
        for name in step.do or []:
            _act(turn, name)
        for msg_id in message_ids(step.say):
            turn.say(msg_id)
        if any(turn.registry[name].ends_form for name in step.do or []):
            end_form(s)
        if step.ask:
            if step.consent:
                review.enter(turn, step)  # what it sends first, then the question
            else:
                turn.question(step)
            s.waiting = True
            return
        if step.end:
            turn.event("completed")
            return
        target = next_of(turn, step)
    msg = f"more than {MAX_STEPS_PER_TURN} steps without a question"
    raise RuntimeError(msg)


def ask_again(turn: Turn, *, with_say: bool = False) -> None:
    """Ask the waiting step's question again (the menu when the step has none).

    After the bot's own words (help, a reason, "not understood"), briefly when the whole
    question would make the turn too long (:meth:`Turn.question`); with ``with_say`` (going
    back) the step is shown in full, as when it was first entered.
    """
    s = turn.session
    step = turn.content.step(s.flow, s.step)
    if step is None or not step.ask:
        goto(turn, GLOBAL_TARGETS["menu"])
        return
    if with_say:
        for msg_id in message_ids(step.say):
            turn.say(msg_id)
    face = s.vars.get(review.FACE)
    if step.consent and (with_say or face is None):  # None: asked before summaries existed
        review.enter(turn, step)
    elif step.consent and face in (review.SUMMARY, review.PICK):
        review.show(turn, step, str(face), brief=True)
    elif step.consent:
        review.ask(turn, step, brief=True)
    else:
        turn.question(step, brief=not with_say)
    s.waiting = True


def next_of(turn: Turn, step: StepModel) -> str:
    """Where ``step`` leads: the first branch whose condition holds, else its ``next``."""
    s = turn.session
    env = {**turn.content.facts.values(), **s.vars, **turn.builtins()}
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
