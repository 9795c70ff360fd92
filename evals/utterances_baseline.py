"""The first interviewer's reading (``parse.py`` through ``flow.answer``) as table readings.

It reads each message only as the answer to the open question, so it is scored the same way
as ``read()`` to show what the reading layer changes: the tool calls an answer would make are
turned back into readings (``set_capacity`` -> the capacity fields it changes,
``update_activity`` -> one reading per field, ``record_activity`` -> an activity, ...), an
undo or skip intent into that act, a correction into changes, and a clarifying reply into
nothing recorded. ``python -m evals.utterances_eval --reader baseline`` scores it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from agent.interviewer import flow, parse
from agent.interviewer.reading.types import PlanView, Reading
from agent.plan.models import Plan

_TODAY = dt.date(2026, 1, 5)
_ACTIVITY_FIELDS = {
    "hours_per_week": "activity.hours_per_week",
    "annual_revenue": "activity.annual_revenue",
    "volatility": "activity.volatility",
    "teaches": "activity.teaches",
    "energy": "activity.energy",
}
_CAPACITY_FIELDS = ("hours_per_week", "cash_buffer", "monthly_spending")


def read_with_parse(message: str, view: PlanView, ask: str) -> list[Reading]:
    """The readings the first interviewer would record for ``message`` at ``ask``."""
    kind, rest = parse.intent(message)
    if kind is parse.Intent.UNDO:
        return [Reading("undo")]
    if kind is parse.Intent.SKIP:
        return [Reading("skip")]
    plan = _plan(view)
    proposal = [_stream_call(s.name, s.role, s.hours) for s in view.streams]
    text = rest if kind is parse.Intent.CORRECTION else message
    answer = flow.answer(ask, text, plan, _TODAY, proposal)
    readings = _from_answer(answer, plan, proposal)
    if kind is parse.Intent.CORRECTION:
        readings = [Reading("change", r.field, r.value, r.subject) for r in readings]
    return readings or [Reading("nothing")]


def _plan(view: PlanView) -> Plan:
    data: dict[str, Any] = {
        "activities": [{"name": a} for a in view.activities],
        "skills": [{"name": s} for s in view.skills],
    }
    if view.capacity is not None:
        data["capacity"] = {"hours_per_week": view.capacity}
    return Plan.model_validate(data)


def _stream_call(name: str, role: str, hours: float | None) -> dict[str, Any]:
    args = {"name": name, "role": role or "seed", "target_hours": hours or 0.0}
    return {"name": "add_stream", "args": {**args, "target_income_share": 0.0}}


def _from_answer(answer: flow.Answer, plan: Plan, proposal: list[dict[str, Any]]) -> list[Reading]:
    if answer.proposal is not None:
        return _proposal_changes(proposal, answer.proposal)
    if proposal and answer.calls and answer.calls[0]["name"] == "add_stream":
        return [Reading("confirm", value=True)]
    out: list[Reading] = []
    for call in answer.calls:
        out += _from_call(call["name"], call["args"], plan)
    return out


def _from_call(name: str, args: dict[str, Any], plan: Plan) -> list[Reading]:
    if name == "set_context":
        return [Reading("fact", "context", args["context"])]
    if name == "set_capacity":
        return _capacity(args, plan)
    if name == "record_activity":
        return [Reading("fact", "activity", args["name"])]
    if name == "update_activity":
        return [
            Reading("fact", _ACTIVITY_FIELDS[k], v, args["name"])
            for k, v in args.items()
            if k in _ACTIVITY_FIELDS
        ]
    if name in {"add_skill", "update_skill"}:
        field = "skill.excites" if "excitement" in args else "skill"
        field = "skill.under_used" if "under_used" in args else field
        return [Reading("fact", field, args["name"])]
    if name == "set_core_skill":
        return [Reading("fact", "core_skill", args["name"])]
    if name == "mark_unknown":
        return [Reading("skip")]
    if name == "set_review":
        return [Reading("fact", "review.date", args["date"])]
    if name == "finalise":
        return [Reading("confirm", value=True)]
    return []


def _capacity(args: dict[str, Any], plan: Plan) -> list[Reading]:
    before = plan.capacity.model_dump() if plan.capacity else {}
    out = [
        Reading("fact", f"capacity.{k}", float(args[k]))
        for k in _CAPACITY_FIELDS
        if args.get(k) is not None and args[k] != before.get(k)
    ]
    out += [Reading("fact", "capacity.constraints", c) for c in args.get("constraints") or []]
    return out


def _proposal_changes(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[Reading]:
    kept = {c["args"]["name"]: c["args"] for c in after}
    out: list[Reading] = []
    for call in before:
        name, old = call["args"]["name"], call["args"]
        new = kept.get(name)
        if new is None:
            out.append(Reading("wish", subject=name, remove=True))
        elif new["target_hours"] != old["target_hours"]:
            out.append(Reading("change", "stream.target_hours", new["target_hours"], name))
    return out
