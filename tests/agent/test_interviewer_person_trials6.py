"""Kinds of message that whole conversations of new people carried badly, driven through the
dialog in other words: two bare amounts for the two-part savings question, orders about the
streams given before there are any, a new anchor named with only half the order understood,
clock times typed with one letter for am or pm, a list pasted with its heading, a price of one
item beside a work of the same kind, "carry on" after a step away, and a late correction that
says the old figure was wrong."""

from __future__ import annotations

import datetime as dt
import re

from agent.interviewer.harness import MemoryPlanner
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)
_TO_BUFFER = ["general", "42", "none"]


def test_two_bare_amounts_are_the_savings_then_the_months_spending() -> None:
    planner, reply = conversation(TODAY, *_TO_BUFFER, "7k, 2.4k")
    assert planner.plan.capacity is not None
    assert planner.plan.capacity.cash_buffer == 7000  # never 9,400 added up
    assert planner.plan.capacity.monthly_spending == 2400
    assert "spend a month" not in reply  # the spending is not asked again


def test_savings_said_then_a_month_without_a_comma_keeps_both() -> None:
    planner, _ = conversation(TODAY, *_TO_BUFFER, "3500 put by 1900 a month")
    assert planner.plan.capacity is not None
    assert planner.plan.capacity.cash_buffer == 3500
    assert planner.plan.capacity.monthly_spending == 1900


def test_two_amounts_said_as_one_sum_stay_one_saving() -> None:
    planner, _ = conversation(TODAY, *_TO_BUFFER, "4k plus 1k in premium bonds")
    assert planner.plan.capacity is not None
    assert planner.plan.capacity.cash_buffer == 5000
    assert planner.plan.capacity.monthly_spending is None


_TO_SKILLS = [*_TO_BUFFER, "6000 saved, 2000 a month", "I drive a bus and I do face painting",
              "38 hours", "29k", "stable", "patience", "draining", "5 hours", "2k", "varies",
              "drawing fast", "energising"]  # fmt: skip


def test_orders_about_streams_at_the_skills_question_are_never_skills() -> None:
    planner, reply = conversation(
        TODAY, *_TO_SKILLS, "make face painting the anchor, bus client, drop the writing"
    )
    assert planner.plan.skills == []
    assert "streams" in reply and "again" in reply
    planner.say("face painting, driving, first aid")
    assert {s.name for s in planner.plan.skills} == {"Face painting", "Driving", "First aid"}


def test_a_pasted_list_loses_its_heading() -> None:
    planner, _ = conversation(TODAY, *_TO_SKILLS, "Key skills: face painting | first aid")
    assert {s.name for s in planner.plan.skills} == {"Face painting", "First aid"}


def _at_proposal() -> tuple[MemoryPlanner, str]:
    return conversation(TODAY, *_TO_SKILLS, "face painting, driving", "face painting", "none",
                        "face painting")  # fmt: skip


def test_half_an_order_that_would_leave_no_anchor_changes_nothing() -> None:
    planner, shown = _at_proposal()
    assert re.search(r"^- [^:\n]*bus[^:\n]*: anchor", shown, re.M | re.I)
    # "paint" names two streams, so only the bus's new role is understood
    reply = planner.say("make the paint the anchor, bus a seed")
    assert "no anchor" in reply
    planner.say("yes")
    anchors = [s.name for s in planner.plan.streams if s.role == "anchor"]
    assert len(anchors) == 1 and "bus" in anchors[0].casefold()


def test_a_night_shift_typed_with_one_letter_times_is_read_as_clock_times() -> None:
    lines = [*_TO_BUFFER, "6000 saved, 2000 a month", "I'm a night porter and I sell plants",
             "10p-6a, 5 nights a week"]  # fmt: skip
    planner, _ = conversation(TODAY, *lines)
    porter = next(a for a in planner.plan.activities if "porter" in a.name.casefold())
    assert porter.hours_per_week == 40  # 8 h a night, never "10"


def test_the_price_of_one_item_is_no_second_work() -> None:
    lines = [*_TO_BUFFER, "6000 saved, 2000 a month", "I clean offices and I make birthday cakes",
             "30 hours", "21k", "stable", "speed", "draining", "4 hours",
             "a wedding cake goes for 300, cupcakes 2 each"]  # fmt: skip
    planner, _ = conversation(TODAY, *lines)
    assert len(planner.plan.activities) == 2
    cakes = next(a for a in planner.plan.activities if "cake" in a.name.casefold())
    assert "annual_revenue" not in (cakes.answered or [])


def test_carry_on_after_a_step_away_is_no_try_at_the_question() -> None:
    lines = [*_TO_BUFFER, "6000 saved, 2000 a month", "I coach tennis", "12 hours",
             "brb, someone at the door", "carry on", "carry on"]  # fmt: skip
    planner, reply = conversation(TODAY, *lines)
    assert "Welcome back" in reply
    assert "bring in a year" in reply  # still the same question, not left as unknown
    planner.say("9k")
    assert planner.plan.activities[0].annual_revenue == 9000
    assert planner.plan.skills == []


def test_a_late_correction_saying_the_old_figure_was_wrong_changes_that_answer() -> None:
    lines = [*_TO_SKILLS, "oh the 29k was wrong, it's 30,200 actually"]
    planner, reply = conversation(TODAY, *lines)
    bus = next(a for a in planner.plan.activities if "bus" in a.name.casefold())
    assert bus.annual_revenue == 30200  # never 29,000 again, never a figure for no work
    assert "30,200" in reply
