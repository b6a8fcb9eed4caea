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

#: Examples read as another topic reported one by one per file; the rest are counted.
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
    * an example that learners typing it would be answered with another topic for, as the
      matcher decides with that example left out (:func:`_misread`; ``confusion`` level; not
      looked for when ``confusion`` is ``None``).

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
    for group, phrase, scores in matcher.leave_one_out():
        if (group.lang, group.topic) not in checked:
            continue
        reason = _misread(matcher, group, scores)
        if reason:
            found = Problem(
                *locate(group, phrase, texts),
                confusion,
                f"{group.message_id!r}: the example {phrase.text!r} {reason}; reword it or "
                "move it",
            )
            confused.setdefault(found.path, []).append(found)
    for in_file in confused.values():
        problems += _first_of(sorted(in_file), confusion)
    return sorted(problems)


def _misread(matcher: Matcher, group: TopicExamples, scores: dict[str, float]) -> str:
    """Why learners typing an example like this would be answered with another topic, or
    ``""``: the matcher's own decision (:meth:`~bot.understand.matcher.Matcher.decide`) on the
    scores the example gets when it is left out.

    * its own topic, or "unsure" with its own topic among the candidates: fine;
    * nothing at all: fine, the example is the only one of its kind, which is what an example
      is for;
    * another topic, confidently, and its own topic would not even be offered (it scores
      below :attr:`~bot.understand.tuning.Thresholds.candidate`): everything else reads it as
      that topic, as a misplaced example does: a finding;
    * another topic while its own is near, or only other topics offered: fine. The example
      holds its phrasing against a neighbour, as examples do ("how does igu work" against
      help's "how does this work"), and typed as it is it gets its own topic (it matches
      itself fully: only the same text under another topic could tie, and that other copy is
      then the finding).
    """
    own = scores.get(group.topic, 0.0)
    left_out = matcher.decide(scores)
    if left_out.outcome != "topic" or left_out.topic == group.topic:
        return ""
    if own >= matcher.thresholds.candidate:
        return ""
    rival, best = left_out.candidates[0]
    return (
        f"reads as topic {rival!r} ({best:.2f}): without it, its own topic is not even offered "
        f"({own:.2f})"
    )


def _first_of(confused: list[Problem], level: Level) -> list[Problem]:
    """The first :data:`SHOWN_PER_FILE` examples read as another topic, and how many more.

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
        f"{more} more example(s) in this file read as another topic; reword the ones shown, "
        "then run the check again",
    )
    return [*confused[:SHOWN_PER_FILE], summary]
