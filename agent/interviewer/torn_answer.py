"""The answer to "two different figures for one thing: which is it?" that says whose one of
them is (pure).

"I'm a barber, 35 hours, 22k a year, and 300 a month" gives the barbering two incomes; both
are left out and the person is asked which it is. "the beard oils are the 300 a month" (or
"the 300 a month is from beard oils") then says the 300 a month is other work's: that work is
recorded with it, and the other figure, the one left, is the first work's. An answer that
names no work, more than one, or a figure that is neither of the two is read as any other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from agent.interviewer import names
from agent.interviewer.reading.quantities import Quantity, find_quantities
from agent.interviewer.reading.types import PlanView, Reading

Reader = Callable[[str, PlanView, str], list[Reading]]

_INCOME = "activity.annual_revenue"
#: The note of the figure left to the first work once the other is said to be other work's.
LEFT = "the other of two figures asked which"
#: The kinds of figure a reply repeats one of the two with ("the 300 a month", "the £300").
_FIGURE_KINDS = frozenset({"money", "bare"})


def answered(text: str, torn: list[list[Any]], reader: Reader, view: PlanView) -> list[Reading]:
    """The readings of ``text`` as the answer to which of two figures ``torn`` is
    (``[subject, field, value, currency, words]`` each) when it gives one of them to work it names;
    else none."""
    if len(torn) != 2 or {(str(t[0]), str(t[1])) for t in torn} != {(str(torn[0][0]), _INCOME)}:
        return []
    said = [q for q in find_quantities(text) if q.kind in _FIGURE_KINDS]
    if len(said) != 1:
        return []
    mine = [t for t in torn if _repeats(said[0], t)]
    if len(mine) != 1:
        return []
    work = _work_named(text, reader, view, str(mine[0][0]))
    if work is None:
        return []
    owner, fld = str(mine[0][0]), str(mine[0][1])
    left = next(t for t in torn if t is not mine[0])
    known = names.find(work, view.activities)
    out = [] if known else [Reading("fact", "activity", work, span=text)]
    out.append(_figure(fld, work, mine[0], text))
    if names.find(owner, view.activities):
        out.append(replace(_figure(fld, owner, left, str(left[4])), note=LEFT))
    return out


def _repeats(q: Quantity, figure: list[Any]) -> bool:
    """True when ``q`` is the figure said before, in its own words or as a year of them."""
    value = float(figure[2] or 0)
    said = q.value
    yearly = {"month": 12.0, "week": 52.0, "year": 1.0, "": 1.0}.get(q.period)
    if yearly is None:
        return False
    return abs(said * yearly - value) < 0.5 or (not q.period and abs(said * 12 - value) < 0.5)


def _work_named(text: str, reader: Reader, view: PlanView, owner: str) -> str | None:
    """The one piece of work the reply names, other than the work both figures were said of."""
    read = reader(text, view, "activities")
    named = {str(r.value) for r in read if r.act in {"fact", "change"} and r.field == "activity"}
    named |= {str(r.subject) for r in read if r.subject and (r.field or "").startswith("activity.")}
    others = [n for n in named if not names.same(n, owner)]
    return others[0] if len(others) == 1 else None


def _figure(fld: str, subject: str, figure: list[Any], text: str) -> Reading:
    currency = str(figure[3]) if figure[3] else None
    return Reading("fact", fld, figure[2], subject=subject, span=text, currency=currency)
