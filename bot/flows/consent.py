"""What a consent step shows before its question: the summary of its ``sends``, by message id.

A consent step (``consent: true``) first shows the answers it sends, one a line, each with its
label ``review-field-<field>`` under the heading :data:`REVIEW_MESSAGE`; the person may change
one, then sees the question. What a person agrees to is all of these texts together
(:func:`consent_messages`): the consent's version is their hash (docs/contracts.md, Privacy).
"""

from __future__ import annotations

from bot.flows.schema import StepModel

__all__ = [
    "FIELD_PREFIX",
    "LINE_MESSAGE",
    "REVIEW_MESSAGE",
    "consent_messages",
    "field_label",
]

#: The summary's heading (the answers follow it, one a line).
REVIEW_MESSAGE = "common-review"
#: One line of the summary: ``$label`` and ``$value`` (a locale orders them its own way).
LINE_MESSAGE = "common-review-line"
#: ``review-field-<field>``: the label of an answer in the summary and on its "change" button.
FIELD_PREFIX = "review-field-"


def field_label(field: str) -> str:
    """The message id of the label of the answer ``field`` (``review-field-phone``)."""
    return FIELD_PREFIX + field


def consent_messages(step: StepModel) -> list[str]:
    """Every message a person reads at the consent ``step`` before they say yes, in order: the
    summary's heading and line, the labels of what it sends, the question."""
    assert step.ask is not None
    labels = [field_label(name) for name in step.sends or ()]
    return [REVIEW_MESSAGE, LINE_MESSAGE, *labels, step.ask]
