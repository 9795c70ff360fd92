"""Comparing names by their significant words (case, punctuation and plural insensitive)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

_STOP = {
    "and", "the", "for", "with", "from", "into", "onto", "about", "that", "this", "our",
    "your", "their", "its", "per", "are", "was", "has", "have", "not", "but", "all",
}  # fmt: skip
#: How many words a name may add to a known name it contains ("for a tech firm").
MAX_EXTRA_WORDS = 2
#: Two words of four letters or more are the same word misspelt when this similar (one typo:
#: "bookeeping", "teacihng"; a person's misspelling of their own fact is not junk).
TYPO_SIMILARITY = 0.8


def significant(text: str) -> set[str]:
    """The words of three letters or more, stop words left out, a plural ``s`` dropped."""
    words = re.findall(r"[a-z]{3,}", text.lower())
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in words if w not in _STOP}  # fmt: skip


def digits(text: str) -> set[str]:
    """The numbers written in ``text``."""
    return set(re.findall(r"\d+", text))


def names_match(name: str, known: Iterable[str]) -> bool:
    """True when ``name`` is one of the ``known`` names in other words: its significant words
    are all words of a known name, or it holds all the words of a known name and at most
    :data:`MAX_EXTRA_WORDS` more (a word misspelt by one typo counts as the word). A name that
    holds a figure matches only a known name with the same figure, a question matches
    nothing, and so does a name with no significant word."""
    words = significant(name)
    if not words or "?" in name:
        return False
    for candidate in known:
        theirs = significant(candidate)
        if not theirs or not digits(name) <= digits(candidate):
            continue
        extra = _missing(theirs, words)
        if not _missing(words, theirs) or (
            not extra and len(words) - len(theirs) <= MAX_EXTRA_WORDS
        ):
            return True
    return False


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    return min(len(a), len(b)) >= 4 and SequenceMatcher(None, a, b).ratio() >= TYPO_SIMILARITY


def _missing(words: set[str], among: set[str]) -> set[str]:
    """The words of ``words`` that are in ``among`` neither as such nor misspelt."""
    return {w for w in words if not any(_same_word(w, other) for other in among)}


def contains_words(name: str, wanted: str) -> bool:
    """True when every significant word of ``wanted`` is in ``name`` (or misspelt there)."""
    want = significant(wanted)
    return bool(want) and not _missing(want, significant(name))
