"""Explorer tools over a minimal session: options adopted through apply, review applied."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from plan_helpers import example

from agent.plan import Outcome, Plan, apply, check

TODAY = dt.date(2027, 2, 15)


class FakeSession:
    """Holds a plan and applies operations like the session facade does."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.applied = 0

    def apply(self, operation: Any) -> Outcome:
        outcome = apply(self.plan, operation, today=TODAY)
        if outcome.accepted:
            self.plan = outcome.plan
            self.applied += 1
        return outcome


def tools(session: FakeSession) -> dict[str, Any]:
    from agent.tools.explorer import explorer_tools

    found = explorer_tools(session, lambda: session.plan, lambda: TODAY)  # type: ignore[arg-type]
    return {t.name: t for t in found}


def test_show_then_adopt_an_option_records_it_through_apply() -> None:
    session = FakeSession(example("caregiver"))
    t = tools(session)
    shown = json.loads(t["show_options"].invoke({"top": 2}))
    assert [o["rank"] for o in shown["options"]] == [1, 2]
    result = json.loads(t["adopt_option"].invoke({"rank": 2}))
    assert result["status"] == "accepted"
    assert session.applied > 5
    assert [f for f in check(session.plan, final=True, today=TODAY) if f.severity == "error"] == []


def test_review_tools_record_actuals_and_apply_accepted_suggestions() -> None:
    session = FakeSession(example("freelance-academic"))
    t = tools(session)
    assert json.loads(t["suggest_rebalance"].invoke({}))["status"] == "error"
    recorded = json.loads(t["record_review_actuals"].invoke({
        "streams": [{"stream": "retainer-consulting", "hours_per_week": 20, "income": 13500}],
    }))  # fmt: skip
    assert recorded["status"] == "ok"
    assert "RB001" in [s["code"] for s in recorded["suggestions"]]
    result = json.loads(t["suggest_rebalance"].invoke({"apply": ["RB001", "RB006"]}))
    assert result["applied"] == ["RB001", "RB006"]
    assert session.plan.stream("retainer-consulting").target_hours == 18  # type: ignore[union-attr]
    assert session.plan.review.date == TODAY + dt.timedelta(days=84)  # type: ignore[union-attr]


def test_forecast_tool_returns_twelve_months() -> None:
    t = tools(FakeSession(example("activist")))
    body = json.loads(t["forecast_cash_flow"].invoke({"seed": 1}))
    assert len(body["months"]) == 12 and body["summary"]
