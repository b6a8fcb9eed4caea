"""The matcher's tunable settings: how much each kind of evidence weighs, and where scores
become an answer (chosen on the development sets with ``scripts/tune_understanding.py``)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PHRASE_WORDS", "Thresholds", "Weights"]

#: A keyword of this many words or more is a phrase: it counts only when nearly whole
#: (:attr:`Weights.phrase_floor`).
PHRASE_WORDS = 3


@dataclass(frozen=True)
class Weights:
    """How much each kind of evidence counts (defaults provisional, see
    ``scripts/tune_understanding.py``).

    :param own: examples and keywords of the learner's own locale.
    :param bridge: those of Danish and English (:data:`bot.understand.matcher.BRIDGE_LOCALES`).
    :param other: those of every other locale.
    :param keyword: what a keyword the message wholly contains is worth on its own.
    :param keyword_floor: a keyword less covered than this (by n-grams) does not count.
    :param keyword_sharing: a keyword whose words other topics' examples contain counts
        ``1 / (1 + keyword_sharing * n)`` for ``n`` such topics ("igu" is in nearly all).
    :param phrase_floor: a keyword that holds another topic's keyword ("can i apply" holds
        "apply"), or of :data:`PHRASE_WORDS` words or more, counts only when the message holds
        this much of it: its other words are what tells it apart, and ``keyword_floor`` would
        let one of them be missing ("jeg vil søge" is not "kan jeg søge").
    :param floor: an example less similar than this (cosine) is no evidence at all: it cannot
        lift a topic near any threshold, and skipping it saves work.
    :param one_word: what a longer example can give a one-word message at most (below
        :attr:`Thresholds.confident`): one word of a phrase is not the phrase ("haa", yes, is
        not "haa waan rabaa", yes I want to): only a keyword or a one-word example makes a
        single word confident.
    """

    own: float = 1.0
    bridge: float = 0.95
    other: float = 0.85
    keyword: float = 0.7
    keyword_floor: float = 0.75
    keyword_sharing: float = 1.0
    phrase_floor: float = 0.9
    floor: float = 0.1
    one_word: float = 0.45


@dataclass(frozen=True)
class Thresholds:
    """Where scores (0 to 1) become an answer (defaults provisional).

    :param confident: the best topic scores at least this …
    :param margin: … and leads the second by at least this: it is the answer.
    :param candidate: a topic scoring less is never offered; when none reaches it: "none".
    :param spread: offered candidates score within this of the best.
    :param max_candidates: at most this many are offered.
    """

    confident: float = 0.5
    margin: float = 0.08
    candidate: float = 0.3
    spread: float = 0.2
    max_candidates: int = 3
