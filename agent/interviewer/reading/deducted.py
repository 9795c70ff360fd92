"""Costs taken off a figure are no work (pure).

"60k a month after paying the drivers and fuel", "€1,800 a month net of materials and rent",
"£3k a month minus stock and fees": what follows "after paying", "less", "minus" or "net of"
beside a figure is what the money pays for, never a piece of work, so no name is read from it.
The figure itself is read as it is elsewhere.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import Reading

#: A word of taking costs off, said after a figure, and the costs it names (to the clause end).
_COSTS = re.compile(
    r"\d[^,.;!?]{0,30}?\b(?:after (?:paying(?: for| out| off)?|deducting|taking out|covering|"
    r"i(?:'ve)? pa(?:y|id)(?: for)?|(?:all )?(?:costs?|expenses|overheads)(?: like| of| for)?)|"
    r"once i(?:'ve)? paid(?: for)?|less|minus|net of|excluding|not counting)\s+"
    r"([^,.;!?]+)"
)


def _costs(text: str) -> list[str]:
    return [m.group(1).casefold() for m in _COSTS.finditer(text.casefold())]


def _within(name: str, costs: list[str]) -> bool:
    word = name.casefold().strip()
    return bool(word) and any(re.search(rf"\b{re.escape(word)}\b", c) for c in costs)


def without_costs(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` without the work named only among costs taken off a figure ("fuel" in
    "after paying the drivers and fuel"), and without the figures given to that work."""
    costs = _costs(text)
    if not costs:
        return readings
    gone = {
        str(r.value).casefold()
        for r in readings
        if r.field == "activity" and r.act == "fact" and _within(str(r.value), costs)
    }
    return [
        r
        for r in readings
        if not (r.field == "activity" and str(r.value).casefold() in gone)
        and not (r.subject and str(r.subject).casefold() in gone)
    ]
