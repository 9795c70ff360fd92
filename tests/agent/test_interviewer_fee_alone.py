"""A fee told without how often ("£90 a party") is neither chat nor a year's income: the reply
asks how often, and the next answer that gives only how often is read with the fee."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.unread import fee_alone

TODAY = dt.date(2026, 12, 6)
_TO_REVENUE = ["corporate", "45", "none", "5k saved, spend 2k a month", "dog walking",
               "6 hours a week"]  # fmt: skip


def _at_revenue() -> MemoryPlanner:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in _TO_REVENUE:
        planner.say(line)
    return planner


def test_a_fee_alone_is_asked_how_often_and_nothing_is_stored() -> None:
    planner = _at_revenue()
    reply = planner.say("$18 a walk")
    assert "not how often" in reply
    assert "nothing to record" not in reply.lower()
    assert planner.plan.activities[0].annual_revenue == 0


@pytest.mark.parametrize(
    ("fee", "often", "year"),
    [
        ("$18 a walk", "about 8 a week", 18 * 8 * 52),
        ("$18 per walk", "10 walks a week", 18 * 10 * 52),
        ("€30 an hour", "6 hours a week, 45 weeks a year", 30 * 6 * 45),
    ],
)
def test_how_often_said_next_is_read_with_the_fee(fee: str, often: str, year: float) -> None:
    planner = _at_revenue()
    planner.say(fee)
    planner.say(often)
    assert planner.plan.activities[0].annual_revenue == pytest.approx(year)


def test_the_fee_is_not_carried_past_its_question() -> None:
    planner = _at_revenue()
    planner.say("$18 a walk")
    planner.say("skip")
    planner.say("3 a week")  # now the volatility question is open: no revenue from it
    assert planner.plan.activities[0].annual_revenue == 0


def test_a_whole_year_said_after_the_fee_is_taken_as_said() -> None:
    planner = _at_revenue()
    planner.say("$18 a walk")
    planner.say("around $7,500 a year")
    assert planner.plan.activities[0].annual_revenue == 7500


@pytest.mark.parametrize("text", ["£2,000 a month", "40k", "nothing, it's voluntary", "hmm"])
def test_amounts_that_carry_their_own_period_are_no_fee_alone(text: str) -> None:
    assert fee_alone(text) is None


def test_the_same_fee_said_again_and_again_moves_on() -> None:
    planner = _at_revenue()
    replies = [planner.say("$18 a walk") for _ in range(3)]
    assert "stable" in replies[-1].lower()  # the next question: never a loop
    assert planner.plan.activities[0].annual_revenue == 0


@pytest.mark.parametrize(
    ("weeks", "year"),
    [("40 weeks", 22 * 6 * 40), ("all year round", 22 * 6 * 52), ("about 44", 22 * 6 * 44)],
)
def test_an_hourly_fee_uses_the_hours_on_record_and_asks_the_weeks(weeks: str, year: float) -> None:
    planner = _at_revenue()  # 6 hours a week on record
    reply = planner.say("$22/hr")
    assert "6 h a week on record" in reply
    planner.say(weeks)
    assert planner.plan.activities[0].annual_revenue == pytest.approx(year)


def test_a_fee_said_with_a_count_is_not_told_that_how_often_is_missing() -> None:
    assert fee_alone("3 or 4 gigs a season at $400 each") is None
    reply = fee_alone("$400 each")
    assert reply is not None and "$400 each," in reply and "a each" not in reply
