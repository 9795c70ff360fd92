"""The concrete way to make room for hours the rules refuse over capacity (pure).

"Keep the clinic at 40 hours" is refused when the week has no room for it; the refusal then
names the other streams that could give up the hours missing (the largest first, none below
an hour a week, never the anchor) and the words that shrink them ("make Tutoring 3 hours"),
so the person can do it in one message.
"""

from __future__ import annotations

import math
from typing import Any

from agent.interviewer.parse import fmt_number

#: The fewest hours a stream shrunk to make room keeps.
_FLOOR = 1.0


def shrink_offer(proposal: list[dict[str, Any]], keep: str, capacity: float) -> str:
    """What to say to make room for ``keep``'s hours in ``proposal`` ("" when there is no
    room to make, or none is needed)."""
    over = sum(float(c["args"]["target_hours"]) for c in proposal) - capacity
    if over <= 0:
        return ""
    others = sorted(
        (
            c["args"]
            for c in proposal
            if c["args"]["name"] != keep and c["args"]["role"] != "anchor"
        ),
        key=lambda a: float(a["target_hours"]),
        reverse=True,
    )
    moves = []
    for args in others:
        hours = float(args["target_hours"])
        left = math.floor(max(hours - over, _FLOOR) * 2) / 2  # on the half hour, within room
        if left >= hours:
            continue
        moves.append(f"{args['name']} {fmt_number(left)} {'hour' if left == 1 else 'hours'}")
        over -= hours - left
        if over <= 0:
            kept = next(
                float(c["args"]["target_hours"]) for c in proposal if c["args"]["name"] == keep
            )
            return (
                f"To keep {keep} at {fmt_number(kept)} hours, shrink other streams first: say "
                f"'make {' and '.join(moves)}'."
            )
    return ""
