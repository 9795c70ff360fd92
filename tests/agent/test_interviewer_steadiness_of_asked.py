"""A steadiness word belongs to the work the sentence speaks of: "it varies" said at one
work's hours question is about that work, never the steadiness of the work spoken of just
before."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)
_OPENING = "I'm a plumber in Bristol, 40 hours, 38k. I make candles too, about 1.5k a year"


def _at_hours_of(work: str) -> tuple[MemoryPlanner, str]:
    planner, reply = conversation(
        TODAY, _OPENING, "private", "45", "none", "3k saved", "1800 a month", "that's all"
    )  # fmt: skip
    for _ in range(12):
        question = reply.strip().split("\n")[-1]
        if "hours a week does" in question and work in question.casefold():
            return planner, reply
        if "hours a week does" in question:
            reply = planner.say("40")
        elif "stable" in question:
            reply = planner.say("stable")
        elif "teach" in question:
            reply = planner.say("fault finding")
        else:
            reply = planner.say("draining")
    raise AssertionError(reply)


def test_it_varies_at_other_works_hours_leaves_the_work_before_as_it_was() -> None:
    planner, _ = _at_hours_of("candle")
    before = {a.name: a.volatility for a in planner.plan.activities}
    reply = planner.say("honestly it varies")
    plumber = next(a for a in planner.plan.activities if "plumb" in a.name.casefold())
    assert plumber.volatility == before[plumber.name]
    assert "Plumber" not in reply.split("\n")[0]


def test_hours_said_with_it_varies_are_the_asked_works() -> None:
    planner, _ = _at_hours_of("candle")
    planner.say("it varies, 2 to 6 hours")
    candles = next(a for a in planner.plan.activities if "candle" in a.name.casefold())
    assert candles.hours_per_week == 4
    plumber = next(a for a in planner.plan.activities if "plumb" in a.name.casefold())
    assert plumber.volatility == "stable"
