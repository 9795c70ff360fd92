"""A revised figure said of work the message names in words the plan does not hold (pure).

"Please change the depot wages to £31,500 a year, the raise came through" while the energy of
the pottery classes is asked: the change is meant, but "the depot" is no recorded activity's
name, so the dialog cannot store it on any (never on the asked one). Left at that, the person
hears "nothing to record" and the old figure stays in the plan. Instead it is asked back:

- when one recorded activity holds that figure at about the same size (the new figure within
  half as much again of it, and no other one close), the person is asked whether it is that
  one's new figure, with the plain question for it: a yes records the change, a figure in the
  answer is the change;
- otherwise the person is told which figure was heard and asked to say it with the name of
  its work.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from agent.interviewer.decision import PROPOSAL_ASKS
from agent.interviewer.flow import call
from agent.interviewer.reading.types import Reading
from agent.interviewer.record_common import ACTIVITY, LABEL, differs, shown
from agent.plan.models import Activity, Plan

_FIGURES = frozenset({"activity.hours_per_week", "activity.annual_revenue"})
#: How far a new figure may be from the old one for that work to be asked about by name.
_NEAR = 1.5
#: How far any other work's figure must be for the one near to be the only one asked about.
_FAR = 2.0


def lost(before: list[Reading], after: list[Reading]) -> list[Reading]:
    """The revised activity figures read from a message that hearing it left out (a figure
    heard again under another reading, re-aimed or asked back, is not lost)."""
    kept = {(r.field, r.value) for r in after}
    return [
        r for r in before
        if r.act == "change" and r.field in _FIGURES and isinstance(r.value, int | float)
        and r.value > 0 and (r.field, r.value) not in kept
    ]  # fmt: skip


def ask_back(changes: list[Reading], plan: Plan, ask: str, text: str) -> dict[str, Any] | None:
    """The question back for the first revised figure left out (see the module), as a
    confirmation item; ``None`` when there is none, the proposals are on the table, or the
    message names no work at all ("actually 10 hours" corrects the answer just given)."""
    if not changes or ask in PROPOSAL_ASKS or not plan.activities or not names_work(text):
        return None
    reading = changes[0]
    fld, part = ACTIVITY[str(reading.field)]
    value = float(reading.value or 0)
    near = _nearest(plan.activities, fld, value)
    if near is None:
        names = ", ".join(a.name for a in plan.activities)
        say = (
            f"I heard {shown(fld, value)} as a new figure, but not which of your activities it "
            f"is for ({names}), so I changed nothing. Say it again with the activity's name, "
            f"e.g. '{plan.activities[0].name}: {shown(fld, value)}'."
        )
        return {"say": say, "calls": [], "settle": [], "fields": [str(reading.field)],
                "read_as": "", "read": []}  # fmt: skip
    old = float(getattr(near, fld))
    say = (
        f"I heard {shown(fld, value)} as a new figure, but not which work it is for. Is it the "
        f"new {LABEL[fld]} of {near.name}, now {shown(fld, old)}? Say yes, or give the figure "
        f"for {near.name} as it should be."
    )
    update = call("update_activity", name=near.name, **{fld: value})
    return {
        "say": say, "calls": [update], "settle": [f"act:{part}:{near.name}"],
        "fields": [str(reading.field)], "read_as": f"act:{part}:{near.name}",
        "read": [str(reading.field), near.name, value],
    }  # fmt: skip


#: Words after "the" or "my" that name a figure, not the work it is of.
_FIGURE_WORDS = frozenset({
    "hours", "hour", "salary", "pay", "wage", "wages", "income", "money", "rate", "fee", "fees",
    "figure", "figures", "number", "numbers", "earnings", "revenue", "raise", "rise", "limit",
    "capacity", "savings", "total", "amount", "estimate", "last", "first", "one", "other",
})  # fmt: skip
_THE = re.compile(r"\b(?:the|my|our)\s+(?=((?:[a-z][a-z'-]*\s*){1,3}))", re.I)


def names_work(text: str) -> bool:
    """True when the message speaks of some work by a name ("the estate salary", "my pay at
    the depot"), not only of a figure ("my salary", "actually 10 hours")."""
    for match in _THE.finditer(text):
        said = match.group(1).casefold().split()
        head = list(itertools.takewhile(lambda w: w not in {"to", "is", "at", "went", "was"}, said))
        if any(w not in _FIGURE_WORDS for w in head):
            return True
    return False


def _nearest(activities: list[Activity], fld: str, value: float) -> Activity | None:
    """The one recorded activity whose figure is about the size of ``value``."""
    held = [a for a in activities if a.given(fld) and float(getattr(a, fld)) > 0]  # type: ignore[arg-type]
    near = [a for a in held if _within(float(getattr(a, fld)), value, _NEAR)]
    close = [a for a in held if _within(float(getattr(a, fld)), value, _FAR)]
    return near[0] if len(near) == 1 and len(close) == 1 else None


def _within(old: float, new: float, factor: float) -> bool:
    return old / factor <= new <= old * factor and differs(old, new)
