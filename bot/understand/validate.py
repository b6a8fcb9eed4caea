"""Checking the example phrasings for ``igubot check``: located problems, never an exception."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Collection, Iterable

from bot.kernel.problems import Level, Problem
from bot.understand.checkcache import CheckCache, check_key
from bot.understand.examples import TopicExamples, locate
from bot.understand.matcher import Matcher, Thresholds, Weights
from bot.understand.tfidf import NGRAM_RANGE

__all__ = ["check_examples"]

#: Examples closer to another topic reported one by one per file; the rest are counted.
SHOWN_PER_FILE = 3


def check_examples(
    groups: Iterable[TopicExamples],
    topics: Collection[str],
    *,
    matcher: Matcher | None = None,
    build: Callable[[], Matcher] | None = None,
    confusion: Level | None = "warning",
    cache: CheckCache | None = None,
    weights: Weights | None = None,
    thresholds: Thresholds | None = None,
) -> list[Problem]:
    """The problems of the examples of every locale, each at the line of its fault.

    * an ``understand-<x>`` message whose ``x`` is not a known topic (error);
    * a message without any example line (error);
    * an example line with a ``{ placeable }`` in it: examples are typed text (error);
    * an example the matcher, with that example left out, scores higher for another topic
      than for its own, high enough to be offered: learners typing it would be sent elsewhere
      (``confusion`` level; not looked for when ``confusion`` is ``None``).

    :param groups: the examples as :func:`~bot.understand.examples.load_examples` reads them.
    :param topics: the known topic ids.
    :param matcher: the matcher built over the same examples (built here, only when needed,
        with ``weights`` and ``thresholds``, when ``None``).
    :param build: gives that matcher when it is needed (a cache hit needs none): the bot's
        own, so that checking and serving build one index, not two.
    :param confusion: the level of the leave-one-out finding; ``None``: only the errors are
        looked for, and no matcher is built (a server starting, where a warning changes
        nothing: ``igubot check`` shows them).
    :param cache: where results are kept by a key of everything they depend on; a hit
        returns them without building or asking the matcher.
    :param weights: the weights of the matcher built here (defaults when ``None``).
    :param thresholds: its thresholds (defaults when ``None``).
    :returns: the problems in file order.
    """
    groups = list(groups)
    key = None
    if cache is not None:
        if matcher is not None:
            weights, thresholds = matcher.weights, matcher.thresholds
            ngrams = matcher.index.ngram_range
        else:
            ngrams = NGRAM_RANGE
        settings = (weights or Weights(), thresholds or Thresholds(), ngrams, confusion)
        key = check_key(groups, topics, settings)
        found = cache.get(key)
        if found is not None:
            return found
    if matcher is None and build is not None and confusion is not None:
        matcher = build()
    problems = _check(groups, topics, matcher, confusion, weights, thresholds)
    if cache is not None and key is not None:
        cache.put(key, problems)
    return problems


def _check(
    groups: list[TopicExamples],
    topics: Collection[str],
    matcher: Matcher | None,
    confusion: Level | None,
    weights: Weights | None,
    thresholds: Thresholds | None,
) -> list[Problem]:
    """The checks themselves (see :func:`check_examples`)."""
    problems: list[Problem] = []
    texts: dict[str, str | None] = {}
    known = sorted(topics)
    usable: list[TopicExamples] = []
    for group in groups:
        path, line, col = locate(group)
        if group.topic not in topics:
            close = difflib.get_close_matches(group.topic, known, n=1)
            hint = f" (did you mean {'understand-' + close[0]!r}?)" if close else ""
            problems.append(
                Problem(
                    path,
                    line,
                    col,
                    "error",
                    f"{group.message_id!r}: unknown topic {group.topic!r}{hint}; "
                    f"known topics: {', '.join(known)}",
                )
            )
            continue
        for phrase in group.unreadable:
            problems.append(
                Problem(
                    *locate(group, phrase, texts),
                    "error",
                    f"{group.message_id!r}: an example is typed text: no {{ placeable }} in it",
                )
            )
        if not group.examples:
            problems.append(
                Problem(
                    path,
                    line,
                    col,
                    "error",
                    f"{group.message_id!r} has no examples: write one phrasing per line",
                )
            )
            continue
        usable.append(group)
    if confusion is None:
        return sorted(problems)
    if matcher is None:
        matcher = Matcher.build(usable, weights=weights, thresholds=thresholds)
    confused: dict[str, list[Problem]] = {}
    checked = {(g.lang, g.topic) for g in usable}
    floor = matcher.thresholds.candidate  # below it, the matcher offers nothing at all
    for group, phrase, scores in matcher.leave_one_out():
        if (group.lang, group.topic) not in checked:
            continue
        own = scores.get(group.topic, 0.0)
        rival, best = max(scores.items(), key=lambda item: (item[1], item[0]), default=("", 0.0))
        if best > own and best >= floor and rival != group.topic:
            found = Problem(
                *locate(group, phrase, texts),
                confusion,
                f"{group.message_id!r}: the example {phrase.text!r} is closer to topic "
                f"{rival!r} ({best:.2f}) than to its own ({own:.2f}); reword it or move it",
            )
            confused.setdefault(found.path, []).append(found)
    for in_file in confused.values():
        problems += _first_of(sorted(in_file), confusion)
    return sorted(problems)


def _first_of(confused: list[Problem], level: Level) -> list[Problem]:
    """The first :data:`SHOWN_PER_FILE` examples closer to another topic, and how many more.

    Examples overlap by nature ("help" and "talk to a person"): a file with dozens would bury
    its translator; the first few are what to reword next, and the rest show on the next run.
    """
    if len(confused) <= SHOWN_PER_FILE:
        return confused
    first = confused[0]
    more = len(confused) - SHOWN_PER_FILE
    summary = Problem(
        first.path,
        first.line,
        first.col,
        level,
        f"{more} more example(s) in this file are closer to another topic than to their own; "
        "reword the ones shown, then run the check again",
    )
    return [*confused[:SHOWN_PER_FILE], summary]
