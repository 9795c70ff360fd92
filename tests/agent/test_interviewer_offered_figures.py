"""Figures said of work the plan does not hold (named only in passing, or not at all) while the
capacity's questions are open: they are that work's, never the week's capacity or a limit, and
nothing on record changes. Driven through the dialog, in other words than the trials."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.harness import MemoryPlanner
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)

#: Two works named in passing beside the job (the audit's question offers them later).
_PASSING = (
    "dental receptionist in Bristol, 32 hrs a week, about 22k. i also walk dogs for "
    "neighbours and sell prints on etsy"
)
#: Side work said by verbs only: nothing is offered, the plan holds the job alone.
_VERBS = (
    "warehouse picker in Leeds, 37.5 hrs a week, about 23k. i also referee five-a-side "
    "on tuesdays and restore old bikes to sell"
)


def _at_limits(opening: str, *said: str) -> tuple[MemoryPlanner, str]:
    return conversation(TODAY, opening, "could do 45 hours tops", "general", *said)


def _week(planner: MemoryPlanner) -> float | None:
    assert planner.plan.capacity is not None
    return planner.plan.capacity.hours_per_week


def test_the_opening_offers_the_side_work() -> None:
    _, reply = conversation(TODAY, _PASSING)
    assert "I'll ask about" in reply and "etsy" in reply.casefold()


@pytest.mark.parametrize(
    "said", ["actually make that 8 hours for etsy", "sorry, the etsy prints are 8 hours"]
)
def test_a_correction_naming_offered_work_changes_no_capacity(said: str) -> None:
    planner, reply = _at_limits(_PASSING, said)
    assert _week(planner) == 45
    assert "8 h a week" not in reply


def test_the_reply_names_the_offered_work_left_out() -> None:
    _, reply = _at_limits(_PASSING, "actually make that 8 hours for etsy")
    assert "isn't on your list of work yet" in reply and "etsy" in reply.casefold()


def test_hours_for_offered_work_at_the_limits_question_are_no_limit() -> None:
    planner, reply = _at_limits(_PASSING, "6 hours a week for the dog walking")
    assert planner.plan.capacity is not None
    assert planner.plan.capacity.constraints == []
    assert _week(planner) == 45
    assert "dog" in reply.casefold()


def test_a_correction_for_a_thing_not_on_record_changes_nothing() -> None:
    planner, reply = _at_limits(_VERBS, "actually make that 8 hours for the bikes")
    assert _week(planner) == 45
    assert "changed nothing" in reply


def test_a_correction_of_the_week_itself_is_still_heard() -> None:
    planner, reply = _at_limits(_PASSING, "actually make it 40")
    assert "40" in reply
    planner.say("40")
    assert _week(planner) == 40


def test_a_limit_that_names_no_offered_work_is_kept() -> None:
    planner, _ = _at_limits(_PASSING, "no mornings before 9, school run")
    assert planner.plan.capacity is not None
    assert planner.plan.capacity.constraints
