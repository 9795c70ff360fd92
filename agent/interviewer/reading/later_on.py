"""A change to the proposal said for a later time is no change now (pure).

"that's fine for now. One day the sound hire should be the anchor", "eventually I'd want the
pottery at 20 hours": the person accepts the plan as it is and says where they hope it goes.
The plan on the table is for the coming months; a change said for "one day", "eventually" or
"in a few years" is a hope, not an edit of it, so the changes read from such a sentence are
not made (its "one day" is no figure either).
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import Reading

#: A sentence that opens on a later time: "one day", "someday", "eventually", "down the line"
#: ("one day a week for the pottery" is a figure).
_LATER = re.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=\n))\s*(?:(?:but|and|maybe|hopefully|i think|i guess|though)\W+)*"
    r"(?:(?:one|1) day(?!\s+(?:a|an|per|each|every|of|off|on|in|for|to|or|and)\b)|some ?day|"
    r"eventually|in (?:the )?(?:future|long run|long term)|"
    r"down the (?:line|road|track)|long[- ]term|further down|"
    r"in (?:a few|a couple of|\d+|two|three|four|five) years?(?: time)?)\b[^.!?;\n]*",
    re.IGNORECASE,
)
#: A clause that ends on a later time: "the counter is the one I'd drop eventually", "I'd
#: cut the van one day": a removal said so is a hope too (a share of income said so is the
#: stream's target, which is for later by its nature: "30 % of my income eventually").
_LATER_LAST = re.compile(
    r"(?:^|(?<=[.!?;,]\s)|(?<=\n))[^.!?;,\n]*\b(?:eventually|some ?day|one day|"
    r"down the (?:line|road|track)|in (?:the )?(?:future|long run|long term))\W*(?=[.!?;,\n]|$)",
    re.IGNORECASE,
)
_EDITS = frozenset({"change", "wish"})


def _later_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _LATER.finditer(text)]


def without_later(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` without the changes and wishes read from a sentence said of later on."""
    spans = _later_spans(text)
    last = [m.span() for m in _LATER_LAST.finditer(text)]
    if not spans and not last:
        return readings
    low = text.casefold()

    def later(r: Reading, where: list[tuple[int, int]]) -> bool:
        at = low.find((r.span or "").casefold()) if r.span else -1
        return at >= 0 and any(a <= at < b for a, b in where)

    return [
        r
        for r in readings
        if not (r.act in _EDITS and later(r, spans))
        and not (r.act == "wish" and r.remove and later(r, last))
    ]
