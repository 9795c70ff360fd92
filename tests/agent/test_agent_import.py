"""Importing a plan file into a session: round trip, undo, resume, and refused files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from agent.plan import PlanError, plan_from_json, replay
from agent.plan import operations as ops
from agent.session import PlannerSession
from agent.settings import Settings

TODAY = dt.date(2026, 3, 2)


def _new(tmp_path: Path) -> PlannerSession:
    return PlannerSession.create(Settings(data_dir=tmp_path / "data"), today=lambda: TODAY)


def _fill(session: PlannerSession) -> None:
    steps = [
        ops.SetCapacity(hours_per_week=45, cash_buffer=9000),
        ops.SetContext(context="tech"),
        ops.AddStream(name="Day job", role="anchor", volatility="stable"),
        ops.SetAllocation(stream_id="day-job", target_hours=32, target_income_share=80),
        ops.AddStream(name="Consulting", role="client"),
        ops.SetAllocation(stream_id="consulting", target_hours=6, target_income_share=20),
    ]
    for step in steps:
        assert session.apply(step).accepted, step


def test_exported_json_imports_into_a_new_session_as_the_same_plan(tmp_path: Path) -> None:
    source = _new(tmp_path)
    _fill(source)
    data = source.export("json").read_bytes()
    target = _new(tmp_path)
    outcome = target.import_plan(data)
    assert outcome.accepted and outcome.plan == source.plan
    assert target.plan == source.plan
    assert plan_from_json(target.export("json").read_bytes()) == source.plan


def test_changes_after_an_import_fold_onto_it_and_undo_stops_at_it(tmp_path: Path) -> None:
    source = _new(tmp_path)
    _fill(source)
    target = _new(tmp_path)
    target.import_plan(source.plan_json())
    assert target.apply(ops.UpdateStream(stream_id="consulting", name="Advisory")).accepted
    assert [s.name for s in target.plan.streams] == ["Day job", "Advisory"]
    assert replay(target.events, today=TODAY, start=target.start_plan) == target.plan
    assert target.undo().accepted and target.plan == source.plan
    refused = target.undo()
    assert not refused.accepted and target.plan == source.plan


def test_a_resumed_session_shows_the_imported_plan_and_later_changes(tmp_path: Path) -> None:
    source = _new(tmp_path)
    _fill(source)
    target = _new(tmp_path)
    target.apply(ops.SetCapacity(hours_per_week=10))  # replaced by the import
    target.import_plan(source.plan_json())
    target.apply(ops.SetContext(context="caregiver"))
    again = PlannerSession.resume(target.id, target.settings, today=lambda: TODAY)
    assert again.plan == target.plan and again.plan.profile.context == "caregiver"
    assert again.plan.capacity is not None and again.plan.capacity.hours_per_week == 45
    assert again.undo().accepted and again.plan == source.plan


def test_an_import_unmarks_a_final_plan(tmp_path: Path) -> None:
    session = _new(tmp_path)
    session._store.set_note(session.id, "final_at_event", len(session.events))
    assert session.is_final
    session.import_plan(_new(tmp_path).plan_json())
    assert not session.is_final


@pytest.mark.parametrize(
    ("data", "names"),
    [
        (b'{"schema_version": 1, "streams": [', "not valid JSON"),
        (b"[1, 2]", "expected a JSON object"),
        (b'{"streams": []}', "schema_version"),
        (b"\xff\xfe\x00", "not UTF-8"),
    ],
)
def test_a_bad_file_is_refused_with_the_fix_and_the_plan_unchanged(
    tmp_path: Path, data: bytes, names: str
) -> None:
    session = _new(tmp_path)
    _fill(session)
    before, log = session.plan, session.events
    with pytest.raises(PlanError) as caught:
        session.import_plan(data)
    assert names in caught.value.message and caught.value.fix
    assert session.plan == before and session.events == log
    again = PlannerSession.resume(session.id, session.settings, today=lambda: TODAY)
    assert again.plan == before


def test_a_wrong_field_is_named(tmp_path: Path) -> None:
    session = _new(tmp_path)
    _fill(session)
    document = json.loads(session.plan_json())
    document["streams"][0]["target_hours"] = "many"
    before = session.plan
    with pytest.raises(PlanError) as caught:
        session.import_plan(json.dumps(document).encode())
    assert "streams.0.target_hours" in caught.value.message
    assert session.plan == before


def test_the_guided_interviewer_carries_on_from_an_imported_plan(tmp_path: Path) -> None:
    source = _new(tmp_path)
    _fill(source)
    session = _new(tmp_path)
    session.import_plan(source.plan_json())
    assert session.history[-2] == {"role": "user", "content": "I imported a plan file."}
    said = session.history[-1]
    assert said["role"] == "assistant" and "loaded the plan" in said["content"]
    assert "audit" in said["content"]  # the plan has no activities: the first open question
    events = list(session.turn("my day job and some consulting"))
    added = [e.data["args"]["name"] for e in events if e.kind == "tool_call"]
    assert len(added) == 2 and all(e.data.get("status") != "refused" for e in events)
    assert [s.name for s in session.plan.streams] == ["Day job", "Consulting"]
    assert [a.name for a in session.plan.activities] == added
