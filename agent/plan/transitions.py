"""How each operation changes a plan: pure functions ``plan -> plan`` or an OP refusal.

Rule checks are not done here (see ``engine.apply``); this module only refuses what cannot be
done at all: a name that is not there (OP001) or a name that is already taken (OP002).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel

from agent.plan import operations as ops
from agent.plan.factors import factor_key
from agent.plan.findings import Finding, error
from agent.plan.models import (
    ACTIVITY_FIELDS,
    Activity,
    Capacity,
    FeedbackLoop,
    Plan,
    Profile,
    Review,
    RiskFactor,
    Skill,
    Stream,
    TimeBlock,
    Unknown,
)
from agent.plan.unknowns import answered

DEFAULT_REVIEW_QUESTIONS = [
    "What did each stream teach that made another stream better?",
    "Which stream funded or protected the others, and which took more than it gave?",
    "Did any stream fail to deliver what it promised this quarter? Keep, resize or stop it?",
    "Do the hours actually worked match the targets, and is there still slack?",
    "What did the seed work reveal about future income?",
]

M = TypeVar("M", bound=BaseModel)
Result = Plan | Finding


def slugify(name: str) -> str:
    """A lowercase slug of a name: letters and digits joined by hyphens."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "stream"


def unique_id(base: str, taken: Sequence[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is not taken yet."""
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _not_found(kind: str, path: str, name: str, known: Sequence[str]) -> Finding:
    choices = ", ".join(known) or "none yet"
    return error(
        "OP001", path, f"there is no {kind} {name!r}", f"use one of the recorded {kind}s: {choices}"
    )


def _taken(kind: str, path: str, name: str) -> Finding:
    return error(
        "OP002",
        path,
        f"a {kind} named {name!r} is already recorded",
        f"update the existing {kind} instead, or choose another name",
    )


def _changes(op: BaseModel, *skip: str) -> dict[str, Any]:
    """The fields an update operation sets (those not None), minus the key fields."""
    return {k: v for k, v in op.model_dump(exclude={"op", *skip}).items() if v is not None}


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def _set_profile(plan: Plan, op: ops.SetProfile) -> Result:
    return plan.model_copy(update={"profile": Profile(name=op.name, context=plan.profile.context)})


def _set_context(plan: Plan, op: ops.SetContext) -> Result:
    return plan.model_copy(update={"profile": Profile(name=plan.profile.name, context=op.context)})


def _set_currency(plan: Plan, op: ops.SetCurrency) -> Result:
    return plan.model_copy(update={"currency": op.code})


def _set_capacity(plan: Plan, op: ops.SetCapacity) -> Result:
    capacity = Capacity(**op.model_dump(exclude={"op"}))
    return plan.model_copy(update={"capacity": capacity})


def _add_activity(plan: Plan, op: ops.AddActivity) -> Result:
    if any(_same(a.name, op.name) for a in plan.activities):
        return _taken("activity", "activities", op.name)
    given = _changes(op, "name")
    activity = Activity(name=op.name, **given, answered=[f for f in ACTIVITY_FIELDS if f in given])
    return plan.model_copy(update={"activities": [*plan.activities, activity]})


def _replace_named(
    plan: Plan, field: str, kind: str, name: str, change: Callable[[M], M | None]
) -> Result:
    items: list[M] = getattr(plan, field)
    index = next((i for i, item in enumerate(items) if _same(item.name, name)), None)  # type: ignore[attr-defined]
    if index is None:
        return _not_found(kind, field, name, [item.name for item in items])  # type: ignore[attr-defined]
    changed = change(items[index])
    rest = [*items[:index], *([changed] if changed is not None else []), *items[index + 1 :]]
    return plan.model_copy(update={field: rest})


def _update_activity(plan: Plan, op: ops.UpdateActivity) -> Result:
    fields = _changes(op, "name")

    def change(a: Activity) -> Activity:
        if a.answered is None:  # recorded before answers were kept: every field counts
            return a.model_copy(update=fields)
        answered = [f for f in ACTIVITY_FIELDS if f in fields or f in a.answered]
        return a.model_copy(update={**fields, "answered": answered})

    return _replace_named(plan, "activities", "activity", op.name, change)


def _remove_activity(plan: Plan, op: ops.RemoveActivity) -> Result:
    return _replace_named(plan, "activities", "activity", op.name, lambda a: None)


def _add_skill(plan: Plan, op: ops.AddSkill) -> Result:
    if any(_same(s.name, op.name) for s in plan.skills):
        return _taken("skill", "skills", op.name)
    return plan.model_copy(
        update={"skills": [*plan.skills, Skill(**op.model_dump(exclude={"op"}))]}
    )


def _update_skill(plan: Plan, op: ops.UpdateSkill) -> Result:
    fields = _changes(op, "name")
    return _replace_named(plan, "skills", "skill", op.name, lambda s: s.model_copy(update=fields))


def _remove_skill(plan: Plan, op: ops.RemoveSkill) -> Result:
    return _replace_named(plan, "skills", "skill", op.name, lambda s: None)


def _set_core_skill(plan: Plan, op: ops.SetCoreSkill) -> Result:
    return plan.model_copy(update={"core_skill": op.name.strip()})


def _add_stream(plan: Plan, op: ops.AddStream) -> Result:
    stream_id = unique_id(slugify(op.name), [s.id for s in plan.streams])
    stream = Stream(id=stream_id, **op.model_dump(exclude={"op"}))
    return plan.model_copy(update={"streams": [*plan.streams, stream]})


def _find_stream(plan: Plan, stream_id: str) -> Finding | None:
    if plan.stream(stream_id) is None:
        return _not_found(
            "stream", f"streams[{stream_id}]", stream_id, [s.id for s in plan.streams]
        )
    return None


def _update_stream_fields(plan: Plan, stream_id: str, fields: dict[str, Any]) -> Result:
    missing = _find_stream(plan, stream_id)
    if missing is not None:
        return missing
    streams = [s.model_copy(update=fields) if s.id == stream_id else s for s in plan.streams]
    return plan.model_copy(update={"streams": streams})


def _update_stream(plan: Plan, op: ops.UpdateStream) -> Result:
    return _update_stream_fields(plan, op.stream_id, _changes(op, "stream_id"))


def _set_allocation(plan: Plan, op: ops.SetAllocation) -> Result:
    return _update_stream_fields(plan, op.stream_id, _changes(op, "stream_id"))


def _remove_stream(plan: Plan, op: ops.RemoveStream) -> Result:
    missing = _find_stream(plan, op.stream_id)
    if missing is not None:
        return missing
    sid = op.stream_id
    return plan.model_copy(
        update={
            "streams": [s for s in plan.streams if s.id != sid],
            "time_blocks": [b for b in plan.time_blocks if b.stream_id != sid],
            "feedback_loops": [
                loop
                for loop in plan.feedback_loops
                if sid not in (loop.from_stream, loop.to_stream)
            ],
        }
    )


def _add_time_block(plan: Plan, op: ops.AddTimeBlock) -> Result:
    missing = _find_stream(plan, op.stream_id)
    if missing is not None:
        return missing
    base = f"{op.stream_id}-{op.week_of_month}-{op.weekday}-{op.start.replace(':', '')}"
    block_id = unique_id(base, [b.id for b in plan.time_blocks])
    block = TimeBlock(id=block_id, **op.model_dump(exclude={"op"}))
    return plan.model_copy(update={"time_blocks": [*plan.time_blocks, block]})


def _remove_time_block(plan: Plan, op: ops.RemoveTimeBlock) -> Result:
    ids = [b.id for b in plan.time_blocks]
    if op.block_id not in ids:
        return _not_found("time block", "time_blocks", op.block_id, ids)
    blocks = [b for b in plan.time_blocks if b.id != op.block_id]
    return plan.model_copy(update={"time_blocks": blocks})


def _add_feedback_loop(plan: Plan, op: ops.AddFeedbackLoop) -> Result:
    loop = FeedbackLoop(**op.model_dump(exclude={"op"}))
    if any(_loop_key(existing) == _loop_key(loop) for existing in plan.feedback_loops):
        return _taken("feedback loop", "feedback_loops", "/".join(_loop_key(loop)))
    return plan.model_copy(update={"feedback_loops": [*plan.feedback_loops, loop]})


def _loop_key(loop: FeedbackLoop | ops.RemoveFeedbackLoop) -> tuple[str, str, str]:
    return (loop.from_stream, loop.to_stream, loop.kind)


def _remove_feedback_loop(plan: Plan, op: ops.RemoveFeedbackLoop) -> Result:
    keys = [_loop_key(loop) for loop in plan.feedback_loops]
    if _loop_key(op) not in keys:
        known = ["/".join(k) for k in keys]
        return _not_found("feedback loop", "feedback_loops", "/".join(_loop_key(op)), known)
    loops = [loop for loop in plan.feedback_loops if _loop_key(loop) != _loop_key(op)]
    return plan.model_copy(update={"feedback_loops": loops})


def _with_factor(item: Any, factor: RiskFactor, add: bool) -> Any:
    """The stream or activity with ``factor`` added or removed, or the OP refusal."""
    key = factor_key(factor)
    keys = [factor_key(f) for f in item.factors]
    what = f"risk factor of {item.name!r}"
    if add and key in keys:
        return _taken(what, "factors", factor.label)
    if not add and key not in keys:
        known = [f"{f.kind} {f.label!r}" for f in item.factors]
        return _not_found(what, "factors", factor.label, known)
    kept = [f for f in item.factors if factor_key(f) != key]
    return item.model_copy(update={"factors": [*kept, factor] if add else kept})


def _change_factors(plan: Plan, op: ops.AddRiskFactor | ops.RemoveRiskFactor, add: bool) -> Result:
    """Add or remove a factor on the stream or activity the operation names."""
    items: list[Any]
    if op.stream_id is not None:
        missing = _find_stream(plan, op.stream_id)
        if missing is not None:
            return missing
        field, items = "streams", list(plan.streams)
        index = next(i for i, s in enumerate(items) if s.id == op.stream_id)
    else:
        field, items = "activities", list(plan.activities)
        name = op.activity or ""
        found = next((i for i, a in enumerate(items) if _same(a.name, name)), None)
        if found is None:
            return _not_found("activity", "activities", name, [a.name for a in items])
        index = found
    changed = _with_factor(items[index], RiskFactor(kind=op.kind, label=op.label.strip()), add)
    if isinstance(changed, Finding):
        return changed
    return plan.model_copy(update={field: [*items[:index], changed, *items[index + 1 :]]})


def _add_risk_factor(plan: Plan, op: ops.AddRiskFactor) -> Result:
    return _change_factors(plan, op, add=True)


def _remove_risk_factor(plan: Plan, op: ops.RemoveRiskFactor) -> Result:
    return _change_factors(plan, op, add=False)


def _set_review(plan: Plan, op: ops.SetReview) -> Result:
    questions = op.questions or list(DEFAULT_REVIEW_QUESTIONS)
    return plan.model_copy(update={"review": Review(date=op.date, questions=questions)})


def _mark_unknown(plan: Plan, op: ops.MarkUnknown) -> Result:
    rest = [u for u in plan.unknowns if u.field != op.field]
    unknown = Unknown(field=op.field, question=op.question)
    return plan.model_copy(update={"unknowns": [*rest, unknown]})


def _resolve_unknown(plan: Plan, op: ops.ResolveUnknown) -> Result:
    fields = [u.field for u in plan.unknowns]
    if op.field not in fields:
        return _not_found("unknown", "unknowns", op.field, fields)
    return plan.model_copy(update={"unknowns": [u for u in plan.unknowns if u.field != op.field]})


def _undo(plan: Plan, op: ops.Undo) -> Result:
    return error(
        "OP003",
        "plan",
        "undo needs the history of the plan, which a single plan does not hold",
        "append the undo to the event log and rebuild the plan with replay(events)",
    )


def _steps(plan: Plan, op: ops.AddWeek | ops.AddStreams) -> Result:
    """Each single operation in turn; the first that cannot apply refuses them all."""
    for step in op.steps():
        result = transition(plan, step)  # type: ignore[arg-type]
        if isinstance(result, Finding):
            return result
        plan = result
    return plan


TRANSITIONS: dict[str, Callable[[Plan, Any], Result]] = {
    "set_profile": _set_profile,
    "set_context": _set_context,
    "set_currency": _set_currency,
    "set_capacity": _set_capacity,
    "add_activity": _add_activity,
    "update_activity": _update_activity,
    "remove_activity": _remove_activity,
    "add_skill": _add_skill,
    "update_skill": _update_skill,
    "remove_skill": _remove_skill,
    "set_core_skill": _set_core_skill,
    "add_stream": _add_stream,
    "update_stream": _update_stream,
    "remove_stream": _remove_stream,
    "set_allocation": _set_allocation,
    "add_time_block": _add_time_block,
    "remove_time_block": _remove_time_block,
    "add_feedback_loop": _add_feedback_loop,
    "remove_feedback_loop": _remove_feedback_loop,
    "add_risk_factor": _add_risk_factor,
    "remove_risk_factor": _remove_risk_factor,
    "set_review": _set_review,
    "mark_unknown": _mark_unknown,
    "resolve_unknown": _resolve_unknown,
    "add_week": _steps,
    "add_streams": _steps,
    "undo": _undo,
}


def transition(plan: Plan, operation: ops.Operation) -> Result:
    """The plan after ``operation``, or the OP finding that refuses it (no rules checked).

    A question left unknown that the operation answers is no longer listed as unknown."""
    result = TRANSITIONS[operation.op](plan, operation)
    fields = answered(operation)
    if isinstance(result, Finding) or not fields or not result.unknowns:
        return result
    kept = [u for u in result.unknowns if u.field.casefold() not in fields]
    return (
        result.model_copy(update={"unknowns": kept}) if len(kept) < len(result.unknowns) else result
    )
