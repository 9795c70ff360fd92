"""The proposed first review keeps to the person's limits: a day a limit rules out whole is
passed over, in the proposal's question and when the person says "yes" to it."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.schedule import propose_review

# A Saturday: twelve weeks on is Saturday 27 February 2027.
SATURDAY = dt.date(2026, 12, 5)


def test_a_day_ruled_out_whole_moves_the_review_to_the_next_open_day() -> None:
    assert propose_review(SATURDAY, ["Saturdays belong to the family, no work"]) == dt.date(
        2027, 2, 28
    )


def test_a_weekend_ruled_out_moves_a_saturday_review_to_the_monday() -> None:
    assert propose_review(SATURDAY, ["weekends are off limits"]) == dt.date(2027, 3, 1)


def test_a_part_of_the_day_ruled_out_leaves_the_date() -> None:
    assert propose_review(SATURDAY, ["no mornings, I look after my mum"]) == dt.date(2027, 2, 27)
    assert propose_review(SATURDAY, []) == dt.date(2027, 2, 27)


def test_limits_of_other_days_leave_the_date() -> None:
    assert propose_review(SATURDAY, ["can't work Tuesdays or Thursdays"]) == dt.date(2027, 2, 27)


def test_the_dialog_proposes_and_books_a_day_the_limits_leave_open() -> None:
    planner = MemoryPlanner(SATURDAY)
    planner.start()
    for line in ["general", "40 hours", "no work on saturdays, that's shabbat",
                 "6k saved, 2.1k a month",
                 "I fit kitchens 34 hours a week for 36k, and I build garden furniture 6 hours "
                 "a week for 4k", "that's all", "steady", "measuring twice", "energising",
                 "varies", "joinery", "draining", "joinery, fitting, design", "joinery",
                 "design", "joinery", "yes", "yes"]:  # fmt: skip
        reply = planner.say(line)
    assert "Saturday 27 February 2027" not in reply
    assert "Sunday 28 February 2027" in reply, reply
    planner.say("yes")
    assert planner.plan.review is not None
    assert planner.plan.review.date == dt.date(2027, 2, 28)
