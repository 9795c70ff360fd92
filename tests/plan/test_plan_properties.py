"""Property tests: random operation sequences keep the plan's invariants."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plan_helpers import AS_OF

from agent.plan import (
    AddActivity,
    AddFeedbackLoop,
    AddSkill,
    AddStream,
    AddTimeBlock,
    MarkUnknown,
    Operation,
    Plan,
    RemoveFeedbackLoop,
    RemoveStream,
    RemoveTimeBlock,
    SetAllocation,
    SetCapacity,
    SetCoreSkill,
    SetReview,
    Undo,
    UpdateStream,
    apply,
    check,
    plan_from_json,
    plan_to_json,
    replay,
    scores,
    shock_test,
)

NAMES = ["Job", "Gig", "Book", "Lab", "Club", "Course"]
IDS = [n.lower() for n in NAMES] + ["job-2", "ghost"]
ROLES = st.sampled_from(["anchor", "client", "leverage", "seed"])
HOURS = st.floats(min_value=0, max_value=80, allow_nan=False)
SHARES = st.floats(min_value=0, max_value=100, allow_nan=False)
CLOCK = st.sampled_from(["06:00", "09:00", "09:30", "12:00", "13:00", "17:00", "20:00", "24:00"])
stream_ids = st.sampled_from(IDS)

OPERATIONS: st.SearchStrategy[Operation] = st.one_of(
    st.builds(SetCapacity, hours_per_week=st.floats(0, 100),
              cash_buffer=st.none() | st.floats(0, 1e5),
              monthly_spending=st.none() | st.floats(0, 1e4)),
    st.builds(AddStream, name=st.sampled_from(NAMES), role=ROLES, target_hours=HOURS,
              target_income_share=SHARES, expected_revenue=st.floats(0, 1e6),
              volatility=st.sampled_from(["stable", "variable"])),
    st.builds(UpdateStream, stream_id=stream_ids, role=st.none() | ROLES,
              target_hours=st.none() | HOURS),
    st.builds(SetAllocation, stream_id=stream_ids, target_hours=HOURS, target_income_share=SHARES),
    st.builds(RemoveStream, stream_id=stream_ids),
    st.builds(AddTimeBlock, stream_id=stream_ids,
              weekday=st.sampled_from(["monday", "tuesday"]),
              week_of_month=st.sampled_from(["every", "first", "fourth", "last"]),
              start=CLOCK, end=CLOCK),
    st.builds(RemoveTimeBlock, block_id=st.sampled_from(["job-every-monday-0900", "x"])),
    st.builds(AddFeedbackLoop, from_stream=stream_ids, to_stream=stream_ids,
              kind=st.sampled_from(["teaches", "funds", "protects"])),
    st.builds(RemoveFeedbackLoop, from_stream=stream_ids, to_stream=stream_ids,
              kind=st.sampled_from(["teaches", "funds"])),
    st.builds(AddActivity, name=st.sampled_from(NAMES), hours_per_week=HOURS),
    st.builds(AddSkill, name=st.sampled_from(NAMES)),
    st.builds(SetCoreSkill, name=st.sampled_from(NAMES)),
    st.builds(SetReview, date=st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31))),
    st.builds(MarkUnknown, field=st.sampled_from(["cash_buffer", "core_skill"])),
    st.just(Undo()),
)  # fmt: skip

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _fold(operations: list[Operation]) -> tuple[Plan, list[Plan]]:
    """Apply step by step (undo via a stack of plans); returns the plan and every state seen."""
    stack, seen = [Plan()], [Plan()]
    for operation in operations:
        if isinstance(operation, Undo):
            if len(stack) > 1:
                stack.pop()
        else:
            outcome = apply(stack[-1], operation, today=AS_OF)
            if outcome.accepted:
                stack.append(outcome.plan)
            else:
                assert outcome.plan == stack[-1]
                assert outcome.errors
        seen.append(stack[-1])
    return stack[-1], seen


@SETTINGS
@given(st.lists(OPERATIONS, max_size=25))
def test_no_sequence_of_operations_leaves_a_draft_error(operations: list[Operation]) -> None:
    _, seen = _fold(operations)
    for plan in seen:
        assert not [f for f in check(plan, final=False, today=AS_OF) if f.severity == "error"]


@SETTINGS
@given(st.lists(OPERATIONS, max_size=25), OPERATIONS)
def test_a_refused_operation_leaves_the_plan_equal(ops: list[Operation], last: Operation) -> None:
    plan, _ = _fold(ops)
    before = plan.model_copy(deep=True)
    outcome = apply(plan, last, today=AS_OF)
    if not outcome.accepted:
        assert outcome.plan == before and plan == before


@SETTINGS
@given(st.lists(OPERATIONS, max_size=25))
def test_replay_equals_the_plan_built_step_by_step(operations: list[Operation]) -> None:
    plan, _ = _fold(operations)
    assert replay(operations, today=AS_OF) == plan


@SETTINGS
@given(st.lists(OPERATIONS, max_size=25))
def test_json_export_then_import_is_the_identity(operations: list[Operation]) -> None:
    plan, _ = _fold(operations)
    assert plan_from_json(plan_to_json(plan)) == plan


@SETTINGS
@given(st.lists(OPERATIONS, max_size=25))
def test_scores_stay_within_one_to_five(operations: list[Operation]) -> None:
    plan, _ = _fold(operations)
    result = scores(plan)
    for score in (result.resilience, result.autonomy, result.ownership):
        assert 1.0 <= score.value <= 5.0 and score.reasons
    assert len(shock_test(plan)) == len(plan.streams)


@SETTINGS
@given(st.lists(OPERATIONS, max_size=25), OPERATIONS)
def test_an_outcome_holds_the_full_check_of_its_plan(ops: list[Operation], last: Operation) -> None:
    from agent.plan.rules import missing

    plan, _ = _fold(ops)
    outcome = apply(plan, last, today=AS_OF)
    known = check(plan, final=False, today=AS_OF)  # what the outcome that made it held
    assert apply(plan, last, today=AS_OF, findings=known) == outcome
    if outcome.accepted:
        assert outcome.findings == check(outcome.plan, final=False, today=AS_OF)
        assert outcome.missing == missing(outcome.plan, today=AS_OF)
    else:
        assert outcome.errors and outcome.missing == missing(plan, today=AS_OF)
