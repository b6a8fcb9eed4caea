"""Strict pydantic models of a flow file: the only pydantic in the project.

A typo in a key is an error (``extra="forbid"``), never silently ignored.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

StepId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
FlowId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=30)]
MessageId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]*$", max_length=80)]
VarName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
#: A topic a learner may type to reach a step (``pay``, ``own-case``): see docs/understanding.md.
TopicId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z-]*[a-z]$", max_length=24)]
ChoiceValue = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=24)]
# ``step`` in this flow or ``flow:step`` in another.
Target = Annotated[
    str,
    StringConstraints(pattern=r"^([a-z][a-z0-9_]*:)?[a-z][a-z0-9_]*$", max_length=72),
]
InputType = Literal["text", "latin", "number", "age", "phone", "email", "municipality", "language"]
Literal_ = str | int | bool


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ChoiceModel(_Strict):
    """A button: ``label`` is a Fluent id; ``next`` overrides the step's ``next``; ``skip``
    answers nothing (the step's ``save`` variable is dropped: "I don't know / skip")."""

    value: ChoiceValue
    label: MessageId
    next: Target | None = None
    skip: bool = False


class InputModel(_Strict):
    """A typed answer the step waits for."""

    type: InputType
    max_length: int | None = Field(default=None, ge=1, le=2000)
    min: int | None = None
    max: int | None = None


class BranchModel(_Strict):
    """``if`` a condition holds, go to ``next``; branches are tried in order."""

    if_: str = Field(alias="if", min_length=1)
    next: Target


class StepModel(_Strict):
    """One step. Order when entered: set → do → say → ask (wait) or move on."""

    set: dict[VarName, Literal_] | None = None
    do: list[str] | None = None
    say: MessageId | list[MessageId] | None = None
    ask: MessageId | None = None
    choices: list[ChoiceModel] | None = None
    input: InputModel | None = None
    save: VarName | None = None
    consent: bool = False
    #: On a consent step: the answers its text names, and all a lead made with this consent
    #: carries (besides the language). Declared once, next to the question that names them.
    sends: list[VarName] | None = None
    branch: list[BranchModel] | None = None
    next: Target | None = None
    end: bool = False
    renamed_from: list[StepId] | None = None
    #: What a learner may type to come here (``topic: pay`` or a list): the answer to it.
    topic: TopicId | list[TopicId] | None = None

    @property
    def topics(self) -> tuple[str, ...]:
        """The topics this step answers, as a tuple (empty when none)."""
        if self.topic is None:
            return ()
        return (self.topic,) if isinstance(self.topic, str) else tuple(self.topic)

    @model_validator(mode="after")
    def _shape(self) -> StepModel:
        waits = self.choices is not None or self.input is not None
        if waits and self.ask is None:
            msg = "'choices' and 'input' need an 'ask' message"
            raise ValueError(msg)
        if self.ask is not None and not waits:
            msg = "an 'ask' step needs 'choices' or 'input'"
            raise ValueError(msg)
        if self.choices == [] and self.input is None:
            msg = "'choices' is empty: the question would offer no button and take no answer"
            raise ValueError(msg)
        if self.end and (self.next or self.branch or waits):
            msg = "an 'end' step cannot also have 'next', 'branch', 'choices' or 'input'"
            raise ValueError(msg)
        if self.branch and not self.next:
            msg = "a step with 'branch' needs 'next' as the default"
            raise ValueError(msg)
        if not self.end and not self.next and not self.branch and not self.choices:
            msg = "a step must end with 'next', 'branch', 'choices' or 'end: true'"
            raise ValueError(msg)
        if self.choices is not None and not self.next:
            missing = [c.value for c in self.choices if c.next is None]
            if missing and self.input is None:
                msg = f"choices {missing} have no 'next' and the step has no 'next'"
                raise ValueError(msg)
        if any(c.skip for c in self.choices or ()) and not self.save:
            msg = "a choice with 'skip: true' drops the step's 'save' variable: the step needs one"
            raise ValueError(msg)
        if self.consent and not self.choices:
            msg = "'consent: true' needs choices (a 'yes' choice records consent)"
            raise ValueError(msg)
        if self.consent and not self.sends:
            msg = (
                "'consent: true' needs 'sends': the answers its text names "
                "(a lead carries only those)"
            )
            raise ValueError(msg)
        if self.sends is not None and not self.consent:
            msg = "'sends' belongs on a consent step ('consent: true')"
            raise ValueError(msg)
        return self


class FlowModel(_Strict):
    """A flow file: ``flow`` must equal the file name without ``.yaml``."""

    flow: FlowId
    version: int = Field(ge=1)
    review_by: dt.date | None = None
    start: StepId
    resume: StepId | None = None
    description: str | None = None
    #: Languages this flow is written for (e.g. an employer flow in da and en); others read
    #: it in their fallback language, and `igubot check` does not count it as missing there.
    locales: list[Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]] | None = None
    steps: dict[StepId, StepModel] = Field(min_length=1)
