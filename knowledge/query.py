"""Query normalisation: a person's question in the words the guidance cards use.

People type "finacial", "prioritize", "dont" and "hrs"; the cards say "financial",
"prioritise", "don't" and "hours". Both the embedding model (its word pieces) and BM25 (exact
tokens) read such a word as something else, so before ranking each word of a question is
brought to the corpus's form, in this order:

1. a short table of chat spellings (``dont``, ``im``, ``u``, ``hrs``, ``yrs``...);
2. a word the corpus already uses is kept as it is;
3. a US spelling whose UK form the corpus uses takes that form (``organize`` -> ``organise``,
   ``labor`` -> ``labour``, ``center`` -> ``centre``), as the cards are written in UK English;
4. a word neither the corpus nor the model's vocabulary knows, of five letters or more and
   not spelt the US way, is read as the corpus word one slip away (a letter swapped, dropped,
   added or changed; two for words of eight letters or more), the most frequent one when
   several are.

Words the model knows are never "corrected" into other words, figures are left alone, and a
word with no close corpus word stays as typed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_LETTERS = re.compile(r"[a-z]+")
#: Shortest word read as a slip of the fingers; shorter ones are too often other words.
MIN_TYPO_LENGTH = 5
#: From this length a word may be two slips away from the corpus word.
TWO_SLIPS_LENGTH = 8

#: How people type in a chat -> the words the cards use.
CHAT_SPELLINGS = {
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't",
    "wont": "won't", "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't",
    "shouldnt": "shouldn't", "wouldnt": "wouldn't", "couldnt": "couldn't",
    "havent": "haven't", "hasnt": "hasn't", "im": "I'm", "ive": "I've",
    "youre": "you're", "theyre": "they're", "whats": "what's", "thats": "that's",
    "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "thx": "thanks",
    "hr": "hour", "hrs": "hours", "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks",
    "mth": "month", "mths": "months", "govt": "government", "gov": "government",
    "biz": "business", "b4": "before", "w/o": "without", "ppl": "people", "info": "information",
}  # fmt: skip

#: US spelling endings -> UK endings, tried on a word the corpus does not use.
_US_TO_UK = (
    ("ization", "isation"), ("izations", "isations"), ("izing", "ising"), ("ized", "ised"),
    ("izes", "ises"), ("ize", "ise"), ("yzing", "ysing"), ("yzed", "ysed"), ("yze", "yse"),
    ("ors", "ours"), ("or", "our"), ("ers", "res"), ("er", "re"), ("eling", "elling"),
    ("eled", "elled"), ("ense", "ence"), ("og", "ogue"), ("am", "amme"), ("ill", "il"),
)  # fmt: skip


def corpus_words(texts: Iterable[str]) -> Counter[str]:
    """How often each lower-case word occurs in ``texts``."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(_LETTERS.findall(text.lower()))
    return counts


class QueryNormaliser:
    """Brings a question's words to the spelling of the corpus (see the module docstring)."""

    def __init__(self, corpus: Counter[str], known: Iterable[str] = ()) -> None:
        """``corpus``: word counts of the cards; ``known``: other real words (the embedding
        model's vocabulary), which are never read as slips."""
        self._corpus = corpus
        self._known = set(corpus) | {w.lower() for w in known}
        self._deletes: dict[str, set[str]] = {}
        # Corpus words under one deletion, looked up with the typed word under up to two:
        # finds every word one slip away and most two slips away, at a tenth of the cost of
        # indexing two deletions.
        for word in corpus:
            if len(word) >= MIN_TYPO_LENGTH - 1:
                for variant in _deletions(word, 1):
                    self._deletes.setdefault(variant, set()).add(word)

    def __call__(self, text: str) -> str:
        """``text`` with each word in the corpus's form; unchanged when nothing applies."""
        return _WORD.sub(lambda match: self.word(match.group(0)), text)

    def word(self, word: str) -> str:
        """One word in the corpus's form (the word itself when nothing applies)."""
        lower = word.lower()
        if lower in CHAT_SPELLINGS and not (len(word) > 1 and word.isupper()):  # HR, U.S.
            return CHAT_SPELLINGS[lower]
        if lower in self._corpus or "'" in lower:
            return word
        uk = self._uk_form(lower)
        if uk:
            return uk
        if lower in self._known or len(lower) < MIN_TYPO_LENGTH or _us_spelling(lower):
            return word
        return self._nearest(lower) or word

    def _uk_form(self, word: str) -> str | None:
        for us, uk in _US_TO_UK:
            if word.endswith(us):
                candidate = word[: -len(us)] + uk
                if candidate in self._corpus:
                    return candidate
        return None

    def _nearest(self, word: str) -> str | None:
        slips = 2 if len(word) >= TWO_SLIPS_LENGTH else 1
        found: set[str] = set()
        for variant in _deletions(word, slips):
            found |= self._deletes.get(variant, set())
        scored = [(distance(word, c), c) for c in found]
        close = [(d, c) for d, c in scored if d <= slips]
        if not close:
            return None
        best = min(d for d, _ in close)
        return max(
            (c for d, c in close if d == best),
            key=lambda c: (_undoubled(word) == _undoubled(c), c[0] == word[0], self._corpus[c], c),
        )


def _us_spelling(word: str) -> bool:
    """Whether ``word`` ends like a US spelling ("prioritize"): a real word, not a slip."""
    return word.endswith(("ize", "izes", "ized", "izing", "ization", "yze", "yzed", "yzing"))


def _deletions(word: str, depth: int) -> set[str]:
    """``word`` and every string made by deleting up to ``depth`` of its letters."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def _undoubled(word: str) -> str:
    """``word`` with each run of a repeated letter cut to one: "kidds" and "kids" agree."""
    return re.sub(r"(.)\1+", r"\1", word)


def distance(first: str, second: str) -> int:
    """Edit distance counting a swap of two neighbouring letters as one slip."""
    rows = len(first) + 1
    cols = len(second) + 1
    table = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        table[i][0] = i
    for j in range(cols):
        table[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost = first[i - 1] != second[j - 1]
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            swapped = first[i - 1] == second[j - 2] and first[i - 2] == second[j - 1]
            if i > 1 and j > 1 and swapped:
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[-1][-1]
