"""What a start does: ``/start``, a poster's link (``?start=m751_library_ar``) or a page that
names its language opens the conversation (bot/engine/payload.py reads the payload)."""

from __future__ import annotations

from bot.engine.payload import parse_start
from bot.engine.steps import goto
from bot.engine.turn import Turn
from bot.engine.words import ENTRY, GLOBAL_TARGETS, HINT_MUNICIPALITY, HINT_NAME, LANGUAGE_PRESET
from bot.kernel.municipalities import Municipalities

__all__ = ["start"]


def start(turn: Turn, payload: str, fresh: bool) -> None:
    """``/start`` with its payload: remember the municipality and campaign it names, then the
    menu in the language of the link or page, else the language question.

    :param payload: the start payload (``m751_library_ar``; empty for a plain start).
    :param fresh: the conversation has no stored session yet.
    """
    s = turn.session
    locales = turn.content.catalog.locales
    start = parse_start(payload, locales)
    if start.municipality:
        s.vars[HINT_MUNICIPALITY] = start.municipality
        known = Municipalities.load().by_code(start.municipality)
        if known is not None:  # a form asks "Do you live in …?" instead of the usual question
            s.vars[HINT_NAME] = known.name
        else:
            s.vars.pop(HINT_NAME, None)
    if start.campaign and turn.campaigns.accept(start.campaign, turn.store):
        s.campaign = start.campaign
    if fresh or s.lang is None:
        # The poster's language (in its link), else the one the page chose; else ask.
        chosen = start.lang or (turn.inbound.lang if turn.inbound.lang in locales else None)
        if chosen is not None:
            s.lang = chosen
            turn.say(LANGUAGE_PRESET)
            goto(turn, GLOBAL_TARGETS["start"])
            return
        goto(turn, ENTRY)
    else:
        goto(turn, GLOBAL_TARGETS["start"])
