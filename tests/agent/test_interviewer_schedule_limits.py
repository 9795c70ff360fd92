"""The week's blocks placed around the person's limits, and what the proposal says of them."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from agent.interviewer.constraints import tidy
from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.schedule import BlockProposal, propose_loops, propose_week
from agent.interviewer.week_limits import read_limits
from agent.plan import Capacity, Plan
from agent.plan.models import FeedbackLoop, Stream, TimeBlock

TODAY = dt.date(2026, 12, 6)


def plan_of(*limits: str, anchor: float = 30, side: tuple[float, ...] = (6, 4, 2)) -> Plan:
    streams = [Stream(id="bakery", name="Bakery", role="anchor", target_hours=anchor)]
    for n, hours in enumerate(side):
        role = ("client", "leverage", "seed")[n % 3]
        streams.append(Stream(id=f"side-{n}", name=f"Side {n}", role=role, target_hours=hours))
    capacity = Capacity(hours_per_week=60, constraints=list(limits))
    return Plan(capacity=capacity, streams=streams)


def minutes(clock: str) -> int:
    return int(clock[:2]) * 60 + int(clock[3:])


def hours_of(blocks: list[BlockProposal], stream_id: str) -> float:
    return sum(b.hours for b in blocks if b.stream_id == stream_id)


def assert_kept(plan: Plan, blocks: list[BlockProposal]) -> None:
    """No block breaks a limit read, none overlaps another, none runs past midnight."""
    limits = read_limits(plan.capacity.constraints if plan.capacity else [])
    for b in blocks:
        assert 0 <= minutes(b.start) < minutes(b.end) <= 24 * 60, b
        for limit in limits:
            assert limit.allows(b.weekday, minutes(b.start), minutes(b.end)), (limit.said, b)
    for a, b in itertools.combinations(blocks, 2):
        overlap = minutes(a.start) < minutes(b.end) and minutes(b.start) < minutes(a.end)
        assert a.weekday != b.weekday or not overlap, (a, b)


@pytest.mark.parametrize(
    "limits",
    [
        ("not on Fridays", "Sundays are family time"),
        ("no mornings",),
        ("nursery drop-off 8-9 and pick-up 4-5",),
        ("evenings only",),
        ("nothing before 10am", "done by 4pm"),
        ("only Monday to Thursday",),
        ("12-hour night shifts", "no afternoons"),
    ],
)
def test_blocks_keep_clear_of_each_kind_of_limit_and_add_up(limits: tuple[str, ...]) -> None:
    plan = plan_of(*limits)
    week = propose_week(plan)
    assert_kept(plan, week.blocks)
    for stream in plan.streams:
        short = sum(s.hours for s in week.short if s.stream_id == stream.id)
        assert hours_of(week.blocks, stream.id) + short == pytest.approx(stream.target_hours)


def test_each_kind_of_limit_moves_the_block_it_would_break() -> None:
    mornings = propose_week(plan_of("no mornings")).blocks
    assert all(minutes(b.start) >= 12 * 60 for b in mornings)
    assert hours_of(mornings, "bakery") == 30
    days = propose_week(plan_of("not on Fridays", "weekends are off limits")).blocks
    assert {b.weekday for b in days} <= {"monday", "tuesday", "wednesday", "thursday"}
    kept_to = propose_week(plan_of("evenings only")).blocks
    assert all(minutes(b.start) >= 17 * 60 for b in kept_to)
    assert sum(b.hours for b in kept_to) == 42


def test_a_week_that_cannot_fit_says_which_stream_is_short_and_by_how_much() -> None:
    plan = plan_of("only Saturdays", anchor=12, side=(4, 3))
    week = propose_week(plan)
    assert_kept(plan, week.blocks)
    assert {b.weekday for b in week.blocks} == {"saturday"}
    assert 11.5 <= sum(b.hours for b in week.blocks) <= 12  # a full day's work, no other day
    for stream in plan.streams:  # each stream keeps a block, cut in the same proportion
        placed = hours_of(week.blocks, stream.id)
        assert 0 < placed < stream.target_hours
        short = next(s for s in week.short if s.stream_id == stream.id)
        assert (short.name, short.hours) == (stream.name, stream.target_hours - placed)


def test_the_proposal_names_each_stream_left_short() -> None:
    planner, reply = _at_the_week("", answer="I can only work on Sundays")
    assert "keep clear of the times your limits rule out ('only work on Sundays')" in reply
    assert "The times your limits leave have no room for all the hours: " in reply, reply
    names = [s.name for s in planner.plan.streams]
    assert all(f"{name} gets " in reply for name in names), reply
    assert "Lower their hours, or tell me when they can go." in reply


def test_the_same_plan_and_limits_always_get_the_same_week() -> None:
    plan = plan_of("school run 8.30-9.15 and 3-3.45", "no Sundays")
    assert propose_week(plan) == propose_week(plan) == propose_week(plan.model_copy(deep=True))


def test_a_limit_that_rules_out_nothing_used_or_cannot_be_read_leaves_the_week_as_it_was() -> None:
    free = propose_week(plan_of()).blocks
    assert propose_week(plan_of("no work after 11pm")).blocks == free
    assert propose_week(plan_of("a dodgy knee, short sessions")).blocks == free


def test_blocks_already_in_the_plan_are_kept_clear_of() -> None:
    plan = plan_of("no Saturdays")
    held = TimeBlock(id="b1", stream_id="side-0", weekday="sunday", start="10:00", end="16:00")
    plan = plan.model_copy(update={"time_blocks": [held]})
    blocks = propose_week(plan).blocks
    assert not [b for b in blocks if b.stream_id == "side-0"]
    on_sunday = [b for b in blocks if b.weekday == "sunday"]
    assert all(minutes(b.end) <= 10 * 60 or minutes(b.start) >= 16 * 60 for b in on_sunday)


def _at_the_week(limit_said_early: str, answer: str = "yes") -> tuple[MemoryPlanner, str]:
    planner = MemoryPlanner(TODAY)
    planner.start()
    reply = ""
    hours = f"around 38 hours a week, {limit_said_early}" if limit_said_early else "38 hours"
    for line in ["self-employed", hours, answer,
                 "6k saved, 1.8k a month", "I run a dog grooming van 25 hours a week for 28k, "
                 "and sell treats at markets 4 hours a week for 3k", "that's all", "steady",
                 "patience", "energising", "varies", "selling", "draining",
                 "grooming, baking", "grooming", "baking", "grooming", "yes"]:  # fmt: skip
        reply = planner.say(line)
    return planner, reply


def test_a_limit_said_early_is_kept_by_every_proposed_block() -> None:
    planner, reply = _at_the_week("no mornings, school run")
    assert planner.plan.capacity and planner.plan.capacity.constraints == [
        "no mornings, school run"
    ]
    assert "Shall I put these blocks in your week" in reply, reply
    slots = [line for line in reply.splitlines() if line.startswith("- ") and ":00-" in line]
    assert slots, reply
    starts = [int(t[:2]) for line in slots for t in line.split(": ", 1)[1].split(" ")[1::2]]
    assert starts and min(starts) >= 12, reply
    assert "keep clear of the times your limits rule out ('no mornings, school run')" in reply
    assert "could not read" not in reply
    planner.say("yes")
    assert planner.plan.time_blocks
    assert all(minutes(b.start) >= 12 * 60 for b in planner.plan.time_blocks)


def test_a_block_moved_into_a_limit_is_named_and_the_limit_no_longer_called_kept() -> None:
    planner, _ = _at_the_week("Sundays are for my mum")
    reply = planner.say("move the treats to Sunday morning")
    assert "falls in the times 'Sundays are for my mum' rules out" in reply, reply
    assert "keep clear of the times your limits rule out" not in reply


def test_only_said_of_a_time_stays_in_the_limit_and_the_week_keeps_to_it() -> None:
    assert (
        tidy("I can only work on Saturdays and Sundays") == "can only work on Saturdays and Sundays"
    )
    assert tidy("only the kids really") == "the kids"
    planner, reply = _at_the_week("", answer="I can only work on Saturdays and Sundays")
    assert "keep clear of the times your limits rule out" in reply, reply
    planner.say("yes")
    days = {b.weekday for b in planner.plan.time_blocks}
    assert days and days <= {"saturday", "sunday"}, planner.plan.time_blocks


def test_loops_already_in_the_plan_are_not_proposed_again() -> None:
    plan = plan_of()
    first = propose_loops(plan)
    held = [FeedbackLoop(**loop.as_args()) for loop in first[:2]]
    again = propose_loops(plan.model_copy(update={"feedback_loops": held}))
    assert again == first[2:]
