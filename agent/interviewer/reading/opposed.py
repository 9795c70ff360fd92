"""Labels said both ways of one piece of work in one message (pure).

"HK$78k per month, 13 months guaranteed, bonus varies so don't count it": the pay is steady and
a part of it left out varies; read word by word, the work would be both stable and variable.
Two opposite labels volunteered for the same work in one message say that neither holds as a
whole, so neither is recorded (the question about it is asked later); a label the person was
asked for is read by its own rules, which weigh the sides. A label said of a part the person
leaves out ("commission varies so leave that out") is not the work's either.
"""

from __future__ import annotations

import re

from agent.interviewer.reading import asks
from agent.interviewer.reading.types import Reading

#: The labels read from loose words, whose opposite values cannot both hold.
_LABELS = frozenset({"activity.volatility", "activity.energy"})
#: A part of the work the person asks to leave out of the figures.
_LEFT_OUT = re.compile(
    r"\b(?:don'?t|do not) (?:count|include) (?:it|that|them|this)|"
    r"(?:leave|keep) (?:it|that|them|this) out|ignore (?:it|that|them|this)|"
    r"not counting (?:it|that|them)\b"
)


def without_opposed(readings: list[Reading], ask: str, text: str = "") -> list[Reading]:
    """``readings`` without the volunteered labels said both ways of the same work, nor
    those said of a part left out in the same sentence (``text``, the message, holds it:
    "The bonus varies too much; please leave it out.")."""
    asked = asks.field(ask)
    seen: dict[tuple[str, str | None], set[object]] = {}
    for r in readings:
        if r.act == "fact" and r.field in _LABELS and r.field != f"activity.{asked}":
            seen.setdefault((r.field, r.subject), set()).add(r.value)
    both = {key for key, values in seen.items() if len(values) > 1}
    left_out = {
        id(r)
        for r in readings
        if r.field in _LABELS and _LEFT_OUT.search(r.span + _rest_of_sentence(r.span, text))
    }
    return [
        r
        for r in readings
        if r.act != "fact" or ((r.field, r.subject) not in both and id(r) not in left_out)
    ]


def _rest_of_sentence(span: str, text: str) -> str:
    """The words after ``span`` in its sentence of ``text`` (a ";" goes on with it)."""
    at = text.find(span) if span else -1
    if at < 0:
        return ""
    rest = text[at + len(span) :]
    end = re.search(r"[.!?\n]", rest)
    return rest[: end.start()] if end else rest
