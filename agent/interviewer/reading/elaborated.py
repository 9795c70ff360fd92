"""A limit said, then said again in other words (pure).

"No blocks on my on-call weekends, that's every third weekend" and "Lambing, March to April,
I'm flat out. Nothing extra then." each say one limit: the clause after it ("that's ...",
"nothing extra then") tells how often or restates it, and is no second limit. It is joined
to the limit before it, so the plan keeps one constraint in the person's words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.types import Reading

#: A clause that explains or restates the one before it.
_AGAIN = re.compile(
    r"^\W*(?:that'?s|that is|that means|which is|which means|i\.?e\.?|as in|"
    r"(?:so )?nothing (?:extra|else|more|new)?\s*(?:then|at that time|in that time))\b",
    re.I,
)
_FIELD = "capacity.constraints"


def joined(readings: list[Reading]) -> list[Reading]:
    """``readings`` with each constraint that explains the one before it joined to it."""
    out: list[Reading] = []
    for r in readings:
        before = next((o for o in reversed(out) if o.field == _FIELD), None)
        if (
            r.act == "fact"
            and r.field == _FIELD
            and before is not None
            and before.act == "fact"
            and (_AGAIN.match(str(r.value)) or _AGAIN.match(r.span))
        ):
            value = f"{before.value}, {str(r.value).strip()}"
            out[out.index(before)] = replace(before, value=value, span=f"{before.span}, {r.span}")
            continue
        out.append(r)
    return out
