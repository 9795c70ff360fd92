"""A late correction of how many shifts a week a piece of work takes (pure).

"oh and I said three 12s but it's really 4 most weeks now", "I told you 3 ten-hour shifts,
it's more like 2 now": the person takes back a count of shifts said before and gives the new
count, with no hours and no name. The week's hours on record that the old count made (3 x 12
= 36) name the work; when exactly one piece of work has them, the new week (4 x 12 = 48) is
offered for that work and only recorded on a yes, never stored blind.
"""

from __future__ import annotations

import re
from typing import Any

from agent.interviewer.flow import call
from agent.interviewer.parse import fmt_number, normalise
from agent.plan.models import Plan

#: The count said before, then the length of each shift: "i said 3 12s", "i told you 3 12-hour
#: shifts", "i put down 2 10h nights".
_SAID = re.compile(
    r"\bi\s+(?:said|told\s+you|put(?:\s+down)?|gave(?:\s+you)?)\s+(?P<n>\d{1,2})\s*(?:x\s*)?"
    r"(?P<len>\d{1,2}(?:\.\d+)?)(?:'?s\b|\s*-?\s*(?:h|hr|hrs|hour)\s*(?:shifts?|days?|nights?)\b)"
)
#: The new count after the taking back: "but it's really 4", "it's more like 2 now".
_NOW = re.compile(
    r"^[^.?!]*?\b(?:but|actually|though|now)?\W*(?:it'?s|its|it is|they'?re|more like|closer to)"
    r"\s+(?:(?:really|actually|more like|about|usually|closer to|now)\s+)*(?P<k>\d{1,2})\b"
    r"(?!\s*(?:h\b|hrs?\b|hours?\b|%|k\b|x\b))"
)
_MOST_HOURS = 84


def corrected(text: str, plan: Plan) -> dict[str, Any] | None:
    """The question back that offers the new week's hours for the one piece of work whose
    hours on record the old shift count made, or ``None`` when the message takes back no
    shift count or no single piece of work matches."""
    low = normalise(text)
    said = _SAID.search(low)
    now = _NOW.match(low[said.end() :]) if said else None
    if said is None or now is None:
        return None
    count, length, new_count = float(said["n"]), float(said["len"]), float(now["k"])
    old, new = count * length, new_count * length
    if new_count == count or not 0 < new <= _MOST_HOURS:
        return None
    matching = [a.name for a in plan.activities if abs(a.hours_per_week - old) < 0.01]
    if len(matching) != 1:
        return None
    name = matching[0]
    say = (f"{fmt_number(new_count)} shifts of {fmt_number(length)} hours makes "
           f"{fmt_number(new)} hours a week. Shall I change {name} from {fmt_number(old)} to "
           f"{fmt_number(new)} hours a week? Say 'yes' or 'no'.")  # fmt: skip
    return {
        "say": say,
        "calls": [call("update_activity", name=name, hours_per_week=new)],
        "settle": [f"act:hours:{name}"],
        "fields": ["activity.hours_per_week"],
        "read_as": f"act:hours:{name}",
        "read": ["activity.hours_per_week", name, new],
    }
