"""Consent steps show what they send first: every answer in ``sends`` has its label, its
"change" button fits Telegram's callback data, and the summary fits a phone screen.

A consent step's summary (bot/engine/review.py) shows each answer its ``sends`` names under the
label ``review-field-<field>`` (locales/*/common.ftl). A field without that label would show
no name in the summary: an error at the field in ``sends``, as is a field whose button
``change:<field>`` would pass Telegram's 64 bytes. The summary turn is measured in every
locale with the answers at sample lengths (a button's longest label, the longest municipality
name, a formatted phone number, :data:`SAMPLE_TYPED` for typed text), as the turns check
measures the other turns.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.check.samples import SAMPLE_MUNICIPALITY, SAMPLE_PHONE, SAMPLE_TYPED
from bot.check.walk import Keys, at, steps
from bot.content import Content
from bot.engine.callbacks import MAX_CALLBACK_BYTES, callback_data
from bot.engine.words import (
    MAX_TURN,
    REVIEW_CHANGE_LABEL,
    REVIEW_FIELD_CHOICE,
    REVIEW_OK_LABEL,
    REVIEW_PICK_MESSAGE,
)
from bot.flows.consent import LINE_MESSAGE, REVIEW_MESSAGE, field_label
from bot.flows.loader import FlowDoc
from bot.flows.schema import StepModel
from bot.i18n import SOURCE_LOCALE
from bot.i18n.bidi import strip_marks
from bot.kernel.errors import LocaleError
from bot.kernel.problems import Problem

__all__ = ["REVIEW_MESSAGES", "SAMPLE_MUNICIPALITY", "SAMPLE_TYPED", "check_review"]

#: What every consent step shows besides its own question and labels.
REVIEW_MESSAGES = (
    REVIEW_MESSAGE,
    LINE_MESSAGE,
    REVIEW_OK_LABEL,
    REVIEW_CHANGE_LABEL,
    REVIEW_PICK_MESSAGE,
)


def check_review(content: Content) -> Iterator[Problem]:
    """Errors at consent steps whose summary could not be shown, or would not fit."""
    cat = content.catalog
    if SOURCE_LOCALE not in cat.locales:
        return
    for doc, step_id, step in steps(content):
        if not step.consent:
            continue
        base: Keys = ("steps", step_id)
        missing = [m for m in REVIEW_MESSAGES if not cat.has(SOURCE_LOCALE, m)]
        if missing:
            yield at(
                doc,
                (*base, "consent"),
                "error",
                f"a consent step shows what it sends first; '{SOURCE_LOCALE}' lacks "
                + ", ".join(f"'{m}'" for m in missing),
            )
            continue
        for i, field in enumerate(step.sends or ()):
            if not cat.has(SOURCE_LOCALE, field_label(field)):
                yield at(
                    doc,
                    (*base, "sends", i),
                    "error",
                    f"'{field}' has no label '{field_label(field)}' in '{SOURCE_LOCALE}' "
                    "(locales/*/common.ftl): the summary before the consent shows each answer "
                    "under its label",
                )
            data = callback_data(doc.name, step_id, REVIEW_FIELD_CHOICE + field)
            if len(data.encode()) > MAX_CALLBACK_BYTES:
                yield at(
                    doc,
                    (*base, "sends", i),
                    "error",
                    f"the button to change '{field}' has Telegram callback data '{data}', "
                    f"over {MAX_CALLBACK_BYTES} bytes: use a shorter name",
                )
        yield from _lengths(content, doc, step_id, step)


def _lengths(content: Content, doc: FlowDoc, step_id: str, step: StepModel) -> Iterator[Problem]:
    """An error when the summary, with every answer at its sample length, passes MAX_TURN."""
    cat = content.catalog
    for lang in cat.locales:
        if doc.model.locales is not None and lang not in doc.model.locales:
            continue
        try:
            lines = [cat.format(lang, REVIEW_MESSAGE, {})]
            for field in step.sends or ():
                label = cat.format(lang, field_label(field), {})
                value = _sample(content, doc, field, lang)
                lines.append(cat.format(lang, LINE_MESSAGE, {"label": label, "value": value}))
        except LocaleError:
            continue  # a strict catalog: the messages check reports this one
        length = len(strip_marks("\n".join(lines)))
        if length > MAX_TURN:
            yield at(
                doc,
                ("steps", step_id, "sends"),
                "error",
                f"the summary before '{step_id}' shows {length} characters in '{lang}' with "
                f"every answer given; at most {MAX_TURN} fit a phone screen: send fewer answers "
                "or shorten their labels",
            )


def _sample(content: Content, doc: FlowDoc, field: str, lang: str) -> str:
    """The longest a usual answer ``field`` shows as in the summary."""
    askers = [s for s in doc.model.steps.values() if s.ask and s.save == field]
    kinds = {s.input.type for s in askers if s.input is not None}
    if field == "municipality" or "municipality" in kinds:
        return SAMPLE_MUNICIPALITY
    if "phone" in kinds:
        return SAMPLE_PHONE
    labels = [c.label for s in askers for c in s.choices or []]
    if labels and not kinds:
        return max((content.catalog.format(lang, label, {}) for label in labels), key=len)
    return SAMPLE_TYPED
