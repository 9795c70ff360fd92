"""Facts that wait for another (savings before the weekly hours) are never lost, even when
the question they wait for is left unknown."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner

TODAY = dt.date(2026, 12, 5)


def _to_capacity_asked_twice() -> MemoryPlanner:
    talk = MemoryPlanner(TODAY)
    for line in ["hello", "general", "the rota decides that", "no idea really"]:
        talk.say(line)
    return talk


def test_savings_said_when_the_hours_are_left_unknown_are_kept_for_them() -> None:
    talk = MemoryPlanner(TODAY)
    talk.say("hello")
    talk.say("general")
    talk.say("the rota decides that")  # no hours: asked again, with its options
    reply = talk.say("about 6 months saved, spend 1.8k a month")
    assert "10,800" in reply  # what was heard is said back
    assert talk.plan.capacity is None  # nothing can be stored before the weekly hours
    talk.say("my capacity is 45 hours")
    assert talk.plan.capacity is not None
    assert talk.plan.capacity.hours_per_week == 45
    assert talk.plan.capacity.monthly_spending == 1_800
    assert talk.plan.capacity.cash_buffer == 10_800


def test_hours_given_after_they_were_left_unknown_are_no_longer_listed_as_unknown() -> None:
    talk = _to_capacity_asked_twice()
    assert [u.field for u in talk.plan.unknowns] == ["capacity.hours_per_week"]
    talk.say("actually my capacity is 40 hours a week")
    assert talk.plan.capacity is not None and talk.plan.capacity.hours_per_week == 40
    assert talk.plan.unknowns == []
