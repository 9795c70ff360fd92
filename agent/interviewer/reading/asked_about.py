"""A figure said of what a question back asks about is no answer (pure).

"does the gym count? that's about 4 hours a week", "should I include my allotment? it's
maybe 3 hours": the person asks whether something counts and says how big it is. The figure
sizes the thing asked about, and the answer to the open question (the week, the money) is
still to come, so it is asked back rather than stored.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.types import Reading

#: A sentence after the question that speaks of what was asked about: "that's", "it's about".
_OF_IT = re.compile(
    r"^\W*(?:(?:because|cause|cos|coz|since|as|well|and|so|like|lol|haha)\W+)*"
    r"(?:that'?s|that is|it'?s|it is|which is|that takes|it takes|takes|they'?re|those are|"
    r"maybe|about|around|roughly|probably)\b"
)
#: What the person is told when such a figure is asked back.
NOTE = "the size of what you asked about?"


def _sizes(text: str) -> list[tuple[int, int]]:
    """Where the sentences right after a "?" speak of what was asked about."""
    out = []
    for m in re.finditer(r"\?+", text):
        rest = text[m.end() :]
        if _OF_IT.match(rest):
            stop = re.search(r"[.!?;\n]", rest)
            out.append((m.end(), m.end() + (stop.start() if stop else len(rest))))
    return out


def sized_only(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with a figure said only to size what a question back asks about (the
    figure's words lie in a sentence of the question's thing, after its "?") asked back."""
    if not any(r.act == "question" for r in readings) or "?" not in text:
        return readings
    ranges, lowered = _sizes(text), text.lower()
    if not ranges:
        return readings

    def within(r: Reading) -> bool:
        at = lowered.find(r.span.lower()) if r.span else -1
        return at >= 0 and any(a <= at < b for a, b in ranges)

    return [
        replace(r, confidence=min(r.confidence, UNSURE), note=NOTE)
        if r.act in {"fact", "change"} and isinstance(r.value, float) and within(r)
        else r
        for r in readings
    ]
