"""Whether something counts, asked in passing without a question mark (pure).

"about $4,000 saved and I just opened a pension but idk if that counts", "not sure whether
the allotment counts": the person gives an answer and wonders, in the same breath, whether a
thing of theirs belongs in it. That is a question back, as "does it count?" is, even though
the sentence is not marked as one; the answer beside it is read as said.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import Reading

#: Not knowing whether a thing counts: "idk if that counts", "not sure whether it would count".
_WONDERS = re.compile(
    r"\b(?:idk|i don'?t know|i do not know|dunno|not sure|unsure|no idea|wondering|i wonder)"
    r"\s+(?:if|whether)\s+(?:[\w'-]+\s+){1,4}?(?:counts?|would count|should count|"
    r"is counted|are counted|gets? counted)\b"
)


def wondered(text: str) -> str | None:
    """The words that wonder whether something counts, or None."""
    found = _WONDERS.search(text)
    return found.group(0) if found else None


def with_question(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with a question back added when the text wonders whether something
    counts and no question was read from it."""
    said = wondered(text)
    if said is None or any(r.act == "question" for r in readings):
        return readings
    return [*readings, Reading("question", span=said)]
