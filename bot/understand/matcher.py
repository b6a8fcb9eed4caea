"""Mapping a typed message to a topic: nearest examples and keywords of every locale at once.

One index holds the examples and keywords of all locales, because learners mix Danish and
English words (løn, SU, kommune) into every language. A message's score for a topic is the best
cosine similarity of its character n-grams to one of the topic's examples, raised by a keyword
of the topic the message contains; examples of the learner's own locale weigh most, Danish and
English next, the other locales least (:class:`Weights`). :class:`Thresholds` turn the scores
into an :class:`Understanding`: one confident topic, "unsure" with the best two or three
candidates, or "none".
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from bot.understand.examples import Phrase, TopicExamples, load_examples
from bot.understand.normalize import match_form
from bot.understand.tfidf import NGRAM_RANGE, NgramIndex
from bot.understand.tuning import PHRASE_WORDS, Thresholds, Weights

if TYPE_CHECKING:
    from bot.i18n.catalog import Catalog

__all__ = ["Matcher", "Thresholds", "Understanding", "Weights"]

Outcome = Literal["topic", "unsure", "none"]

#: Locales whose words learners mix into every language.
BRIDGE_LOCALES = ("da", "en")
#: Only this many characters of a message are read: a question is short, and a pasted page
#: would otherwise cost time in proportion to its length (Telegram allows 4,096).
MAX_TEXT = 500


@dataclass(frozen=True)
class Understanding:
    """What a typed message was understood as.

    :param outcome: ``"topic"`` (confident), ``"unsure"`` or ``"none"``.
    :param candidates: (topic, score) best first: the topic alone when confident, the one to
        three to offer when unsure, empty for none.
    """

    outcome: Outcome
    candidates: tuple[tuple[str, float], ...] = ()

    @property
    def topic(self) -> str | None:
        """The topic when the outcome is confident, else ``None``."""
        return self.candidates[0][0] if self.outcome == "topic" else None

    @property
    def score(self) -> float:
        """The best topic's score (0 for none)."""
        return self.candidates[0][1] if self.candidates else 0.0

    @property
    def topics(self) -> tuple[str, ...]:
        """The topics of the candidates, best first."""
        return tuple(topic for topic, _score in self.candidates)


NONE = Understanding("none")


class Matcher:
    """Scores typed text against the examples and keywords of every locale.

    Build it with :meth:`build` (from loaded examples) or :meth:`from_catalog`. Immutable once
    built, so one matcher serves every thread.
    """

    def __init__(
        self,
        topics: Iterable[TopicExamples],
        *,
        weights: Weights | None = None,
        thresholds: Thresholds | None = None,
        ngram_range: tuple[int, int] = NGRAM_RANGE,
    ) -> None:
        """Index every example and keyword; prefer :meth:`build` or :meth:`from_catalog`."""
        self.weights = weights or Weights()
        self.thresholds = thresholds or Thresholds()
        self.topic_examples = tuple(topics)
        # One document per distinct (text, topic): the same phrase in several locales is stored
        # once with every locale that has it.
        docs: dict[tuple[str, str], set[str]] = {}
        terms: dict[tuple[str, str], set[str]] = {}
        for group in self.topic_examples:
            for phrase in group.examples:
                form = match_form(phrase.text)
                if form:
                    docs.setdefault((form, group.topic), set()).add(group.lang)
            for phrase in group.keywords:
                form = match_form(phrase.text)
                if form:
                    terms.setdefault((form, group.topic), set()).add(group.lang)
        self._doc_keys = list(docs)
        self._doc_topic = [topic for _form, topic in docs]
        self._doc_langs = [frozenset(langs) for langs in docs.values()]
        self._doc_words = [len(form.split()) for form, _topic in docs]
        self._term_keys = list(terms)
        self._term_topic = [topic for _form, topic in terms]
        self._term_langs = [frozenset(langs) for langs in terms.values()]
        self._doc_ids = {key: doc for doc, key in enumerate(self._doc_keys)}
        self.index = NgramIndex(
            [form for form, _topic in docs], [form for form, _ in terms], ngram_range=ngram_range
        )
        self._term_shared = self._shared_topics()
        self._term_inside = self._containing_terms()
        holding = {other for inside in self._term_inside for other in inside}
        # Phrases held to phrase_floor: those that hold another topic's keyword, and those of
        # three words or more (a word of them missing is a different phrase).
        self._term_holds = [
            term in holding or len(form.split()) >= PHRASE_WORDS
            for term, (form, _topic) in enumerate(self._term_keys)
        ]
        self._doc_weights: dict[str, list[float]] = {}
        self._term_weights: dict[str, list[float]] = {}

    @classmethod
    def build(
        cls,
        topics: Iterable[TopicExamples],
        *,
        weights: Weights | None = None,
        thresholds: Thresholds | None = None,
        ngram_range: tuple[int, int] = NGRAM_RANGE,
    ) -> Matcher:
        """A matcher over the given examples (all locales at once).

        :param topics: the examples and keywords per locale and topic.
        :param weights: the weights of the evidence; defaults when ``None``.
        :param thresholds: where scores become answers; defaults when ``None``.
        :param ngram_range: the n-gram lengths of the index (for tuning).
        """
        return cls(topics, weights=weights, thresholds=thresholds, ngram_range=ngram_range)

    @classmethod
    def from_catalog(
        cls,
        catalog: Catalog,
        *,
        weights: Weights | None = None,
        thresholds: Thresholds | None = None,
    ) -> Matcher:
        """A matcher over every ``understand-*`` message of the catalog's locales.

        :param catalog: the loaded catalog (the bot's content).
        """
        return cls(load_examples(catalog), weights=weights, thresholds=thresholds)

    def tuned(
        self, *, weights: Weights | None = None, thresholds: Thresholds | None = None
    ) -> Matcher:
        """A matcher sharing this one's index with other weights or thresholds (no rebuild:
        for tuning, or for thresholds changed in a running bot).

        :param weights: the new weights; this matcher's when ``None``.
        :param thresholds: the new thresholds; this matcher's when ``None``.
        """
        twin = copy.copy(self)
        twin.weights = weights or self.weights
        twin.thresholds = thresholds or self.thresholds
        twin._doc_weights = {}
        twin._term_weights = {}
        return twin

    # ------------------------------------------------------------------ introspection

    @property
    def topics(self) -> frozenset[str]:
        """The topics that have at least one example or keyword."""
        return frozenset(self._doc_topic) | frozenset(self._term_topic)

    def _shared_topics(self) -> list[int]:
        """Per keyword: how many other topics have an example with the keyword's words in it
        ("igu" is in nearly all), found through an index of the examples' words."""
        with_word: dict[str, set[int]] = {}
        padded = [f" {form} " for form, _topic in self._doc_keys]
        for doc, (form, _topic) in enumerate(self._doc_keys):
            for word in form.split():
                with_word.setdefault(word, set()).add(doc)
        shared: list[int] = []
        for form, topic in self._term_keys:
            words = form.split()
            docs = set.intersection(*(with_word.get(w, set()) for w in words))
            phrase = f" {form} "
            shared.append(len({self._doc_topic[d] for d in docs if phrase in padded[d]} - {topic}))
        return shared

    def _containing_terms(self) -> list[tuple[int, ...]]:
        """Per keyword: the keywords of other topics that contain its words as a phrase ("can
        i apply" of eligibility contains "apply" of interest), found through their words."""
        with_word: dict[str, set[int]] = {}
        for term, (form, _topic) in enumerate(self._term_keys):
            for word in form.split():
                with_word.setdefault(word, set()).add(term)
        inside: list[tuple[int, ...]] = []
        for form, topic in self._term_keys:
            words = form.split()
            phrase = f" {form} "
            found = set.intersection(*(with_word.get(w, set()) for w in words)) if words else set()
            inside.append(
                tuple(
                    other
                    for other in sorted(found)
                    if self._term_topic[other] != topic
                    and phrase in f" {self._term_keys[other][0]} "
                    and self._term_keys[other][0] != form
                )
            )
        return inside

    # ------------------------------------------------------------------ scoring

    def _weights_for(
        self,
        lang: str,
        cache: dict[str, list[float]],
        langs: list[frozenset[str]],
        scale: list[float] | None = None,
    ) -> list[float]:
        """Each document's (or term's) weight for a learner of ``lang`` (computed on first use;
        two threads racing compute the same list twice, harmlessly).

        :param scale: a factor per document (or term) to multiply in.
        """
        found = cache.get(lang)
        if found is None:
            w = self.weights
            by_lang = {code: w.bridge for code in BRIDGE_LOCALES}
            by_lang[lang] = w.own
            by_set = {
                codes: max(by_lang.get(code, w.other) for code in codes) for codes in set(langs)
            }
            found = [by_set[codes] for codes in langs]
            if scale is not None:
                found = [weight * factor for weight, factor in zip(found, scale, strict=True)]
            cache[lang] = found
        return found

    def scores(self, text: str, lang: str) -> dict[str, float]:
        """Every topic with any evidence for ``text`` and its score (0 to 1).

        :param text: the typed message, as typed (only its first :data:`MAX_TEXT` characters
            are read).
        :param lang: the learner's locale (its examples weigh most).
        """
        form = match_form(text[:MAX_TEXT])
        vector = self.index.vector(form)
        if not vector:
            return {}
        words = len(form.split())
        return self._topic_scores(self.index.similarities(vector), vector, lang, words)

    def leave_one_out(self) -> Iterator[tuple[TopicExamples, Phrase, dict[str, float]]]:
        """Every example with the topic scores its own text gets when it is left out of the
        index (and the same text in other locales with it), computed for all examples at once.

        What :func:`bot.understand.validate.check_examples` reports confusions from.
        """
        vectors = self.index.document_vectors()
        neighbours = self.index.neighbours(self.weights.floor, vectors)
        for group in self.topic_examples:
            for phrase in group.examples:
                doc = self._doc_ids.get((match_form(phrase.text), group.topic))
                if doc is None:
                    continue
                scores = self._topic_scores(
                    neighbours[doc], vectors[doc], group.lang, self._doc_words[doc]
                )
                yield group, phrase, scores

    def _topic_scores(
        self, similarities: dict[int, float], vector: dict[str, float], lang: str, words: int
    ) -> dict[str, float]:
        """Per topic: the best weighted similarity of its examples (a longer one counts at most
        :attr:`Weights.one_word` for a one-word text), combined with the best keyword the text
        contains."""
        best: dict[str, float] = {}
        w = self.weights
        floor = w.floor
        doc_weights = self._weights_for(lang, self._doc_weights, self._doc_langs)
        doc_topic = self._doc_topic
        cap = w.one_word if words == 1 else 1.0
        doc_words = self._doc_words
        for doc, similarity in similarities.items():
            if similarity < floor:
                continue
            score = similarity * doc_weights[doc]
            if score > cap and doc_words[doc] > 1:
                score = cap
            topic = doc_topic[doc]
            if score > best.get(topic, 0.0):
                best[topic] = score
        term_weights = self._term_weights.get(lang)
        if term_weights is None:
            sharing = w.keyword_sharing
            specificity = [1.0 / (1.0 + sharing * n) for n in self._term_shared]
            term_weights = self._weights_for(
                lang, self._term_weights, self._term_langs, specificity
            )
        keyword: dict[str, float] = {}
        holds = self._term_holds
        matched = {
            t: c
            for t, c in self.index.coverage(vector).items()
            if c >= (w.phrase_floor if holds[t] else w.keyword_floor)
        }
        inside = self._term_inside
        for term, covered in matched.items():
            # A keyword inside a longer keyword of another topic that the text holds as fully
            # is that keyword's word: "can i apply" asks whether, not "apply" to sign up.
            if any(matched.get(other, 0.0) >= covered - 1e-9 for other in inside[term]):
                continue
            score = w.keyword * covered * term_weights[term]
            topic = self._term_topic[term]
            if score > keyword.get(topic, 0.0):
                keyword[topic] = score
        for topic, score in keyword.items():  # either kind of evidence; both raise it more
            best[topic] = 1.0 - (1.0 - best.get(topic, 0.0)) * (1.0 - score)
        return best

    def decide(self, scores: Mapping[str, float]) -> Understanding:
        """Turn topic scores into an answer with the matcher's thresholds.

        :param scores: topic → score, as :meth:`scores` gives them.
        """
        t = self.thresholds
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        if not ranked or ranked[0][1] < t.candidate:
            return NONE
        first = ranked[0][1]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        if first >= t.confident and first - second >= t.margin:
            return Understanding("topic", (ranked[0],))
        floor = max(t.candidate, first - t.spread)
        offered = tuple(item for item in ranked[: t.max_candidates] if item[1] >= floor)
        return Understanding("unsure", offered)

    def match(self, text: str, lang: str) -> Understanding:
        """What a typed message means: a topic, unsure with candidates, or none.

        :param text: the message as typed (any script, any locale's words).
        :param lang: the learner's locale.
        """
        return self.decide(self.scores(text, lang))
