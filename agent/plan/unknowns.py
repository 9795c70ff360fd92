"""Which questions left unknown an operation answers.

A skipped question is recorded as an :class:`~agent.plan.models.Unknown`. When the person
later gives that figure, the plan must stop listing it as unknown: an export that says "weekly
hours: unknown" beside 45 hours a week would contradict itself.
"""

from __future__ import annotations

from agent.plan import operations as ops

_CAPACITY = ("hours_per_week", "cash_buffer", "monthly_spending")
_ACTIVITY = ("annual_revenue", "hours_per_week", "volatility", "teaches", "energy")


def answered(operation: ops.Op) -> set[str]:
    """The unknowns' field names (casefolded) that ``operation`` gives a value to.

    Both the interviewer's dotted names ("capacity.hours_per_week", "activities[X].energy")
    and the bare ones a model may write ("cash_buffer") are covered."""
    found: set[str] = set()
    if isinstance(operation, ops.SetContext):
        found |= {"profile.context", "context"}
    elif isinstance(operation, ops.SetCapacity):
        given = [f for f in _CAPACITY if getattr(operation, f) is not None]
        given += ["constraints"] if operation.constraints else []
        found |= {f"capacity.{f}" for f in given} | set(given)
    elif isinstance(operation, ops.AddActivity | ops.UpdateActivity):
        found |= {"activities"} if isinstance(operation, ops.AddActivity) else set()
        given = [f for f in _ACTIVITY if getattr(operation, f) is not None]
        found |= {f"activities[{operation.name}].{f}" for f in given}
    elif isinstance(operation, ops.AddSkill | ops.UpdateSkill):
        found |= {"skills"} if isinstance(operation, ops.AddSkill) else set()
        found |= {"skills.excitement"} if operation.excitement is not None else set()
        found |= {"skills.under_used"} if operation.under_used else set()
    elif isinstance(operation, ops.SetCoreSkill):
        found |= {"core_skill", "core"}
    return {f.casefold() for f in found}
