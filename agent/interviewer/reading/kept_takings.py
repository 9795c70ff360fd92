"""What the person kept of the takings, said beside them: "turned over 68k, profit was 41",
"took in 30k, cleared 12". The income the plan needs is what reaches the person, so the kept
figure stands and the takings said before it are no rival; a kept figure said as a guess ("but
profit maybe 6") is left to be asked. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.inside_parts import in_order
from agent.interviewer.reading.types import Reading

__all__ = ["kept_of_takings"]

#: Words of the takings: what came in before costs.
_TAKINGS = re.compile(
    r"\b(?:sales|turned over|turn over|turnover|takings|revenue|gross|brought in|took in)\b"
)
#: Words between the takings and the later figure that make it what was kept.
_KEPT = re.compile(
    r"\b(?:profit|kept|i keep|we keep|cleared|take home|took home|to me|for me|left over)\b"
)


#: A guess said of the kept figure: the person is not sure what reaches them.
_HEDGED = re.compile(r"\b(?:maybe|probably|perhaps|guess|i think|about|around|roughly)\W*$")


def kept_of_takings(rivals: list[Reading], text: str) -> Reading | None:
    """The figure said as kept after the takings said before it, or ``None``."""
    if len(rivals) != 2 or rivals[0].field != "activity.annual_revenue":
        return None
    placed = in_order(rivals, text)
    if placed is None:
        return None
    (takings, first), (kept, later) = placed
    if not float(kept.value) < float(takings.value):  # type: ignore[arg-type]
        return None
    opening = text[max(0, first.start - 40) : first.end + 20]
    between = text[first.end : later.start]
    if not (_TAKINGS.search(opening) and _KEPT.search(between)) or _TAKINGS.search(between):
        return None
    if _HEDGED.search(between):  # "turnover 20 grand but profit maybe 6": unsure, so asked
        return None
    return replace(kept, currency=kept.currency or takings.currency, note="kept of the takings")
