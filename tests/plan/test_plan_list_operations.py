"""A list operation (a whole week, several streams) is its single operations applied in turn:
the same plan, the same refusal, but one event and one step back."""

from __future__ import annotations

import datetime as dt

from agent.plan import Plan, apply, replay
from agent.plan import operations as ops

TODAY = dt.date(2027, 2, 8)
STREAMS = [
    ops.AddStream(name="Locum dentistry", role="anchor", target_hours=24),
    ops.AddStream(name="Dental journal edits", role="client", target_hours=5),
    ops.AddStream(name="Hygiene workshops", role="leverage", target_hours=2),
]
BLOCKS = [
    ops.AddTimeBlock(stream_id="locum-dentistry", weekday="tuesday", start="08:00", end="16:00"),
    ops.AddTimeBlock(
        stream_id="dental-journal-edits", weekday="friday", start="09:00", end="14:00"
    ),
    ops.AddTimeBlock(
        stream_id="hygiene-workshops",
        weekday="saturday",
        week_of_month="first",
        start="10:00",
        end="12:00",
    ),
]
LOOPS = [
    ops.AddFeedbackLoop(
        from_stream="locum-dentistry", to_stream="hygiene-workshops", kind="teaches"
    ),
    ops.AddFeedbackLoop(
        from_stream="locum-dentistry", to_stream="dental-journal-edits", kind="funds"
    ),
]


def _one_by_one(plan: Plan, steps: list[ops.Op]) -> Plan:
    for step in steps:
        outcome = apply(plan, step, today=TODAY)  # type: ignore[arg-type]
        assert outcome.accepted
        plan = outcome.plan
    return plan


def _with_streams() -> Plan:
    start = apply(Plan(), ops.SetCapacity(hours_per_week=40), today=TODAY).plan
    return _one_by_one(start, list(STREAMS))


def test_streams_at_once_give_the_plan_they_give_one_by_one() -> None:
    start = apply(Plan(), ops.SetCapacity(hours_per_week=40), today=TODAY).plan
    together = apply(start, ops.AddStreams(streams=STREAMS), today=TODAY)
    assert together.accepted
    assert together.plan == _one_by_one(start, list(STREAMS))
    alone = apply(_one_by_one(start, STREAMS[:2]), STREAMS[2], today=TODAY)
    assert together.findings == alone.findings and together.missing == alone.missing


def test_a_week_at_once_gives_the_plan_it_gives_one_by_one() -> None:
    plan = _with_streams()
    week = ops.AddWeek(blocks=BLOCKS, loops=LOOPS)
    together = apply(plan, week, today=TODAY)
    assert together.accepted
    assert together.plan == _one_by_one(plan, [*BLOCKS, *LOOPS])
    assert len(together.plan.time_blocks) == 3 and len(together.plan.feedback_loops) == 2


def test_one_refused_item_refuses_the_whole_week_with_its_reason() -> None:
    plan = _with_streams()
    stray = ops.AddTimeBlock(stream_id="orthodontics", weekday="monday", start="09:00",
                             end="12:00")  # fmt: skip
    alone = apply(_one_by_one(plan, BLOCKS[:1]), stray, today=TODAY)
    together = apply(plan, ops.AddWeek(blocks=[BLOCKS[0], stray, BLOCKS[1]]), today=TODAY)
    assert not together.accepted and not alone.accepted
    assert together.findings == alone.findings
    assert together.plan == plan  # nothing of the week, not even the block before it


def test_one_undo_takes_back_the_whole_list_and_the_log_reads_back() -> None:
    start = apply(Plan(), ops.SetCapacity(hours_per_week=40), today=TODAY).plan
    log: list[ops.Op] = [ops.AddStreams(streams=STREAMS), ops.AddWeek(blocks=BLOCKS, loops=LOOPS)]
    texts = [ops.operation_to_json(op) for op in log]  # type: ignore[arg-type]
    assert [ops.operation_from_json(t) for t in texts] == log
    full = replay([*log], today=TODAY, start=start)  # type: ignore[list-item]
    assert len(full.time_blocks) == 3
    back = replay([*log, ops.Undo()], today=TODAY, start=start)  # type: ignore[list-item]
    assert not back.time_blocks and not back.feedback_loops and len(back.streams) == 3
    twice = replay([*log, ops.Undo(), ops.Undo()], today=TODAY, start=start)  # type: ignore[list-item]
    assert not twice.streams


def test_an_empty_list_is_no_operation() -> None:
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        ops.AddWeek()
    with pytest.raises(ValidationError):
        ops.AddStreams(streams=[])
