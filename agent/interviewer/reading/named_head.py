"""A change asked for work named only in part (pure: no I/O).

"Could you change the pottery classes to 9,000 a year?" when only *Pottery sales* is on record:
"pottery" is a word of that work's name, but "classes" is not, so the work asked about may be
other work of the same craft (classes, not sales). The figure is then not sure of its work and
is asked back instead of overwriting the work that shares a word with it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import names, slips
from agent.interviewer.reading.confidence import WEAK
from agent.interviewer.reading.types import Reading

#: "change the X to", "update my X to", "set the X to": the words that name the work asked of.
_ASKED = re.compile(
    r"\b(?:change|update|set|correct|amend)\s+(?:the|my|our)\s+"
    r"(?P<named>[a-z][a-z' -]{1,60}?)\s+to\b"
)
#: Words of the figure, not of the work's name ("the market pay", "my tutoring income").
_FIGURE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "pay wage wages salary income revenue rate rates fee fees earnings hours money price "
        "prices takings figure figures amount total number one up down back all",
    )
)


def doubted(readings: list[Reading], text: str) -> list[Reading]:
    """The readings, with a change of a work's figure made unsure when the words that ask for
    it do not name that work: the last word of the name said (its head) is no word of the
    work's name ("the pottery classes" for *Pottery sales*, or for the work asked about)."""
    asked = _ASKED.search(text.casefold())
    if asked is None:
        return readings
    said = [w for w in names.words(asked.group("named")) if w not in _FIGURE_WORDS]
    return [_doubt(r, said) for r in readings]


def _doubt(reading: Reading, said: list[str]) -> Reading:
    if reading.act != "change" or not reading.subject or not said or reading.confidence <= WEAK:
        return reading
    if not (reading.field or "").startswith("activity."):
        return reading
    if _is_word_of(said[-1], names.words(reading.subject.casefold())):
        return reading  # "the pottery sales": the head of the name is the work's
    return replace(reading, confidence=WEAK, note="which work?")


def _is_word_of(word: str, own: list[str]) -> bool:
    """True when ``word`` is one of ``own`` (its stem, or typed with a slip)."""
    return any(
        names.stem(word) == names.stem(o) or slips.one_slip(word, o) or slips.one_slip(o, word)
        for o in own
    )
