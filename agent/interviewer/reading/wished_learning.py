"""What the person wants to learn, said at the question about what excites them (pure).

Asked what excites them, people often answer with what they long to learn ("I'd love to learn
furniture restoration properly"): that is the answer, what excites them, and no new stream
asked for. "I want to learn this" points back at what they just named, and adds nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.types import Reading

#: "want to learn", "would love to learn how to", "wanna learn more about": the longing said.
_LEARN = re.compile(
    r"\b(?:want|wanna|would like|'?d like|would love|'?d love|hope|dream)\s+(?:to\s+)?learn"
    r"(?:\s+(?:how to|more about|about|all about))?\s+(?P<what>[^.!?;]+)"
)
#: What only points back at a thing said before ("this", "it", "more").
_BACK = re.compile(r"^(?:this|that|it|them|more|these|those)(?:\s+(?:too|properly|more|one))?\W*$")


def as_excitement(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with a wish to learn read as what excites the person: its words (to the
    end of the sentence) when no excitement was read from them, nothing when they point back."""
    wished = [r for r in readings if r.act == "wish" and r.subject and _learns(r.subject)]
    if not wished:
        return readings
    kept = [r for r in readings if r not in wished]
    said = _LEARN.search(text)
    if said is None or _BACK.match(said.group("what").strip()):
        return kept
    what = said.group("what").strip(" ,")
    if any(r.field == "skill.excites" and _overlaps(str(r.value), what) for r in kept):
        return kept
    span = said.group(0)
    return [*kept, replace(wished[0], act="fact", field="skill.excites", value=what, span=span,
                           subject=None)]  # fmt: skip


def _learns(subject: str) -> bool:
    return bool(re.match(r"learn(?:ing)?\b", subject.casefold()))


def _overlaps(one: str, other: str) -> bool:
    return one.casefold() in other.casefold() or other.casefold() in one.casefold()
