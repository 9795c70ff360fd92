"""Reading the results of the explorer's and the CV's tools into the interviewer's replies
(pure): the options shown, the forecast's summary, the CV's skill proposals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agent.interviewer import cvskills, edge_offer
from agent.interviewer import review as rv
from agent.interviewer.state import State
from agent.plan.models import Plan


def _read_options(state: State, plan: Plan, body: dict[str, Any]) -> list[str]:
    if body.get("status") != "ok":
        reason = " ".join(str(e) for e in body.get("errors", []))
        return [f"I can't build options yet: {reason}. {body.get('fix', '')}".strip()]
    state.options = [
        {"rank": o.get("rank"), "label": o.get("label", ""), "reason": o.get("reason", ""),
         "streams": [{k: s.get(k) for k in ("name", "role", "target_hours",
                                            "target_income_share")} for s in o.get("streams", [])]}
        for o in body.get("options", [])
    ]  # fmt: skip
    if state.options:
        return []
    notes = "; ".join(str(n) for n in body.get("notes", []))
    return ["None of the portfolios I tried passes every rule yet" + (f": {notes}" if notes else "")
            + ". Let's work from my proposal."]  # fmt: skip


def _read_forecast(state: State, plan: Plan, body: dict[str, Any]) -> list[str]:
    if body.get("status") != "ok":
        return ["I couldn't forecast this plan: " + " ".join(map(str, body.get("errors", [])))]
    return ["Your 12-month cash-flow forecast:", *(f"- {line}" for line in body.get("summary", []))]


def _read_cv(state: State, plan: Plan, body: dict[str, Any]) -> list[str]:
    if body.get("status") != "ok":
        reason = " ".join(str(e) for e in body.get("errors", []))
        return [f"I couldn't read a CV: {reason}. {body.get('fix', '')}".strip()]
    state.cv = cvskills.proposals(body, plan)
    if state.cv:
        return []
    return ["I read your CV but found no skills to add beyond those already in your plan."]


READERS: dict[str, Callable[[State, Plan, dict[str, Any]], list[str]]] = {
    "record_review_actuals": lambda state, plan, body: rv.read_actuals(state.review, body),
    "what_changed": lambda state, plan, body: rv.read_changes(body),
    "show_options": _read_options,
    "forecast_cash_flow": _read_forecast,
    "audit_cv": _read_cv,
    "find_skill_edges": edge_offer.read_edges,
}
