"""Limits said while the week's blocks are shown (pure).

"These blocks are fine, except that I cannot take anything on Wednesday afternoons: I collect
my son", "blocks look sweet as but nothing before 8 cos i drop my boy", "in trekking season i
cannot do any blocks, only off season": a time of the day, the week or the year that work
cannot take, said beside the blocks. Read when no other limit was: one constraint, in the
person's words, with the rest of its sentence (its reason or the time that is free).
"""

from __future__ import annotations

import re

from agent.interviewer.reading import kept
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.types import Reading
from agent.interviewer.reading.wording import clean

#: A time that work could be set in: a part of the week, a clock bound, a season or a term.
_WHEN = re.compile(
    rf"\b(?:{kept.TIME_WORD})\b|\b(?:before|after|until|till|past)\s+\d{{1,2}}(?:[:.]\d\d)?\b|"
    r"\b(?:season|term|holidays)\b"
)
#: Words that keep work out of that time, or let it in only there ("not afternoon" alone
#: puts a block right: "the classes are Tuesday morning, not afternoon").
_KEPT_OUT = re.compile(
    r"\b(?:can'?t|cannot|can not|unable to|not able to|not available|unavailable|nothing|"
    r"never|only|no (?:work|blocks?)|except|out)\b"
)
#: A question, or a request about a stream, is no limit ("why is admin on friday?", "make the
#: pottery 4 hours").
_NOT_A_LIMIT = re.compile(
    r"\?|^(?:\W*(?:ok|okay|so|and|but)\W+)*(?:why|what|how|can|could|would|should|is|are|do|does)\b|"
    r"\b(?:make|put|move|give|set|change)\s+(?:the|my|it|them)\b"
)


def limits(text: str) -> bool:
    """True when ``text`` keeps work out of a time ("can't do weekday evenings", "nothing
    before 8"), or lets it in only there."""
    return bool(_WHEN.search(text) and _KEPT_OUT.search(text))


def said(pieces: list[Segment]) -> list[Reading]:
    """The limit said at the blocks question, as one constraint; none when no piece says a
    time kept from work."""
    if kept.REMINDER.search(" ".join(p.text for p in pieces)):
        return []  # "Sundays are out, I told you": on record already
    first = next((p for p in pieces if limits(p.text) and not _NOT_A_LIMIT.search(p.text)), None)
    if first is None:
        return []
    rest = [p for p in pieces if p.sentence == first.sentence and p.start >= first.start]
    later = [p for p in pieces if p.sentence > first.sentence and limits(p.text)]
    taken = [p for p in [*rest, *later] if not _NOT_A_LIMIT.search(p.text)]
    words = ", ".join(clean(_from_limit(p.text)) for p in taken)
    return [Reading("fact", "capacity.constraints", words, None, " ".join(p.text for p in taken))]


#: "blocks look sweet as but nothing before 8": the words before "but" or "except" accept the
#: blocks; the limit starts after them.
_ACCEPTED = re.compile(r"^.*?\b(?:but|except(?: that| for)?)\s+")


def _from_limit(text: str) -> str:
    cut = _ACCEPTED.match(text)
    return text[cut.end() :] if cut and limits(text[cut.end() :]) else text
