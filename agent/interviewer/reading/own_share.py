"""The person's own share of a household figure ("we spend 2.2k a month between us but my half
is 1100"): the share is said of the figure just before it, so it takes that figure's field, and
it is the figure the plan needs (the plan covers what the person pays). Pure."""

from __future__ import annotations

import re

from agent.interviewer.reading import cues, figures, parts
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.figures import SURE, Figure
from agent.interviewer.reading.frame import Frame
from agent.interviewer.reading.quantities import Quantity

__all__ = ["SHARED_FIELDS", "SHARE_AFTER", "SHARE_NOTE", "share_of_last"]

#: "my half is", "my share's about", "our part of it comes to": words that make the number
#: after them one person's part of the figure said before.
_SHARE_BEFORE = re.compile(
    r"\b(?:my|our)\s+(?:half|share|part|portion|bit|end|whack)\b"
    r"(?:\s+of\s+(?:it|that|this|them|the\s+[a-z]+))?\s*"
    r"(?:is|'s|comes to|works out (?:at|to|as)|=|:)?\s*"
    r"(?:about|around|roughly|like|approx\.?|maybe|just|only)?\s*$"
)
#: "I give 15k of that", "I put in about 600 of it": the person's part of the figure before.
_GIVEN_BEFORE = re.compile(
    r"\bi\s+(?:only\s+)?(?:give|pay|put in|cover|contribute|chip in)\s*"
    r"(?:about|around|roughly|like|approx\.?|maybe|just)?\s*$"
)
_OF_THAT = re.compile(r"\s*(?:of|towards?)\s+(?:that|it|this|them|the\s+(?:total|lot|bills?))\b")
#: A share said after a figure, in the same sentence: the figure was the shared whole.
SHARE_AFTER = re.compile(r"^[^.!?]*\b(?:my|our)\s+(?:half|share|part|portion|bit)\b")
#: The figures a household shares, of which one person's part is what the plan needs.
SHARED_FIELDS = frozenset({"capacity.monthly_spending", "capacity.cash_buffer"})


def share_of_last(q: Quantity, segment: Segment, frame: Frame) -> Figure | None:
    """The figure for ``q`` when its clause says it is the person's share of the spending or
    savings figure read just before it in the message (that reading then gives way to it);
    ``None`` otherwise."""
    if q.kind not in {"money", "bare"}:
        return None
    before = frame.text[segment.start : q.start] if q.start >= segment.start else ""
    given = _GIVEN_BEFORE.search(before.casefold()) and _OF_THAT.match(frame.text, q.end)
    if not (_SHARE_BEFORE.search(before.casefold()) or given):
        return None
    said = [r for r in frame.readings if r.act == "fact" and r.field in SHARED_FIELDS]
    if said:
        last = said[-1]
        frame.readings.remove(last)
        field, currency = str(last.field), last.currency
    else:  # the shared figure is in the same clause, not read yet: its cue names the field
        found = _field_before(before.casefold())
        if found is None:
            return None
        field, currency = found, None
    monthly = field == "capacity.monthly_spending" and q.period not in {"", "month"}
    value = figures.monthly(q).value if monthly else q.value
    return Figure(field, value, SURE, SHARE_NOTE, q.currency or currency)


#: The note a share's figure carries, by which it wins over the shared figure it follows.
SHARE_NOTE = "your share of what is shared"


def _field_before(text: str) -> str | None:
    """The field of the last savings or spending cue in ``text``, or ``None``."""
    found = [(m.start(), "capacity.cash_buffer") for m in cues.SAVINGS.finditer(text)]
    found += [(m.start(), "capacity.monthly_spending") for m in cues.SPENDING.finditer(text)]
    found += [(m.start(), "capacity.monthly_spending") for m in parts.COST_SAID.finditer(text)]
    return max(found)[1] if found else None
