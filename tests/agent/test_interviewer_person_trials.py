"""Kinds of message that whole conversations of eight new people carried badly, each driven
through the dialog in other words: an answer to the open question while a question back waits,
a count in a lesson, a bare "ok" at the lesson question, a feeling said while steadiness is
asked, and the person's own weekly sum after the hours of each time."""

from __future__ import annotations

import datetime as dt

from agent.interviewer import guards
from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.reading import read
from agent.interviewer.reading.types import PlanView, Reading
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)
_OPENING = ["general", "30", "none", "savings 4000", "1700 a month",
            "school librarian, 30 hours, 24000 a year", "that's all", "steady"]  # fmt: skip


def _planner(*lines: str) -> tuple[MemoryPlanner, str]:
    return conversation(TODAY, *_OPENING, *lines)


def _work(planner: MemoryPlanner) -> object:
    return planner.plan.activities[0]


def test_an_answer_to_the_open_question_while_a_question_back_waits_is_kept() -> None:
    # the week's hours said again at the lesson question are asked back; the person answers
    # the lesson question instead: the lesson is kept, the week's hours stay as they were
    planner, _ = _planner("i could give 50 hours all in", "drains me if I'm honest")
    work = _work(planner)
    assert work.energy == "draining"  # type: ignore[attr-defined]
    assert planner.plan.capacity is not None and planner.plan.capacity.hours_per_week == 30.0


def test_a_yes_to_the_question_back_still_records_what_was_asked_about() -> None:
    planner, _ = _planner("i could give 50 hours all in", "yes")
    assert planner.plan.capacity is not None and planner.plan.capacity.hours_per_week == 50.0


def test_a_lesson_holding_a_count_of_people_is_kept() -> None:
    planner, _ = _planner("calm, and running a quiz for 120 without notes")
    assert "quiz for 120" in _work(planner).teaches  # type: ignore[attr-defined]
    # an amount with its period or its money in a lesson is still left out
    for said in ("budgeting, paid for 500 a month", "to charge for 300 quid a day"):
        lesson = Reading("fact", field="activity.teaches", value=said, subject="Library", span=said)
        assert guards.sift([lesson], "act:teaches:Library", said).readings == []


def test_a_bare_ok_at_the_lesson_question_is_no_feeling() -> None:
    planner, _ = _planner("ok")
    assert "energy" not in _work(planner).answered  # type: ignore[attr-defined]
    planner, _ = _planner("love it, best bit of my week")
    assert _work(planner).energy == "energising"  # type: ignore[attr-defined]


def test_a_feeling_said_while_steadiness_is_asked_is_the_works_energy() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "30", "none", "savings 4000", "1700 a month",
                 "school librarian, 30 hours, 24000 a year", "that's all"]:  # fmt: skip
        planner.say(line)
    reply = planner.say("honestly it's knackering")
    work = _work(planner)
    assert work.energy == "draining"  # type: ignore[attr-defined]
    assert "volatility" not in work.answered  # type: ignore[attr-defined]
    assert "stable" in reply.casefold() or "vary" in reply.casefold()  # asked again


def test_the_persons_own_weekly_sum_after_hours_of_each_time_is_not_multiplied() -> None:
    view = PlanView(activities=("Pottery nights",))
    said = "roughly 12 hours each, so about 2 a week across the year"
    values = [r.value for r in read(said, view, "act:hours:Pottery nights")
              if r.field == "activity.hours_per_week" and r.confident]  # fmt: skip
    assert 24.0 not in values
    # hours of each time beside how often they come are still multiplied
    values = [r.value for r in read("4 hours each, twice a week", view, "act:hours:Pottery nights")
              if r.field == "activity.hours_per_week" and r.confident]  # fmt: skip
    assert values == [8.0]


def test_a_limit_said_with_no_while_the_week_is_asked_back_is_kept_as_a_limit() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in [
        "general",
        "30",
        "i could give 45 hours total max",
        "no saturdays, my son plays football",
    ]:
        planner.say(line)
    capacity = planner.plan.capacity
    assert capacity is not None and capacity.hours_per_week == 30.0
    assert capacity.constraints == ["no saturdays, my son plays football"]
    # a bare no keeps the week as it was and records nothing else
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "30", "i could give 45 hours total max", "no"]:
        planner.say(line)
    capacity = planner.plan.capacity
    assert capacity is not None and capacity.hours_per_week == 30.0 and not capacity.constraints


def test_how_steady_the_income_is_said_while_its_energy_is_asked_is_kept() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in [*_OPENING[:-1], "skip", "reading aloud", "the pay swings with the seasons"]:
        planner.say(line)
    work = _work(planner)
    assert work.volatility == "variable"  # type: ignore[attr-defined]
    assert "energy" not in work.answered  # type: ignore[attr-defined]


def test_a_yes_with_words_that_only_agree_is_no_skill() -> None:
    for said in ("yes that's fine", "ok go on", "yep, that works"):
        skill = Reading("fact", field="skill", value=said, span=said)
        assert guards.sift([skill], "skills", said).readings == []
    skill = Reading("fact", field="skill", value="yes, joinery", span="yes, joinery")
    assert guards.sift([skill], "skills", "yes, joinery").readings
