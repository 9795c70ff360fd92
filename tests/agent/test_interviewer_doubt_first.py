"""Doubt said before a figure answers with doubt, it declines nothing; and one doubted answer
to the open question is asked back as read, so that a yes records it."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.acts import hedged_figure
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    "message", ["not sure, 45?", "no idea. 38 maybe", "honestly I dunno... 30? 35?"]
)
def test_doubt_then_a_figure_is_asked_back_not_skipped(message: str) -> None:
    readings = read(message, PlanView(), "capacity")
    assert hedged_figure(message)
    assert [r.act for r in readings] != ["skip"]
    figures = [r for r in readings if r.field == "capacity.hours_per_week"]
    assert figures and all(not r.confident for r in figures)


@pytest.mark.parametrize("message", ["not sure, skip", "dunno, 40? skip it", "no idea"])
def test_doubt_with_no_figure_or_a_skip_after_it_still_skips(message: str) -> None:
    assert [r.act for r in read(message, PlanView(), "capacity")] == ["skip"]


def _at_capacity() -> MemoryPlanner:
    planner, reply = conversation(TODAY, "general")
    assert "hours a week can you really give" in reply
    return planner


def _capacity(planner: MemoryPlanner) -> float | None:
    return planner.plan.capacity.hours_per_week if planner.plan.capacity else None


def test_a_yes_to_the_figure_asked_back_records_it() -> None:
    planner = _at_capacity()
    asked = planner.say("not sure, 45?")
    assert "I read that as 45 h a week: is that right?" in asked
    assert _capacity(planner) != 45
    planner.say("yes")
    assert _capacity(planner) == 45


def test_a_figure_after_the_question_back_answers_it_afresh() -> None:
    planner = _at_capacity()
    planner.say("no idea. 45 maybe")
    planner.say("no, more like 38")
    assert _capacity(planner) == 38
