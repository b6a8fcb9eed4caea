"""Messages in every locale: present, translated, same variables, short enough, rendering."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator

from fluent.syntax import ast

from bot.check.samples import SAMPLE_VARIABLES
from bot.check.walk import message_uses, steps
from bot.content import Content
from bot.engine.words import (
    LANGUAGE_PRESET,
    OPERATOR_VARIABLES,
    REASK_MESSAGE,
    SEND_QUESTION,
    SMALL_TALK,
    TOPIC_LABEL_PREFIX,
    UNSUPPORTED_MESSAGE,
)
from bot.flows.consent import FIELD_PREFIX
from bot.i18n import SOURCE_LOCALE, Catalog
from bot.kernel.errors import LocaleError
from bot.kernel.problems import Level, Problem
from bot.understand.examples import MESSAGE_PREFIX as EXAMPLES_PREFIX

#: Characters of a button label that fit a phone.
MAX_LABEL = 30
#: Characters of a message people still read on a phone.
MAX_MESSAGE = 300
#: Message ids the engine itself says; they must exist in the source locale.
ENGINE_MESSAGES = (
    "common-error",
    "common-help",
    "common-ended",
    "common-resume",
    "common-offer-human",
    "common-old-button",
    REASK_MESSAGE,
    UNSUPPORTED_MESSAGE,
    LANGUAGE_PRESET,
    "common-menu",
    "common-not-understood",
    "common-did-you-mean",
    *SMALL_TALK.values(),
    "error-empty",
    "error-too-long",
    "error-number",
    "error-number-range",
    "error-age",
    "error-phone",
    "error-email",
    "error-municipality",
    "error-latin",
    "error-choose",
)
#: The label of the engine's "Send my question to my municipality" button, needed when the
#: step it leads to exists.
SEND_QUESTION_LABEL = "common-send-question"
#: Button labels of the engine's own (the rest are labels of a step's choices or topics).
ENGINE_LABELS = ("common-menu", "common-offer-human", SEND_QUESTION_LABEL)
#: Messages said by the engine or a channel rather than a flow (no "unused" warning).
CHANNEL_PREFIXES = (
    "common-",
    "error-",
    "telegram-",
    "followup-",
    "web-",
    "language-",
    "staff-",
    "poster-",
    EXAMPLES_PREFIX,
    TOPIC_LABEL_PREFIX,
    FIELD_PREFIX,
)
#: CLDR plural categories as select keys (``other`` is also the usual default of a text select).
PLURAL_KEYS = frozenset({"zero", "one", "two", "few", "many"})

Report = Callable[[Level, str], None]


def strict_view(catalog: Catalog) -> Catalog:
    """The same messages, rendering strictly: a message that fails raises instead of falling back.

    The check must not depend on how the catalog was loaded: ``igubot serve`` loads leniently
    (a person sees the fallback language), yet refuses to start on what ``igubot check`` rejects.
    """
    view = copy.copy(catalog)
    view.strict = True
    return view


def _selects(entry: ast.Message | ast.Term) -> Iterator[ast.SelectExpression]:
    """The select expressions of a message's value and attributes, nested ones too.

    Walks only patterns, placeables and variants: fluent.syntax's generic ``Visitor`` visits
    every node and attribute of the tree, and took a third of ``check_locales``.
    """
    todo: list[ast.Pattern] = [p for p in (entry.value, *(a.value for a in entry.attributes)) if p]
    while todo:
        for element in todo.pop().elements:
            expression: object = element
            while isinstance(expression, ast.Placeable):
                expression = expression.expression
            if isinstance(expression, ast.SelectExpression):
                yield expression
                todo += [variant.value for variant in expression.variants]


def _selected_variable(select: ast.SelectExpression) -> str | None:
    """``$x`` of ``{ $x -> ...}`` or ``{ NUMBER($x) -> ...}``."""
    selector: object = select.selector
    if isinstance(selector, ast.FunctionReference) and selector.arguments.positional:
        selector = selector.arguments.positional[0]
    return selector.id.name if isinstance(selector, ast.VariableReference) else None


def engine_messages(content: Content) -> tuple[str, ...]:
    """The messages the engine may say with this content: with the stand-in of each operator
    setting a message shows (``privacy-controller-unset`` while ``$controller`` is not set)."""
    catalog = content.catalog
    shown = set().union(*(catalog.variables(m) for m in catalog.message_ids(SOURCE_LOCALE)))
    stand_ins = tuple(unset for name, unset in OPERATOR_VARIABLES.items() if name in shown)
    if content.step(*SEND_QUESTION.split(":")) is None:
        return (*ENGINE_MESSAGES, *stand_ins)
    return (*ENGINE_MESSAGES, SEND_QUESTION_LABEL, *stand_ins)


def check_engine_messages(content: Content) -> Iterator[Problem]:
    """The messages the engine says exist in the source locale."""
    if SOURCE_LOCALE not in content.catalog.locales:
        return
    for msg_id in engine_messages(content):
        if not content.catalog.has(SOURCE_LOCALE, msg_id):
            yield Problem(
                f"locales/{SOURCE_LOCALE}",
                1,
                1,
                "error",
                f"message '{msg_id}' is used by the engine but missing in '{SOURCE_LOCALE}'",
            )


def check_locales(content: Content) -> list[Problem]:
    """Every locale: what is not translated yet, then each of its messages on its own."""
    cat = content.catalog
    if SOURCE_LOCALE not in cat.locales:
        return [
            Problem("locales", 1, 1, "error", f"the source locale '{SOURCE_LOCALE}' is missing")
        ]
    problems: list[Problem] = []
    labels = {c.label for _d, _s, st in steps(content) for c in st.choices or []}
    labels |= {TOPIC_LABEL_PREFIX + topic for topic in content.topics}  # "Did you mean" buttons
    labels |= set(ENGINE_LABELS)
    used = {m for _d, sid, st in steps(content) for _k, m in message_uses(sid, st)}
    strict = strict_view(cat)
    engine = set(engine_messages(content))
    used |= engine | set(OPERATOR_VARIABLES.values())
    for lang in cat.locales:
        needed = sorted((_used_in(content, lang) | engine) & cat.message_ids(SOURCE_LOCALE))
        missing = [m for m in needed if not cat.has(lang, m)]
        if missing and lang != SOURCE_LOCALE:
            more = " …" if len(missing) > 5 else ""
            problems.append(
                Problem(
                    f"locales/{lang}",
                    1,
                    1,
                    "warning",
                    f"{len(missing)} message(s) not translated (shown in the fallback "
                    f"language): {', '.join(missing[:5])}{more}",
                )
            )
        for msg_id in sorted(cat.message_ids(lang)):
            problems += _check_message(content, strict, lang, msg_id, used, labels)
    return problems


def _used_in(content: Content, lang: str) -> set[str]:
    """Messages of the flows written for ``lang`` (a flow without ``locales`` is for all)."""
    return {
        m
        for doc, sid, st in steps(content)
        if doc.model.locales is None or lang in doc.model.locales
        for _k, m in message_uses(sid, st)
    }


def _check_message(
    content: Content, strict: Catalog, lang: str, msg_id: str, used: set[str], labels: set[str]
) -> list[Problem]:
    """One message in one locale: known to the source, its variables, length, rendering."""
    cat = content.catalog
    path, line, col = cat.location(lang, msg_id) or (f"locales/{lang}", 1, 1)
    problems: list[Problem] = []

    def report(level: Level, message: str) -> None:
        problems.append(Problem(path, line, col, level, message))

    if lang != SOURCE_LOCALE:
        if not cat.has(SOURCE_LOCALE, msg_id):
            report("warning", f"'{msg_id}' is not in '{SOURCE_LOCALE}' (obsolete?)")
            return problems
        extra = cat.variables(msg_id, lang) - cat.variables(msg_id, SOURCE_LOCALE)
        for name in sorted(extra):
            report(
                "error", f"'{msg_id}' uses ${name}, which the '{SOURCE_LOCALE}' message does not"
            )
    elif msg_id not in used and not msg_id.startswith(CHANNEL_PREFIXES):
        report("warning", f"'{msg_id}' is not used by any flow")
    if msg_id.startswith(EXAMPLES_PREFIX):
        return problems  # typed-text examples, never shown: checked by bot.understand.validate
    _check_plurals(content, lang, msg_id, report)
    names = cat.variables(msg_id, lang)
    args = {**{v: SAMPLE_VARIABLES.get(v, "x") for v in names}, **content.facts.variables()}
    try:
        text = strict.format(lang, msg_id, args)
    except LocaleError as exc:  # rendered strictly: a render error names the fault
        report("error", exc.message)
        return problems
    if msg_id in labels and len(text) > MAX_LABEL:
        report(
            "error",
            f"button label '{msg_id}' has {len(text)} characters; at most {MAX_LABEL} fit a phone",
        )
    elif len(text) > MAX_MESSAGE:
        report(
            "warning", f"'{msg_id}' has {len(text)} characters; keep messages under {MAX_MESSAGE}"
        )
    return problems


def _check_plurals(content: Content, lang: str, msg_id: str, report: Report) -> None:
    """A plural select (``[one]``, ``[few]`` ...) on a fact that is not a number never picks
    those forms: Fluent compares the text with the keys and always shows the default."""
    entry = content.catalog.entry(lang, msg_id)
    if entry is None:
        return
    for select in _selects(entry):  # the catalog's AST: no second parse
        name = _selected_variable(select)
        fact = content.facts.items.get(name or "")
        if fact is None or isinstance(fact.value, int):
            continue
        keys = {v.key.name for v in select.variants if isinstance(v.key, ast.Identifier)}
        plural = sorted(keys & PLURAL_KEYS)
        if plural:
            report(
                "error",
                f"'{msg_id}' selects plural forms ({', '.join(plural)}) of ${name}, but the "
                f"fact '{name}' is not a number ({fact.value!r}): those forms never apply; "
                "make the fact a number or select on its text",
            )
