"""The rules of a conversation: what one inbound event does to a session, step by step.

Everything here works on a :class:`~bot.engine.turn.Turn` inside the turn's transaction: global
words, starts and deep links, answers to the step that waits; :mod:`bot.engine.steps` moves
through the steps.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from bot.engine import opening, review, textstep
from bot.engine.actions import CONSENT_KEYS, SAVED_FORM
from bot.engine.callbacks import step_tag
from bot.engine.inputs import Invalid, validate
from bot.engine.reading import command, match_choice, match_language
from bot.engine.steps import ask_again, goto, next_of
from bot.engine.turn import Turn
from bot.engine.typed import (
    TOPIC_CHOICE,
    WORD_TOPICS,
    Reading,
    chosen_topic,
    form_word,
    from_first_screen,
    keep_question,
    person_way,
    read,
)
from bot.engine.types import Choice
from bot.engine.words import (
    ENTRY,
    GLOBAL_TARGETS,
    LANGUAGE_AGAIN,
    PENDING_QUESTION,
    SEND_QUESTION,
    SEND_QUESTION_WORD,
    SMALL_TALK,
    TOPIC_LABEL_PREFIX,
    UNSUPPORTED_MESSAGE,
)
from bot.flows.schema import StepModel
from bot.i18n import negotiate
from bot.understand.language import guess_language

logger = logging.getLogger(__name__)


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
        opening.start(turn, payload, fresh)
        return
    if fresh or (s.lang is None and not (s.flow and s.waiting)):
        shown = len(turn.messages)
        goto(turn, ENTRY)
        if fresh and word is None and inbound.text and inbound.text.strip():
            del turn.messages[shown:]  # the first message is read at the language question
            _answer(turn)
        return
    if word is not None:
        _global(turn, word, payload)
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


def _global(turn: Turn, word: str, payload: str = "") -> None:
    s = turn.session
    if word == "help":
        if s.waiting:
            textstep.reply_and_ask(turn, "common-help")
        else:
            turn.say("common-help")
        return
    if word == "back":
        while s.history:
            flow, step = s.history.pop()
            if (flow, step) != (s.flow, s.step) and (found := turn.content.step(flow, step)):
                s.flow, s.step = flow, step
                if _form_sent(turn, found):
                    return
                s.attempts = 0
                ask_again(turn, with_say=True)
                return
        if s.waiting:
            ask_again(turn)
        else:
            goto(turn, GLOBAL_TARGETS["menu"])
        return
    if word == "human" and payload == SEND_QUESTION_WORD:  # "Send my question …"
        goto(turn, SEND_QUESTION)
        return
    s.vars.pop(PENDING_QUESTION, None)  # a command, not their question ("/human": the usual way)
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
    if step.consent and _review(turn, step):
        return
    choices = step.choices or []
    numbered = inbound.channel == "console"  # the only channel that shows button numbers
    picked = match_choice(choices, inbound, lambda: turn.labels(step), numbered)
    if picked is not None:
        _accept(turn, step, None if picked.skip else picked.value, {}, picked.next)
        return
    topic = chosen_topic(inbound.choice)
    if topic is not None and topic in turn.content.topics:
        _follow(turn, topic)
        return
    if step.input is not None and step.input.type == "language":
        lang = match_language(turn)
        if lang is not None:
            s.lang = lang
            _accept(turn, step, lang, {}, None)
            return
        if not (inbound.text and _first_words(turn, inbound.text)):
            turn.event("invalid")  # no error in English: an icon, and the languages again
            if turn.content.catalog.has(turn.lang, LANGUAGE_AGAIN):
                turn.say(LANGUAGE_AGAIN)
            ask_again(turn)
        return
    if step.input is not None and (inbound.text or inbound.choice):
        raw = inbound.text if inbound.text is not None else inbound.choice or ""
        word = form_word(turn.content, raw, turn.lang) if inbound.text else None
        if word is not None:  # "menu", "stop", "القائمة": never a name; the answers stay
            _follow(turn, word)
            return
        result = validate(
            step.input.type,
            raw,
            max_length=step.input.max_length,
            minimum=step.input.min,
            maximum=step.input.max,
            lang=turn.lang,
        )
        if isinstance(result, Invalid):
            # Not valid: a question read confidently is answered, then asked again; else its
            # reason says how to write it (bot/engine/textstep.py). With a digit in it, it
            # is an answer written wrong ("52, in Denmark 3"), never a question.
            typed = inbound.text and not any(ch.isdigit() for ch in raw)
            reading = read(turn.content, raw, turn.lang) if typed else Reading("none")
            topic = reading.topics[0] if reading.kind == "topic" else None
            if topic in (*SMALL_TALK, *WORD_TOPICS):
                _follow(turn, str(topic))
            elif topic is not None:
                textstep.answer(turn, topic, result)
            else:
                _reject(turn, result.reason, dict(result.args))
            return
        if inbound.text and (asked := textstep.asked(turn, raw)):  # "كم الراتب؟" is no name
            textstep.answer(turn, asked, None)
            return
        _accept(turn, step, result.value, dict(result.extra), None)
        return
    if inbound.text and inbound.text.strip():
        _typed_at_buttons(turn, step)
        return
    _reject(turn, "error-choose", {})


def _review(turn: Turn, step: StepModel) -> bool:
    """At a consent step: its summary, "Change an answer" and the answers to change
    (:mod:`bot.engine.review`). False: the question waits, and this is no button of the
    engine's (the step's own buttons answer it)."""
    s, inbound = turn.session, turn.inbound
    if s.vars.get(review.FACE) is None:  # asked before summaries existed: show what is sent
        if not _form_sent(turn, step):
            review.enter(turn, step)
        return True
    picked = review.read(turn, step)
    if picked is None and s.vars[review.FACE] == review.QUESTION:
        return False
    if picked is not None:
        s.attempts = 0
    if picked == review.OK:
        review.ask(turn, step)
    elif picked == review.CHANGE_ANSWER:
        review.show(turn, step, review.PICK)
    elif picked is not None:
        target = review.start_change(turn, step, picked.removeprefix(review.FIELD_CHOICE))
        if target is None:
            review.show(turn, step, review.PICK)
            return True
        turn.event("answered")
        s.history.append((s.flow, s.step))
        goto(turn, target)
    elif chosen_topic(inbound.choice) in turn.content.topics:
        _follow(turn, str(chosen_topic(inbound.choice)))
    elif inbound.text and inbound.text.strip():  # not yet the question: its buttons wait
        _typed_at_buttons(turn, step)
    else:
        _reject(turn, "error-choose", {})
    return True


# -- typed messages at a question with buttons ----------------------------------------------


def _typed_at_buttons(turn: Turn, step: StepModel) -> None:
    """Typed text at a question with buttons. In a form (a step that keeps its answer, or a
    consent), a whole message that is a global word ("stop", "menu", "القائمة") is that word,
    as at the form's typed questions; elsewhere it is read as any text ("stop" at the menu
    asks about stopping an IGU)."""
    text = turn.inbound.text or ""
    word = form_word(turn.content, text, turn.lang) if step.save or step.consent else None
    if word is not None:
        _follow(turn, word)
        return
    _typed(turn, read(turn.content, text, turn.lang))


def _typed(turn: Turn, reading: Reading) -> None:
    """Answer what was read: the topic, "Did you mean …?", or a short, kind miss."""
    if reading.kind == "topic":
        _follow(turn, reading.topics[0])
        return
    s = turn.session
    keep_question(s.vars, turn.inbound.text or "")  # theirs to send, if they choose to
    if reading.kind == "offer":
        offered = [
            Choice(TOPIC_CHOICE + t, turn.label(TOPIC_LABEL_PREFIX + t)) for t in reading.topics
        ]
        if "human" not in reading.topics:
            offered.append(Choice("/human", turn.label("common-offer-human")))
        turn.offer("common-did-you-mean", offered)
        return
    s.attempts += 1
    turn.event("invalid")
    turn.miss(turn.inbound.text or "")
    if s.attempts < 2:  # the first miss: the question again (an answer page: its buttons)
        textstep.reply_and_ask(turn, "common-not-understood")
        return
    ways = [Choice("/menu", turn.label("common-menu"))]  # never the whole menu again
    if s.flow != "human":
        ways.insert(0, person_way(turn))
    turn.offer("common-not-understood", ways)


def _follow(turn: Turn, topic: str) -> None:
    """Go where ``topic`` is answered."""
    s = turn.session
    if topic in SMALL_TALK:
        textstep.reply_and_ask(turn, SMALL_TALK[topic])
        return
    if topic in WORD_TOPICS:
        _global(turn, topic)
        return
    flow, step_id = turn.content.topics[topic]
    if textstep.to_person(turn, flow):  # their words, to send with a callback if they choose
        keep_question(s.vars, turn.inbound.text or "")
    else:  # understood: what came before is not their question
        s.vars.pop(PENDING_QUESTION, None)
    if (flow, step_id) != (s.flow, s.step):
        s.history.append((s.flow, s.step))
    s.attempts = 0
    goto(turn, f"{flow}:{step_id}")


def _first_words(turn: Turn, text: str) -> bool:
    """Text typed at the very first screen (the language question): a question is answered in
    the language it is written in; anything else is answered in that language too, with the
    language question (that language first) to confirm it. False: ask again."""
    s, available = turn.session, turn.content.catalog.locales
    guesses = guess_language(text, available)
    hint = negotiate(turn.inbound.lang_hint, available)
    lang = hint if hint in guesses else (guesses[0] if guesses else None)
    if textstep.unsure_latin(guesses, hint):
        lang = None  # "i soo wac": one English "i" is no reason to speak English
    if lang is not None and lang != turn.lang:  # never switched to English: spoken to in it
        turn.inbound = replace(turn.inbound, lang_hint=lang)
    reading = read(turn.content, text, lang or turn.lang)
    if reading.kind == "none":
        return False
    if reading.kind == "topic" and reading.topics[0] in (*SMALL_TALK, *WORD_TOPICS):
        if reading.topics[0] not in SMALL_TALK:
            return False  # /menu and /back mean nothing before a language is chosen
        if reading.topics[0] != "ack":  # "haa", "نعم": the question in it is the confirmation
            turn.say(SMALL_TALK[reading.topics[0]])
        ask_again(turn)
        return True
    if lang is None:
        return False  # which language is not known: ask, never English by default
    s.lang = lang
    turn.event("answered")
    _typed(turn, from_first_screen(turn.content, reading))
    return True


def _accept(
    turn: Turn,
    step: StepModel,
    value: str | int | None,
    extra: dict[str, str | int],
    choice_next: str | None,
) -> None:
    """Take an answer; ``None`` is a skip (a ``skip: true`` button): nothing is kept."""
    s = turn.session
    if value == "yes" and _form_sent(turn, step):
        return
    if step.save and value is None:
        s.vars.pop(step.save, None)  # an answer given before (then /back) goes too
    elif step.save:
        s.vars[step.save] = value
        s.vars.update(extra)
        review.record(s, step.save, f"{s.flow}:{s.step}")
    if step.consent and step.ask:
        if value == "yes":
            s.vars["_consent_id"] = step.ask
            s.vars["_consent_version"] = turn.content.consent_version(step.ask)
            s.vars["_consent_sends"] = list(step.sends or ())
        else:
            for key in CONSENT_KEYS:
                s.vars.pop(key, None)
    turn.event("answered")
    s.history.append((s.flow, s.step))
    s.attempts = 0
    s.waiting = False
    target = choice_next or next_of(turn, step)
    if not textstep.takes_question(turn, target):  # they moved on ("yes, call me" did not)
        s.vars.pop(PENDING_QUESTION, None)
    goto(turn, target)


def _form_sent(turn: Turn, step: StepModel) -> bool:
    """A stored form's consent step, reached again (/back, an old button): say so, go to the
    menu, True (no second lead; the answers are gone). False for any other step."""
    s = turn.session
    if not (step.consent and s.vars.get(SAVED_FORM) == s.flow):
        return False
    turn.say("common-form-already-sent")
    goto(turn, GLOBAL_TARGETS["menu"])
    return True


def _reject(turn: Turn, reason: str, args: dict[str, Any]) -> None:
    turn.session.attempts += 1
    turn.event("invalid")
    turn.say(reason, args)
    ask_again(turn)
