"""The review date said in words at its question: recorded when the rules allow it, refused
with the one rule that says why when they do not."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.dates import parse_date
from agent.interviewer.harness import MemoryPlanner

TODAY = dt.date(2026, 12, 5)
TO_THE_REVIEW = [
    "general", "40", "none", "10k savings, 2000 a month", "bakery 30h 25k; cake stall 5h 3k",
    "stable", "baking", "energising", "variable", "selling", "energising",
    "baking, selling, bookkeeping", "baking", "bookkeeping", "baking", "yes", "yes",
]  # fmt: skip


def at_the_review() -> MemoryPlanner:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in TO_THE_REVIEW:
        planner.say(line)
    assert planner.plan.time_blocks and planner.plan.review is None
    return planner


@pytest.mark.parametrize(
    ("said", "date"),
    [("in 10 weeks", dt.date(2027, 2, 13)), ("ok mid feb then", dt.date(2027, 2, 15)),
     ("march 1st", dt.date(2027, 3, 1)), ("the 20th of feb works", dt.date(2027, 2, 20))],
)  # fmt: skip
def test_a_date_in_words_at_the_review_question_is_booked(said: str, date: dt.date) -> None:
    planner = at_the_review()
    reply = planner.say(said)
    assert planner.plan.review is not None and planner.plan.review.date == date, reply


def test_a_date_past_the_quarter_is_refused_with_its_rule_alone() -> None:
    planner = at_the_review()
    reply = planner.say("end of march")
    assert planner.plan.review is None
    assert "(PC020). To fix it: set a review date between" in reply
    assert "PC010" not in reply  # a warning beside it is no reason for the refusal


@pytest.mark.parametrize(
    ("said", "date"),
    [("end of March", dt.date(2027, 3, 31)), ("late feb", dt.date(2027, 2, 28)),
     ("mid-may", dt.date(2027, 5, 15)), ("early January", dt.date(2027, 1, 1)),
     ("feb 20 2027", dt.date(2027, 2, 20)), ("dec 2", dt.date(2027, 12, 2))],
)  # fmt: skip
def test_parts_of_a_month_and_the_month_first_are_dates(said: str, date: dt.date) -> None:
    assert parse_date(said, TODAY) == date


@pytest.mark.parametrize("said", ["maybe 3 weeks", "I may 3 weeks", "march 3 weeks later"])
def test_may_and_maybe_are_no_month(said: str) -> None:
    assert parse_date(said, TODAY) is None
