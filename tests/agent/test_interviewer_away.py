"""A step away said in a few words with how long it lasts ("customer rnging 2 mins", typed
with a slip) is an aside: nothing in it is stored (it once became an activity of 0 h a week),
and the open question stays open for the next message."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.phrases import QUESTIONS

TODAY = dt.date(2026, 12, 5)


@pytest.mark.parametrize("said", ["customer rnging 2 mins", "phone, 5 min", "kids home 10 mins"])
def test_a_step_away_with_its_minutes_stores_nothing(said: str) -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "45 hours max", "none"]:
        planner.say(line)
    reply = planner.say(said)
    assert planner.plan.activities == [], reply
    assert reply.endswith(QUESTIONS["buffer"]), reply
    planner.say("5k saved, 2k a month")
    assert planner.plan.capacity is not None and planner.plan.capacity.cash_buffer == 5_000


def test_minutes_said_as_work_are_not_a_step_away() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "45 hours max", "none", "5k saved, 2k a month"]:
        planner.say(line)
    reply = planner.say("I teach yoga, 30 mins a day, 3k a year")
    assert any("yoga" in a.name.lower() for a in planner.plan.activities), reply
