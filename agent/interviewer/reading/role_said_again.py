"""A role put right as soon as it is said: "I'm a financial adviser, actually a mortgage
broker", "a teacher, or rather a teaching assistant" (pure).

The role said second is the person's work; the first was only the way they began to say it,
so it is never stored. The second role takes the first one's place (and its figures), and any
reading of the second words as a work of its own is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import roles
from agent.interviewer.reading.types import Reading

#: Right after a role: words that put it right, then the role that stands ("actually a
#: mortgage broker", "or rather nursery nurse", "well, more like a TA"), never a no
#: ("actually no, ..."), up to the clause's end; a spoken tag after it ("lah", "really") is
#: no part of the role.
_PUT_RIGHT = re.compile(
    r"^\s*[,;-]?\s*(?:actually|or rather|i mean|well,? more like|more like)\s*,?\s+"
    r"(?!no\b|not\b|nah\b)(?:(?:i'?m|i am)\s+)?(?:an?\s+)?"
    r"(?P<role>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)"
    r"(?:\s+(?:lah|la|leh|lor|really|tbh|i guess|i suppose))?\s*(?=[,.;!?]|$)"
)


def put_right(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with each role that is put right at once renamed to the role said after
    it; a reading of the words that put it right as another work is dropped."""
    low = text.casefold()
    out = list(readings)
    for r in readings:
        if r.act != "fact" or r.field != "activity" or not isinstance(r.value, str):
            continue
        found = _said_after(r, low)
        if found is None:
            continue
        said, span = found
        out = [_renamed(o, r.value, said, span) for o in out if not _restates(o, said, r)]
    return out


def _said_after(r: Reading, low: str) -> tuple[str, str] | None:
    """The role said right after the name of ``r`` to put it right, and the words saying it."""
    name = str(r.value).casefold()
    at = low.find(name, max(0, low.find(r.span.casefold())) if r.span else 0)
    if at < 0 or not roles.is_role(name):
        return None
    found = _PUT_RIGHT.match(low[at + len(name) :])
    said = roles.role(found.group("role")) if found else None
    return (said, found.group("role")) if found and said else None


def _restates(o: Reading, said: str, first: Reading) -> bool:
    """True for another reading of the role said second as work of its own."""
    return (
        o is not first
        and o.act == "fact"
        and o.field == "activity"
        and said in str(o.value).casefold()
    )


def _renamed(r: Reading, old: str, new: str, span: str) -> Reading:
    """``r`` of the first role, or of the words that put it right, moved to the second."""
    if r.field == "activity" and r.value == old:
        return replace(r, value=new, span=span)
    subject = str(r.subject or "").casefold()
    return replace(r, subject=new) if r.subject == old or (subject and new in subject) else r
