"""Figures said of work named in passing that the plan does not hold yet.

"depop takes 10 hours" or "actually 10 hours for the quiz" while the limits are asked, with the
Depop selling and the quiz only named in passing: the hours are that work's, not the week's
capacity and not a limit. The plan has no such work to put them on, so the reading is doubted
(asked back or left out) rather than stored where the question points: a week of 10 hours in
place of 42 is a wrong figure in the plan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from agent.interviewer import names, parse
from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.types import Reading

#: Said when figures of work that is only offered were left out: nothing of the plan changed.
NOT_ON_LIST = (
    "{name} isn't on your list of work yet, so I left that out for now; I'll ask about its "
    "hours and pay when we go through your activities."
)

#: Fields a figure of work not on record is misfiled into at the capacity questions.
_PLAN_FIELDS = frozenset({"capacity.hours_per_week", "capacity.constraints"})


#: "8 hours for the bikes": a figure said to be for a thing; the things that are the week itself.
_FOR_THING = re.compile(r"\b(?:for|on)\s+(?:the\s+|my\s+|a\s+)?([a-z][\w'-]*)", re.I)
_THE_WEEK = frozenset(
    {"week", "weeks", "month", "all", "everything", "total", "work", "me", "now", "average",
     "top", "tops", "max", "paper", "both", "it", "that", "this", "them", "paid", "unpaid",
     "everything's", "whole", "most", "days", "weekdays", "weekends", "weekend"}
)  # fmt: skip


def for_something_else(text: str) -> bool:
    """True when a correction's figure is said to be for a thing that is not the week ("make
    that 8 hours for the bikes", "6 on the allotment"): a correction of work the plan does not
    hold, never of the week's capacity."""
    return any(m.group(1).casefold() not in _THE_WEEK for m in _FOR_THING.finditer(text))


def owner(text: str, offered: Sequence[str]) -> str | None:
    """The offered work that ``text`` names, or ``None``."""
    return next((n for n in offered if names.mentioned(n, text)), None)


def doubted(readings: list[Reading], offered: Sequence[str]) -> tuple[list[Reading], str | None]:
    """``readings`` with each capacity figure or limit whose words name work only offered so
    far, and carry a number, lowered below the threshold; and the work named, if any."""
    out, named = [], None
    for r in readings:
        work = _owner_of_figure(r, offered)
        if work is not None:
            r, named = (
                replace(r, confidence=min(r.confidence, UNSURE), note=f"said of {work}?"),
                work,
            )
        out.append(r)
    return out, named


def _owner_of_figure(r: Reading, offered: Sequence[str]) -> str | None:
    if r.act not in {"fact", "change"} or r.field not in _PLAN_FIELDS or not r.span:
        return None
    # a number said in digits or in words ("ten hours for the dog walking"), read as parse does
    said = any(ch.isdigit() for ch in parse.normalise(r.span))
    return owner(r.span, offered) if said else None
