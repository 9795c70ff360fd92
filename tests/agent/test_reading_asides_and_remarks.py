"""Kinds of message whose words were stored as data they are not: a step away with its
minutes, a question back at the core-skill question, a remark about the works after a skills
list, and a wished stream for people described by a feeling."""

from __future__ import annotations

import datetime as dt
from typing import Any

from agent.interviewer import dialog, namelike
from agent.interviewer.compose import _make_proposal
from agent.interviewer.reading import PlanView, read
from tests.support.plans import audited

WORKING = PlanView(activities=("Pottery classes",))


def fields(message: str, ask: str, view: PlanView = WORKING) -> list[Any]:
    return [(r.field, r.value) for r in read(message, view, ask) if r.field]


# --- a step away with its minutes -----------------------------------------------------------


def test_an_apology_then_minutes_said_last_is_a_step_away() -> None:
    for said in ["sorry, the plumber is at the door, ten mins!!", "hang on, oven, 5 min",
                 "soz 2 mins"]:  # fmt: skip
        assert fields(said, "constraints") == [], said
        assert [r.act for r in read(said, WORKING, "constraints")] == ["nothing"], said


def test_minutes_said_as_the_answer_are_still_read() -> None:
    found = fields("sorry, it's 45 mins a day", "act:hours:Pottery classes")
    assert found and found[0][0] == "activity.hours_per_week"


# --- a question back at the core-skill question ---------------------------------------------


def test_a_long_question_back_is_no_core_skill() -> None:
    view = PlanView(skills=("Wheel throwing", "Glazing"))
    for said in [
        "Can a core skill be as small as glazing, or is it meant to be wider, like a studio?",
        "wots the use of picking one core skill, a potter is a potter no?",
    ]:
        assert not [f for f, _ in fields(said, "core", view) if f == "core_skill"], said


def test_a_core_skill_said_with_a_rising_voice_is_still_the_answer() -> None:
    view = PlanView(skills=("Wheel throwing", "Glazing"))
    assert ("core_skill", "glazing") in [
        (f, str(v).casefold()) for f, v in fields("glazing?", "core", view)
    ]


# --- a remark about the works after a skills list -------------------------------------------


def test_a_remark_after_the_skills_list_adds_no_skills() -> None:
    view = PlanView(activities=("Kayak tours", "Bike repairs"))
    for said, kept in [
        ("kayaking, bike mechanics and first aid. btw the tours n the repairs r both busy "
         "in spring, august its quiet", 3),
        ("kayaking, bike mechanics, first aid. The tours and the repairs both come through "
         "the hostel.", 3),
        ("kayaking, bike mechanics, first aid. All the tours and the repairs come through "
         "the hostel. Lose that, lose both.", 3),
    ]:  # fmt: skip
        skills = [v for f, v in fields(said, "skills", view) if f == "skill"]
        assert skills == ["kayaking", "bike mechanics", "first aid"][:kept], (said, skills)


def test_a_later_sentence_of_more_skills_is_still_read() -> None:
    skills = [v for f, v in fields("kayaking, first aid. Also welding and joinery.", "skills")
              if f == "skill"]  # fmt: skip
    assert "welding" in skills and "joinery" in skills


# --- a wished stream for people described by a feeling --------------------------------------


def test_a_feeling_said_of_whom_the_work_is_for_keeps_the_name() -> None:
    assert (
        namelike.name("swimming lessons for scared adults") == "Swimming lessons for scared adults"
    )
    assert namelike.name("a bit anxious about it all") is None
    assert namelike.name("I'd love a") is None


def test_a_wish_for_a_course_for_anxious_people_is_added_by_its_name() -> None:
    plan = audited()
    proposal = tuple(_make_proposal("streams", plan))
    text = "I'd love a stream for a calm-breathing course for anxious patients, 2 hours a week"
    view = PlanView.from_plan(plan)
    ctx = dialog.Context(ask="streams", plan=plan, settled=frozenset(),
                         today=dt.date(2026, 12, 7), proposal=proposal)  # fmt: skip
    decision = dialog.decide(read(text, view, "streams"), ctx, text)
    named = [c["args"]["name"] for c in decision.proposal or []]
    assert any("course" in n.casefold() for n in named), named
    assert not any(n.casefold().startswith("i'd") for n in named), named


# --- "does ... count" typed with a letter doubled and no question mark -----------------------


def test_a_doubled_letter_in_does_still_asks_and_its_figure_is_not_the_week() -> None:
    found = read("doess the school run count lol its 1h a day", PlanView(), "capacity")
    assert [r.act for r in found] == ["question"], found
    assert not [r for r in found if r.field == "capacity.hours_per_week" and r.confident]
