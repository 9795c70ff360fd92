"""The full profile as a model sees it: fewer tools shown, every tool still callable."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from agent.loop import tool_schema_tokens
from agent.plan import operations as ops
from agent.session import PlannerSession
from agent.settings import Settings
from agent.tools import TOOL_NAMES, build_tools
from agent.tools.shown import UNSHOWN, shown_tools
from tests.support.scripted import ScriptedModel, call, say

TODAY = dt.date(2026, 3, 2)


def _session(tmp_path: Path) -> PlannerSession:
    session = PlannerSession.create(Settings(data_dir=tmp_path / "data"), today=lambda: TODAY)
    for step in [
        ops.SetCapacity(hours_per_week=45),
        ops.AddActivity(name="Tutoring", hours_per_week=4, annual_revenue=5000),
        ops.AddSkill(name="statistics", source="cv", evidence="ran the survey unit"),
        ops.AddStream(name="Day job", role="anchor", target_hours=30, target_income_share=80),
        ops.AddStream(name="Course", role="leverage", target_hours=4, target_income_share=20),
        ops.AddTimeBlock(stream_id="course", weekday="friday", start="09:00", end="13:00"),
        ops.AddFeedbackLoop(from_stream="day-job", to_stream="course", kind="teaches"),
    ]:
        assert session.apply(step).accepted, step
    return session


def _call(session: PlannerSession, name: str, args: dict[str, Any]) -> dict[str, Any]:
    tools = {t.name: t for t in build_tools(session, lambda: session.plan, lambda: TODAY)}
    result: dict[str, Any] = json.loads(tools[name].invoke(args))
    return result


def test_the_shown_schemas_are_small_and_every_tool_stays_callable() -> None:
    tools = build_tools(None, lambda: None)  # type: ignore[arg-type]
    shown = {t.name for t in shown_tools(tools)}
    assert [t.name for t in tools] == list(TOOL_NAMES)
    assert shown == set(TOOL_NAMES) - UNSHOWN and "remove" in shown
    assert tool_schema_tokens(shown_tools(tools)) <= 2800 < tool_schema_tokens(tools)


def test_remove_stands_for_each_removal_tool(tmp_path: Path) -> None:
    session = _session(tmp_path)
    block = session.plan.time_blocks[0].id
    removals = [
        {"what": "feedback_loop", "from_stream": "day-job", "to_stream": "course",
         "kind": "teaches"},
        {"what": "time_block", "block_id": block},
        {"what": "activity", "name": "tutoring"},
        {"what": "skill", "name": "Statistics"},
        {"what": "stream", "stream_id": "course"},
    ]  # fmt: skip
    for args in removals:
        result = _call(session, "remove", args)
        assert result["status"] == "accepted", result
        assert result["changed"].startswith(f"remove_{args['what']}(")
    plan = session.plan
    assert not (plan.feedback_loops or plan.time_blocks or plan.activities or plan.skills)
    assert [s.id for s in plan.streams] == ["day-job"]


def test_remove_refuses_what_does_not_name_one_item_and_changes_nothing(tmp_path: Path) -> None:
    session = _session(tmp_path)
    before = session.plan
    for args, wrong in [
        ({"what": "skill", "stream_id": "course"}, "stream_id"),  # a stream's field for a skill
        ({"what": "skill"}, "name"),
        ({"what": "project", "name": "x"}, "what"),
        ({"what": "stream", "stream_id": "nope"}, None),  # refused by the rules: no such stream
    ]:
        result = _call(session, "remove", args)
        assert result["status"] in ("error", "refused") and result["plan"] == "unchanged"
        if wrong:
            assert any(e.startswith(wrong) for e in result["errors"]), result
    assert session.plan == before


def test_record_activity_changes_only_the_fields_given_of_a_recorded_name(
    tmp_path: Path,
) -> None:
    session = _session(tmp_path)
    result = _call(session, "record_activity", {"name": "tutoring ", "hours_per_week": 6})
    assert result["status"] == "accepted", result
    (tutoring,) = session.plan.activities
    assert (tutoring.name, tutoring.hours_per_week, tutoring.annual_revenue) == (
        "Tutoring", 6, 5000)  # fmt: skip
    assert _call(session, "record_activity", {"name": "Editing"})["status"] == "accepted"
    assert [a.name for a in session.plan.activities] == ["Tutoring", "Editing"]


def test_add_skill_on_a_recorded_skill_changes_it_and_keeps_its_source(tmp_path: Path) -> None:
    session = _session(tmp_path)
    result = _call(session, "add_skill", {"name": "STATISTICS", "excitement": 5,
                                          "source": "user"})  # fmt: skip
    assert result["status"] == "accepted", result
    (skill,) = session.plan.skills
    assert (skill.name, skill.excitement, skill.source, skill.confirmed) == (
        "statistics", 5, "cv", True)  # fmt: skip
    bad = _call(session, "add_skill", {"name": "statistics", "excitement": 9})
    assert bad["status"] == "error" and session.plan.skills[0].excitement == 5


def test_a_model_removes_through_remove_and_the_reply_names_what_went(tmp_path: Path) -> None:
    model = ScriptedModel([call("remove", what="stream", stream_id="course"),
                           call("set_allocation", stream_id="day-job", target_hours=30,
                                target_income_share=100), say("Done.")])  # fmt: skip
    session = PlannerSession.create(Settings(data_dir=tmp_path / "data"), model=model,
                                    today=lambda: TODAY)  # fmt: skip
    for step in [ops.SetCapacity(hours_per_week=45),
                 ops.AddStream(name="Day job", role="anchor", target_hours=30),
                 ops.AddStream(name="Course", role="leverage", target_hours=4)]:  # fmt: skip
        assert session.apply(step).accepted
    events = list(session.turn("drop the course"))
    results = [e.data["status"] for e in events if e.kind == "tool_result"]
    assert results == ["accepted", "accepted"]  # set_allocation is not shown, but runs
    assert "Removed from your plan: the stream 'Course'" in events[-1].text
    assert [s.target_income_share for s in session.plan.streams] == [100]
    assert "remove" in model.bound_tools and "remove_stream" not in model.bound_tools
    model.assert_done()
