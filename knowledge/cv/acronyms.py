"""Names spelled out for an acronym: "CART: communication access realtime translation",
"preliminary clinical evaluation (PCE)". The spelled-out words name one thing, the acronym's;
a word inside them ("communication", "evaluation") names no practice of its own, unless the
name joins two ("RAMS (risk assessments & method statements)").
"""

from __future__ import annotations

import functools
import re

_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
#: Words an acronym's letters may pass over ("Department for Work and Pensions (DWP)").
_SMALL = {"of", "and", "for", "the", "in", "on", "to"}
#: How far from the acronym its spelled-out name may start or end (a colon, a bracket).
_GAP = 4


@functools.lru_cache(maxsize=1024)
def spelled_out(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` spells out an acronym it names beside it, as (start, end) spans."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text.replace("-", " "))]
    spans: list[tuple[int, int]] = []
    for acronym in _ACRONYM.finditer(text):
        letters = acronym.group(0).lower()
        after = [w for w in words if w[0] >= acronym.end()]
        before = [w for w in words if w[1] <= acronym.start()]
        if after and after[0][0] - acronym.end() <= _GAP:
            spans += _span(after, letters)
        if before and acronym.start() - before[-1][1] <= _GAP:
            spans += _span_ending(before, letters)
    return tuple(spans)


def _span(words: list[tuple[int, int, str]], letters: str) -> list[tuple[int, int]]:
    """The words from the first on whose initials spell ``letters`` (small words passed)."""
    at, used = 0, []
    for word in words:
        if at == len(letters):
            break
        if word[2].lower()[0] == letters[at]:
            used.append(word)
            at += 1
        elif word[2].lower() not in _SMALL or not used:
            return []
    if at < len(letters):
        return []
    return [(min(word[0] for word in used), max(word[1] for word in used))]


def _span_ending(words: list[tuple[int, int, str]], letters: str) -> list[tuple[int, int]]:
    """The words up to the last whose initials spell ``letters`` (small words passed)."""
    return _span(list(reversed(words)), letters[::-1])


def inside_spelled_out(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a part, not the whole, of an acronym's spelled-out name
    of one thing; a name of two joined by "and" ("RAMS (risk assessments & method
    statements)") names each."""
    return any(
        s <= start and end <= e and (s, e) != (start, end) and not _JOINED.search(text[s:e])
        for s, e in spelled_out(text)
    )


_JOINED = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)
