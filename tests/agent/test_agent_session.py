"""The session facade driven by a scripted model: tools, refusals, repairs, persistence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from agent.session import PlannerSession
from agent.settings import Settings
from tests.support.scripted import ScriptedModel, call, say

TODAY = dt.date(2026, 3, 2)


def _settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


def _session(tmp_path: Path, steps: list, **kw) -> tuple[PlannerSession, ScriptedModel]:
    model = ScriptedModel(steps)
    session = PlannerSession.create(_settings(tmp_path), model=model, today=lambda: TODAY, **kw)
    return session, model


def _run(session: PlannerSession, text: str) -> list:
    return list(session.turn(text))


def test_tool_call_changes_plan_and_reply_is_final(tmp_path: Path) -> None:
    session, model = _session(
        tmp_path, [call("set_capacity", hours_per_week=45), say("Noted: 45 hours a week.")]
    )
    events = _run(session, "I can give 45 hours a week")
    assert session.plan.capacity is not None and session.plan.capacity.hours_per_week == 45
    kinds = [e.kind for e in events]
    assert kinds.count("tool_call") == 1 and kinds[-1] == "final"
    result = next(e for e in events if e.kind == "tool_result")
    assert result.data["status"] == "accepted"
    assert events[-1].text == "Noted: 45 hours a week."
    assert model.bound_tools and "set_allocation" in model.bound_tools
    model.assert_done()
