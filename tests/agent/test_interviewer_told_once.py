"""A change said aloud ("Changed ... from 30 h a week to 32 h a week.") is reported once: the
reply does not list it again under "Recorded" (what else the call records is still listed).
Driven through the real reading layer, the dialog manager and the tools."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 5)


def _audited() -> MemoryPlanner:
    lines = [
        "tech",
        "I can do 40 hours a week",
        "none",
        "20k saved, 2k a month",
        "I teach yoga 30 hours a week for 20k a year, and freelance design 5 hours for 8k",
    ]
    return conversation(TODAY, *lines)[0]


def test_an_activity_figure_changed_is_said_once() -> None:
    planner = _audited()
    reply = planner.say("actually the yoga is 32 hours, not 30")
    assert reply.count("32 h a week") == 1, reply
    assert "from 30 h a week to 32 h a week" in reply
    assert "Recorded:" not in reply
    yoga = next(a for a in planner.plan.activities if "yoga" in a.name.lower())
    assert yoga.hours_per_week == 32


def test_capacity_changes_are_each_said_once() -> None:
    planner = _audited()
    reply = planner.say("my real limit is 44 hours, not 40")
    assert reply.count("44 h a week") == 1, reply
    assert "Recorded:" not in reply  # savings and spending are as they were: not repeated
    assert planner.plan.capacity is not None
    assert planner.plan.capacity.hours_per_week == 44
    assert planner.plan.capacity.cash_buffer == 20_000  # the rest of the capacity is kept
    reply = planner.say("my real limit is 42 hours, not 44, and I spend 2.2k a month")
    assert reply.count("42 h a week") == 1, reply
    assert reply.count("2,200") == 1, reply
    assert "Recorded:" not in reply
    assert planner.plan.capacity.hours_per_week == 42
    assert planner.plan.capacity.monthly_spending == 2_200


def test_a_new_figure_beside_a_change_is_still_listed_as_recorded() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["tech", "I can do 40 hours a week", "none", "about 20k saved"]:
        planner.say(line)
    reply = planner.say("my real limit is 44 hours, not 40, and I spend about 2k a month")
    assert reply.count("44 h a week") == 1, reply
    assert "Recorded: spending 2,000 a month." in reply
    assert planner.plan.capacity is not None
    assert planner.plan.capacity.monthly_spending == 2_000


def test_savings_changed_are_said_plainly() -> None:
    planner = _audited()
    reply = planner.say("actually my savings are 25k, not 20k")
    assert "Changed your savings from 20,000 to 25,000." in reply, reply
    assert planner.plan.capacity is not None and planner.plan.capacity.cash_buffer == 25_000
