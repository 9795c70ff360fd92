"""The explorer's tools inside a session: registered, within the prompt budget, on its clock."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from agent.loop import tool_schema_tokens
from agent.plan import explore, forecast
from agent.plan import operations as ops
from agent.session import PlannerSession
from agent.settings import Settings
from agent.tools import TOOL_NAMES, build_tools
from agent.tools.core import EXPLORER_TOOL_NAMES, compact_schema
from agent.tools.explorer import ReviewActuals
from agent.tools.shown import shown_tools
from tests.support.scripted import ScriptedModel, call, say

TODAY = dt.date(2026, 3, 2)


def _audited(tmp_path: Path, steps: list) -> tuple[PlannerSession, ScriptedModel]:
    model = ScriptedModel(steps)
    session = PlannerSession.create(
        Settings(data_dir=tmp_path / "data"), model=model, today=lambda: TODAY
    )
    for step in [
        ops.SetCapacity(hours_per_week=45, cash_buffer=12000, monthly_spending=2500),
        ops.AddActivity(name="Job", hours_per_week=35, annual_revenue=60000, volatility="stable"),
        ops.AddActivity(name="Workshops", hours_per_week=4, annual_revenue=6000, teaches="x"),
        ops.AddSkill(name="coding", excitement=5),
        ops.SetCoreSkill(name="coding"),
    ]:
        assert session.apply(step).accepted, step
    return session, model


def _results(session: PlannerSession, text: str) -> list[dict]:
    return [e.data for e in session.turn(text) if e.kind == "tool_result"]


def test_every_tool_is_built_and_named() -> None:
    names = [t.name for t in build_tools(None, lambda: None)]  # type: ignore[arg-type]
    assert tuple(names) == TOOL_NAMES and set(EXPLORER_TOOL_NAMES) <= set(names)
    assert len(set(names)) == len(names)


def test_nested_schemas_are_inlined_for_the_model() -> None:
    schema = compact_schema(ReviewActuals, skip=())
    text = json.dumps(schema)
    assert "$ref" not in text and "$defs" not in text
    assert schema["properties"]["streams"]["items"]["required"] == ["stream", "hours_per_week"]


def test_tool_schemas_leave_room_in_the_prompt_budget() -> None:
    shown = shown_tools(build_tools(None, lambda: None))  # type: ignore[arg-type]
    assert tool_schema_tokens(shown) < 0.6 * Settings().prompt_token_budget


def test_options_are_shown_then_adopted_and_each_step_is_undoable(tmp_path: Path) -> None:
    steps = [call("show_options", top=2), say("two options"), call("adopt_option", rank=1),
             say("adopted")]  # fmt: skip
    session, model = _audited(tmp_path, steps)
    before, logged = session.plan, len(session.events)
    shown = _results(session, "show me options")[0]
    assert shown["status"] == "ok" and [o["rank"] for o in shown["options"]] == [1, 2]
    assert session.plan == before
    adopted = _results(session, "the first")[0]
    expected = explore(before, today=TODAY, top=1).candidates[0].plan
    assert adopted["status"] == "accepted" and adopted["operations"] > 3
    assert [s.name for s in session.plan.streams] == [s.name for s in expected.streams]
    assert len(session.events) == logged + adopted["operations"]
    for _ in range(adopted["operations"]):
        assert session.undo().accepted
    assert session.plan.model_dump(exclude={"as_of"}) == before.model_dump(exclude={"as_of"})
    model.assert_done()


def test_the_forecast_uses_the_session_today(tmp_path: Path) -> None:
    steps = [call("show_options", top=1), call("adopt_option", rank=1),
             call("forecast_cash_flow", seed=3), say("here it is")]  # fmt: skip
    session, model = _audited(tmp_path, steps)
    results = _results(session, "options, the best one, and the forecast")
    data = results[-1]
    expected = forecast(session.plan, today=TODAY, seed=3)
    assert data["status"] == "ok" and data["months"] == expected.months
    assert data["summary"] == expected.summary
    model.assert_done()
