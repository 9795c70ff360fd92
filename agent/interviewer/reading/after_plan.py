"""A figure given once the plan is made revises what it holds (pure).

"forgot, wife says we've 18 grand saved no 12", "oh and my rent went up, spending is 2k now":
said once the plan is finished (or while it is being finalised), a figure of the person's
capacity or money, or of a piece of work the plan already holds, is a change of it, not a
first fact. A piece of work first named now ("I forgot the Christmas stall, about £1,500")
stays a fact.
"""

from __future__ import annotations

from dataclasses import replace

from agent.interviewer.reading.types import PlanView, Reading

#: The questions asked once the plan is made.
AFTER_PLAN_ASKS = frozenset({"done", "finalise", "forecast", "export"})


def as_changes(readings: list[Reading], view: PlanView, ask: str) -> list[Reading]:
    """The facts that revise the finished plan, read as changes."""
    if ask not in AFTER_PLAN_ASKS:
        return readings
    held = {a.casefold() for a in view.activities}
    return [replace(r, act="change") if _revises(r, held) else r for r in readings]


def _revises(r: Reading, held: set[str]) -> bool:
    field = r.field or ""
    if r.act != "fact":
        return False
    if field.startswith("capacity.") and field != "capacity.constraints":
        return True
    return field.startswith("activity.") and (r.subject or "").casefold() in held
