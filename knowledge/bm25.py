"""A small Okapi BM25 index: the lexical baseline the retriever is measured against."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

_TOKEN = re.compile(r"[a-z0-9]+")
#: Common English words that carry no topic; removing them keeps BM25 honest on short queries.
_STOPWORD_TEXT = (
    "a an and are as at be but by can do does for from has have how i if in into is it its me "
    "my of on or our should so than that the their them then there these they this to was we "
    "what when where which who why will with would you your"
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split(" "))


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens without stopwords, with a light plural strip."""
    return [_stem(t) for t in _TOKEN.findall(text.lower()) if t not in STOPWORDS]


def _stem(token: str) -> str:
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


class BM25:
    """Okapi BM25 over a fixed list of documents (k1 = 1.5, b = 0.75 by default)."""

    def __init__(self, documents: Sequence[str], k1: float = 1.5, b: float = 0.75) -> None:
        """Index ``documents``; their positions are the ids :meth:`scores` returns against."""
        self.k1, self.b = k1, b
        self._terms = [Counter(tokenize(doc)) for doc in documents]
        self._lengths = [sum(terms.values()) for terms in self._terms]
        self._average = sum(self._lengths) / len(self._lengths) if self._lengths else 0.0
        frequency: Counter[str] = Counter()
        for terms in self._terms:
            frequency.update(terms.keys())
        count = len(self._terms)
        self._idf = {t: math.log(1 + (count - n + 0.5) / (n + 0.5)) for t, n in frequency.items()}

    def scores(self, query: str) -> list[float]:
        """The BM25 score of every document for ``query``, in document order."""
        words = tokenize(query)
        return [
            self._score(words, terms, length)
            for terms, length in zip(self._terms, self._lengths, strict=True)
        ]

    def _score(self, words: list[str], terms: Counter[str], length: int) -> float:
        total = 0.0
        norm = self.k1 * (1 - self.b + self.b * length / (self._average or 1.0))
        for word in words:
            tf = terms.get(word, 0)
            if tf:
                total += self._idf[word] * tf * (self.k1 + 1) / (tf + norm)
        return total

    def top(self, query: str, k: int) -> list[tuple[int, float]]:
        """The ``k`` best ``(document index, score)`` pairs, best first."""
        ranked = sorted(enumerate(self.scores(query)), key=lambda pair: -pair[1])
        return ranked[:k]
