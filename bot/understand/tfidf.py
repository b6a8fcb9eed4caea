"""A small character n-gram TF-IDF index: short texts in, cosine similarities out.

It computes what scikit-learn's ``TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4),
sublinear_tf=True)`` does (n-grams inside space-padded words, smoothed idf, l2 norm), with an
inverted index instead of a sparse matrix. Written here rather than imported because importing
``sklearn.feature_extraction.text`` takes 1.35 s and adds 108 MB of resident memory on the
project's machine (it pulls in SciPy and NumPy), against ``igubot check``'s budget of 1 s and a
bot's of 150 MB; the examples are a few thousand short lines, where a dictionary of postings is
fast enough (bench/bench_understand.py).

Two differences from scikit-learn, both for typed text: a query's n-grams that no document has
still count in its norm (so "hi xqzv" is not as close to "hi" as "hi" is), and documents can be
"terms" as well, scored by how much of the term the query contains (a keyword typed inside a
longer message) rather than by cosine.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence

__all__ = ["NgramIndex", "char_ngrams"]

#: The n-gram lengths, as scikit-learn's ``ngram_range``. Not (2, 4): bigrams are few and in
#: every other phrase, so they made 40 % of the index and 80 % of the work of a look-up
#: (postings touched per query, median 2,206 with bigrams, 413 without, on the bench's index)
#: for little information; a word of one or two letters still has its padded trigrams.
NGRAM_RANGE = (3, 4)


def char_ngrams(text: str, lo: int = NGRAM_RANGE[0], hi: int = NGRAM_RANGE[1]) -> list[str]:
    """The character n-grams of each space-padded word of ``text`` (scikit-learn's
    ``char_wb``): with lengths 3 and 4, "pay" gives " pa", "pay", "ay ", " pay", "pay ".

    :param text: normalised text (words separated by single spaces).
    :param lo: the shortest n-gram.
    :param hi: the longest n-gram.
    """
    # Every word padded with its own spaces; an n-gram with a space inside spans two words.
    padded = f" {text.replace(' ', '  ')} "
    size = len(padded)
    grams: list[str] = []
    for n in range(lo, hi + 1):
        grams += [
            g for g in [padded[i : i + n] for i in range(size - n + 1)] if " " not in g[1:-1]
        ]
    return grams


class NgramIndex:
    """Documents and terms as TF-IDF vectors of character n-grams, searchable by a query.

    :param documents: normalised texts compared by cosine (e.g. example phrasings).
    :param terms: normalised texts scored by how much of them a query contains (keywords).
    :param ngram_range: the shortest and longest n-gram (:data:`NGRAM_RANGE` by default).
    """

    def __init__(
        self,
        documents: Sequence[str],
        terms: Sequence[str] = (),
        *,
        ngram_range: tuple[int, int] = NGRAM_RANGE,
    ) -> None:
        self.ngram_range = ngram_range
        lo, hi = ngram_range
        doc_grams = [Counter(char_ngrams(text, lo, hi)) for text in documents]
        term_grams = [set(char_ngrams(text, lo, hi)) for text in terms]
        df: Counter[str] = Counter()
        for counts in doc_grams:
            df.update(counts.keys())
        for grams in term_grams:
            df.update(grams)
        total = len(doc_grams) + len(term_grams)
        log = math.log
        #: Inverse document frequency of every known n-gram (smoothed, as scikit-learn).
        self.idf = {g: log((1 + total) / (1 + n)) + 1.0 for g, n in df.items()}
        #: The idf an n-gram no document has.
        self.unseen_idf = log(1 + total) + 1.0
        self.documents = len(doc_grams)
        self.terms = len(term_grams)
        # Postings: n-gram → [(document, weight)], in document order. The documents' own
        # vectors are not kept (they would double the index's memory): the postings hold them,
        # and document_vectors() reads them back for the rare uses (checks).
        idf = self.idf
        self._doc_postings: dict[str, list[tuple[int, float]]] = {g: [] for g in idf}
        for doc, counts in enumerate(doc_grams):
            for gram, weight in self._weigh(counts).items():
                self._doc_postings[gram].append((doc, weight))
        self._term_postings: dict[str, list[tuple[int, float]]] = {}
        for term, grams in enumerate(term_grams):
            mass = sum(idf[g] for g in grams) or 1.0
            for gram in grams:
                self._term_postings.setdefault(gram, []).append((term, idf[gram] / mass))

    def _weigh(self, counts: Counter[str]) -> dict[str, float]:
        """Sublinear tf times idf, l2-normalised; n-grams never seen count in the norm only."""
        idf, unseen, log = self.idf, self.unseen_idf, math.log
        vector = {
            g: idf.get(g, unseen) * (1.0 + log(n) if n > 1 else 1.0) for g, n in counts.items()
        }
        scale = 1.0 / (math.sqrt(sum(w * w for w in vector.values())) or 1.0)
        return {g: w * scale for g, w in vector.items() if g in idf}

    def vector(self, text: str) -> dict[str, float]:
        """The query vector of a normalised text (only its known n-grams, weighted with all)."""
        return self._weigh(Counter(char_ngrams(text, *self.ngram_range)))

    def document_vectors(self) -> list[dict[str, float]]:
        """Every document's vector, as :meth:`vector` gives it for its text (read back from
        the postings: for checks, not for every message)."""
        vectors: list[dict[str, float]] = [{} for _ in range(self.documents)]
        for gram, postings in self._doc_postings.items():
            for doc, weight in postings:
                vectors[doc][gram] = weight
        return vectors

    def neighbours(
        self, floor: float, vectors: list[dict[str, float]] | None = None
    ) -> list[dict[int, float]]:
        """For every document, the other documents at least ``floor`` similar to it.

        Each pair is computed once (postings are in document order, so each document only
        walks the part of a posting list after itself): half the work of asking
        :meth:`similarities` once per document.

        :param floor: the least cosine similarity kept.
        :param vectors: :meth:`document_vectors`, when the caller has them already.
        """
        found: list[dict[int, float]] = [{} for _ in range(self.documents)]
        postings = self._doc_postings
        for doc, vector in enumerate(vectors or self.document_vectors()):
            scores: dict[int, float] = {}
            get = scores.get
            for gram, q in vector.items():
                plist = postings[gram]
                start = bisect_right(plist, (doc, 2.0))  # weights are at most 1
                for other, weight in plist[start:]:
                    scores[other] = get(other, 0.0) + q * weight
            mine = found[doc]
            for other, similarity in scores.items():
                if similarity >= floor:
                    mine[other] = similarity
                    found[other][doc] = similarity
        return found

    def similarities(self, vector: dict[str, float]) -> dict[int, float]:
        """Cosine similarity of the query vector to every document that shares an n-gram."""
        scores: dict[int, float] = {}
        get = scores.get
        postings = self._doc_postings
        for gram, q in vector.items():
            for doc, weight in postings.get(gram, ()):
                scores[doc] = get(doc, 0.0) + q * weight
        return scores

    def coverage(self, grams: Iterable[str]) -> dict[int, float]:
        """For every term sharing an n-gram with the query: the idf-weighted share of the
        term's n-grams the query has (1.0 when the query contains the whole term)."""
        scores: dict[int, float] = {}
        get = scores.get
        postings = self._term_postings
        for gram in grams:
            for term, weight in postings.get(gram, ()):
                scores[term] = get(term, 0.0) + weight
        return scores
