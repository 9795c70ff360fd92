"""Operations: accepted changes, refusals that leave the plan as it was, ids, undo and replay."""

from __future__ import annotations

import datetime as dt

import pytest
from plan_helpers import AS_OF, edit_stream, example
from pydantic import ValidationError

import agent.plan as core
from agent.plan import (
    EVENT_LOG_ADAPTER,
    AddFeedbackLoop,
    AddSkill,
    AddStream,
    AddTimeBlock,
    MarkUnknown,
    Plan,
    RemoveStream,
    ResolveUnknown,
    SetAllocation,
    SetCapacity,
    SetReview,
    Undo,
    UpdateSkill,
    UpdateStream,
    apply,
    operation_from_json,
    operation_to_json,
    replay,
)


def _run(*operations: core.Operation) -> Plan:
    plan = Plan()
    for operation in operations:
        outcome = apply(plan, operation, today=AS_OF)
        assert outcome.accepted, outcome.findings
        plan = outcome.plan
    return plan


def test_plan_core_imports_no_framework() -> None:
    import subprocess
    import sys

    code = (
        "import sys, agent.plan, agent.plan.schema;"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "{'langchain', 'langchain_core', 'chromadb', 'gradio', 'openai', 'knowledge', 'ui'}];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_add_stream_gets_a_unique_slug_id() -> None:
    plan = _run(
        AddStream(name="Client Work!", role="client"), AddStream(name="client work", role="seed")
    )
    assert [s.id for s in plan.streams] == ["client-work", "client-work-2"]


def test_accepted_operation_sets_as_of_and_reports_missing() -> None:
    outcome = apply(Plan(), SetCapacity(hours_per_week=30), today=AS_OF)
    assert outcome.accepted and outcome.plan.as_of == AS_OF
    assert outcome.plan.capacity is not None and outcome.plan.capacity.hours_per_week == 30
    assert any("core skill" in item for item in outcome.missing)


def test_operation_adding_a_draft_error_is_refused_and_plan_unchanged() -> None:
    plan = _run(
        SetCapacity(hours_per_week=20), AddStream(name="Job", role="anchor", target_hours=18)
    )
    outcome = apply(plan, AddStream(name="Gig", role="client", target_hours=5), today=AS_OF)
    assert not outcome.accepted
    assert [f.code for f in outcome.findings] == ["PC007"]
    assert outcome.plan == plan


def test_second_anchor_is_refused() -> None:
    plan = _run(AddStream(name="Job", role="anchor"))
    outcome = apply(plan, AddStream(name="Other job", role="anchor"), today=AS_OF)
    assert not outcome.accepted and outcome.errors[0].code == "PC002"


def test_unknown_stream_is_refused_with_the_known_ids() -> None:
    plan = _run(AddStream(name="Job", role="anchor"))
    outcome = apply(
        plan, SetAllocation(stream_id="gig", target_hours=5, target_income_share=10), today=AS_OF
    )
    assert not outcome.accepted
    (finding,) = outcome.findings
    assert finding.code == "OP001" and "job" in finding.fix


def test_loop_to_itself_is_refused() -> None:
    plan = _run(AddStream(name="Job", role="anchor"))
    outcome = apply(
        plan, AddFeedbackLoop(from_stream="job", to_stream="job", kind="funds"), today=AS_OF
    )
    assert not outcome.accepted and outcome.errors[0].code == "PC013"


def test_overlapping_time_block_is_refused() -> None:
    plan = _run(
        AddStream(name="Job", role="anchor", target_hours=8),
        AddTimeBlock(stream_id="job", weekday="monday", start="09:00", end="17:00"),
    )
    outcome = apply(
        plan,
        AddTimeBlock(stream_id="job", weekday="monday", start="16:00", end="18:00"),
        today=AS_OF,
    )
    assert not outcome.accepted and outcome.errors[0].code == "PC018"


def test_duplicate_skill_is_refused_and_update_changes_only_given_fields() -> None:
    plan = _run(AddSkill(name="Writing", excitement=3, under_used=True))
    assert apply(plan, AddSkill(name="writing"), today=AS_OF).findings[0].code == "OP002"
    updated = apply(plan, UpdateSkill(name="WRITING", excitement=5), today=AS_OF).plan
    assert updated.skills[0].excitement == 5 and updated.skills[0].under_used is True


def test_remove_stream_drops_its_blocks_and_loops() -> None:
    plan = example("freelance-academic")
    outcome = apply(plan, RemoveStream(stream_id="open-science-community"), today=AS_OF)
    assert outcome.accepted
    new = outcome.plan
    assert all(b.stream_id != "open-science-community" for b in new.time_blocks)
    assert all(
        "open-science-community" not in (lp.from_stream, lp.to_stream) for lp in new.feedback_loops
    )


def test_existing_errors_do_not_block_unrelated_operations() -> None:
    plan = edit_stream(example("freelance-academic"), "open-science-community", target_hours=10)
    outcome = apply(plan, SetReview(date=AS_OF + dt.timedelta(days=30)), today=AS_OF)
    assert outcome.accepted
    assert "PC007" in {f.code for f in outcome.findings}


def test_unknowns_are_recorded_and_resolved() -> None:
    plan = _run(MarkUnknown(field="cash_buffer", question="How long could you live on savings?"))
    assert plan.unknowns[0].field == "cash_buffer"
    assert (
        _run(MarkUnknown(field="cash_buffer"), ResolveUnknown(field="cash_buffer")).unknowns == []
    )


def test_set_review_fills_default_questions() -> None:
    plan = _run(SetReview(date=AS_OF))
    assert plan.review is not None and len(plan.review.questions) >= 3


def test_update_stream_keeps_the_id_on_rename() -> None:
    plan = _run(AddStream(name="Job", role="anchor"), UpdateStream(stream_id="job", name="Day job"))
    assert plan.streams[0].id == "job" and plan.streams[0].name == "Day job"


def test_undo_needs_the_log_in_apply_and_works_in_replay() -> None:
    assert apply(Plan(), Undo(), today=AS_OF).findings[0].code == "OP003"
    log: list[core.Operation] = [
        AddStream(name="Job", role="anchor"),
        AddStream(name="Gig", role="client"),
        Undo(),
    ]
    assert [s.id for s in replay(log, today=AS_OF).streams] == ["job"]
    assert replay([*log, Undo(), Undo()], today=AS_OF) == Plan()


def test_replay_skips_refused_operations_so_undo_takes_back_the_last_accepted_one() -> None:
    log: list[core.Operation] = [
        AddStream(name="Job", role="anchor"),
        AddStream(name="Gig", role="client"),
        AddStream(name="Job 2", role="anchor"),  # refused: a second anchor
        Undo(),
    ]
    assert [s.id for s in replay(log, today=AS_OF).streams] == ["job"]


def test_operations_round_trip_through_json() -> None:
    log: list[core.Operation] = [
        AddStream(name="Job", role="anchor", target_hours=30),
        SetReview(date=AS_OF),
        Undo(),
    ]
    text = EVENT_LOG_ADAPTER.dump_json(log)
    assert EVENT_LOG_ADAPTER.validate_json(text) == log
    review = SetReview(date=AS_OF)
    assert operation_from_json(operation_to_json(review)) == review


def test_operation_limits_are_enforced() -> None:
    with pytest.raises(ValidationError):
        SetAllocation(stream_id="job", target_hours=81, target_income_share=10)
    with pytest.raises(ValidationError):
        AddTimeBlock(stream_id="job", weekday="monday", start="9am", end="17:00")
    with pytest.raises(ValidationError):
        operation_from_json('{"op": "add_stream", "name": "x", "role": "boss"}')
