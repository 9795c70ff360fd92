"""Between the interviewer and the dialog manager: reading a message against the state, and
putting the manager's decision into the state (which facts wait, what is asked back, the
proposal on the table) so the interviewer can make its calls and ask the next question.

Pure (no LangChain): the reader is a plain function ``(message, view, ask) -> [Reading]``.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from typing import Any

from agent.interviewer import dialog, guide
from agent.interviewer.compose import proposal_kind
from agent.interviewer.flow import call
from agent.interviewer.reading.types import PlanView, Reading, StreamView
from agent.interviewer.state import State
from agent.plan.models import Plan

Reader = Callable[[str, PlanView, str], list[Reading]]
#: Asks at which the manager is not consulted: their answers are read by their own steps.
OWN_STEPS = frozenset({"cv", "continue", "confirm"})


def default_reader() -> Reader | None:
    """The reading layer's ``read`` when this install has it, else ``None`` (the interviewer
    then reads each message as the answer to its open question)."""
    module = importlib.import_module("agent.interviewer.reading")
    found = getattr(module, "read", None)
    return found if callable(found) else None


def view_of(plan: Plan, state: State) -> PlanView:
    """What reading needs of the plan, with the streams of a proposal on the table."""
    view = PlanView.from_plan(plan)
    if proposal_kind(state.proposal) != "streams":
        return view
    proposed = tuple(
        StreamView(str(a["name"]), str(a["role"]), float(a["target_hours"]))
        for a in (c["args"] for c in state.proposal)
    )
    return PlanView(view.capacity, view.activities, view.skills, (*view.streams, *proposed))


def decide(
    reader: Reader, text: str, plan: Plan, state: State, ask: str, today: dt.date,
    *, revising: frozenset[str] = frozenset(), correcting: bool = False,
) -> dialog.Decision:  # fmt: skip
    """Read ``text`` at question ``ask`` and decide what to do with it. ``revising`` are the
    fields a question back was about: a figure for one of them in the answer ("no, 42") is a
    change the person means; so is every figure of a message that opens as a correction
    ("sorry, consulting brings in 9k", ``correcting``)."""
    readings = reader(text, view_of(plan, state), ask)
    readings = [Reading(**{**r.__dict__, "act": "change"})
                if r.act == "fact" and (correcting or r.field in revising) else r
                for r in readings]  # fmt: skip
    ctx = dialog.Context(
        ask=ask, plan=plan, settled=frozenset(state.settled_ids()), today=today,
        proposal=tuple(state.proposal) if proposal_kind(state.proposal) == "streams" else (),
        held=tuple(state.held), wishes=tuple(state.wishes), repeat=state.repeat,
        declined=tuple(state.declined),
    )  # fmt: skip
    return dialog.decide(readings, ctx, text)


def stage(decision: dialog.Decision, state: State, plan: Plan) -> list[dict[str, Any]]:
    """Put the decision into the state; returns the tool calls to make, a guidance search for
    a question back last."""
    memo = {"held": list(state.held), "wishes": list(state.wishes)}
    if decision.held is not None:
        state.held = decision.held
    if decision.wishes is not None:
        state.wishes = decision.wishes
    if memo != {"held": state.held, "wishes": state.wishes}:
        state.turn.memo = memo
    if decision.proposal is not None:
        state.proposal = decision.proposal
    elif _reshapes(decision.calls, proposal_kind(state.proposal), plan):
        state.proposal = []  # built from what the plan held before: made again after the calls
    if decision.confirm:
        state.confirm = {"ask": state.ask, "items": decision.confirm}
    calls = list(decision.calls)
    if decision.question:
        state.turn.question = guide.query(decision.question)
        calls.append(call("search_guidance", query=state.turn.question))
    return calls


#: What each proposal is built from: calls that change it make the proposal stale.
_BUILT_FROM = {
    "streams": {"record_activity", "update_activity", "remove_activity", "set_core_skill"},
    "blocks": {"add_stream", "update_stream", "remove_stream"},
    "loops": {"add_stream", "update_stream", "remove_stream"},
}


def _reshapes(calls: list[dict[str, Any]], kind: str, plan: Plan) -> bool:
    """True when ``calls`` change what the proposal on the table was built from (the
    activities and core skill for streams, the streams for the week; the weekly hours for
    both)."""
    if not kind:
        return False
    for c in calls:
        if c["name"] in _BUILT_FROM.get(kind, set()):
            return True
        hours = plan.capacity.hours_per_week if plan.capacity else None
        if c["name"] == "set_capacity" and c["args"].get("hours_per_week") != hours:
            return True
    return False


def confirmed(pending: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    """The calls and settled questions of the questions back now answered yes."""
    items = pending.get("items", [])
    calls = [c for item in items for c in item.get("calls", [])]
    settle = [q for item in items for q in item.get("settle", [])]
    return calls, settle
