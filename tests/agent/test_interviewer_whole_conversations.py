"""Kinds of message that whole conversations of new people carried badly: a list with the
hours before each work, a line stepping away at the limits question, a figure said to size
what a question back asks about, a retracted figure's multiplier, and two names of which one
is a kind of the other said side by side."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.reading import read
from agent.interviewer.reading.hours_first import name_first
from agent.interviewer.reading.types import PlanView

TODAY = dt.date(2026, 12, 5)
EMPTY = PlanView(capacity=None, activities=(), skills=(), streams=())


def _facts(message: str, ask: str) -> dict[tuple[str, str | None], object]:
    return {(r.field or "", r.subject): r.value for r in read(message, EMPTY, ask)
            if r.act in {"fact", "change"} and r.confident}  # fmt: skip


def test_a_list_with_hours_first_reads_each_work_with_its_hours() -> None:
    facts = _facts("25h bakery, 4 hrs piano lessons, 2h allotment club", "activities")
    assert facts[("activity.hours_per_week", "bakery")] == 25.0
    assert facts[("activity.hours_per_week", "piano lessons")] == 4.0
    assert facts[("activity.hours_per_week", "allotment club")] == 2.0
    assert ("capacity.hours_per_week", None) not in facts


@pytest.mark.parametrize("said", ["38h week, 6h max", "I do 30h a week, 4h on sundays"])
def test_hours_of_a_week_or_a_bound_are_no_list_of_work(said: str) -> None:
    assert name_first(said) == said


@pytest.mark.parametrize(
    "said", ["Lunch rush now. Back later.", "sorry a client walked in, I come back", "gotta go"]
)
def test_a_line_stepping_away_is_no_limit(said: str) -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "45 hours max"]:
        planner.say(line)
    planner.say(said)
    assert planner.plan.capacity is not None and not planner.plan.capacity.constraints


def test_coming_back_from_work_is_still_a_limit() -> None:
    facts = _facts("I come back from the depot at 7 so only evenings", "constraints")
    assert ("capacity.constraints", None) in facts


@pytest.mark.parametrize(
    "said",
    [
        "dose gardening count? that's maybe 2 hours a day",
        "should I count the commute? it's about 6 hours a week",
    ],
)
def test_a_figure_sizing_what_is_asked_about_is_no_capacity(said: str) -> None:
    readings = read(said, EMPTY, "capacity")
    assert any(r.act == "question" for r in readings)
    assert not any(r.field == "capacity.hours_per_week" and r.confident for r in readings)


def test_an_answer_beside_a_question_is_still_read() -> None:
    facts = _facts("does the commute count? I can do 35 hours anyway", "capacity")
    assert facts[("capacity.hours_per_week", None)] == 35.0


def test_a_retracted_figure_takes_its_multiplier_with_it() -> None:
    facts = _facts("savings are 2,40,000 actually, not three lakh", "buffer")
    assert facts[("capacity.cash_buffer", None)] == 240_000.0


def test_a_kind_of_work_named_beside_the_work_keeps_its_own_figures() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "50 hours max", "none", "4k saved, 2k a month"]:
        planner.say(line)
    planner.say("baking job - 30 hrs/wk - $40,000/yr; wedding baking - 5 hrs/wk - $6,000/yr")
    got = {a.name: (a.hours_per_week, a.annual_revenue) for a in planner.plan.activities}
    assert got == {"Baking job": (30.0, 40_000.0), "Wedding baking": (5.0, 6_000.0)}


def test_a_skill_said_as_a_kind_of_another_beside_it_is_a_skill_of_its_own() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "40 hours", "none", "4k saved, 2k a month",
                 "carpentry 30h 30k, teaching 4h 3k", "that's all"]:  # fmt: skip
        planner.say(line)
    reply = ""
    for _ in range(20):
        if "core skill" in reply.casefold() or "which skills" in reply.casefold():
            break
        reply = planner.say("skip")
    if "which skills" in reply.casefold():
        planner.say("carpentry, antique furniture carpentry, teaching")
    names = [s.name.casefold() for s in planner.plan.skills]
    assert "antique furniture carpentry" in names and "carpentry" in names, names


def test_a_narrower_name_adds_words_of_its_own() -> None:
    from agent.interviewer.names import narrower

    assert narrower("restoration carpentry", "Carpentry")
    assert not narrower("Carpentry", "restoration carpentry")
    assert not narrower("my carpentry", "Carpentry")


def test_a_sentence_owning_a_mistake_is_no_lesson() -> None:
    view = PlanView(capacity=None, activities=("Dog grooming",), skills=(), streams=())
    said = "Sorrry, I counted it wrong. Dog grooming is $8,000 a year."
    readings = read(said, view, "act:teaches:Dog grooming")
    assert not any(r.field == "activity.teaches" for r in readings)
    assert any(r.field == "activity.annual_revenue" and r.value == 8000.0 for r in readings)


def test_a_bare_figure_after_the_word_hours_is_hours_not_pay() -> None:
    view = PlanView(capacity=None, activities=("Choir",), skills=(), streams=())
    readings = read("can you put the choir hours down to 3 a week", view, "act:revenue:Choir")
    assert not any(r.field == "activity.annual_revenue" for r in readings)
    assert any(r.field == "activity.hours_per_week" and r.value == 3.0 for r in readings)
