"""Kinds of message from whole conversations of the dev personas (sixth pass): how a work's pay
swings said after its figures in a list of works, a sentence about the works after a skills
list, a core skill followed by a sentence said of it, a request to leave a question out, and
the stream name built on a core skill said in two parts."""

from __future__ import annotations

from typing import Any

from agent.interviewer.propose import propose_streams
from agent.interviewer.reading import PlanView, read
from agent.plan import Activity, Capacity, Plan


def sure(message: str, ask: str, view: PlanView) -> list[tuple[Any, Any, Any]]:
    return [(r.field, r.value, r.subject) for r in read(message, view, ask) if r.confident]


def named(message: str, ask: str, view: PlanView) -> list[str]:
    return [str(r.value).casefold() for r in read(message, view, ask) if r.field == "activity"]


# --- the swing of a work said after its figures ------------------------------------------------


def test_a_swing_said_after_a_works_figures_is_its_volatility_not_a_new_work() -> None:
    view = PlanView(activities=("Garage job",))
    said = ("Garage job 38 hours, 31k a year, steady. Bike repairs 5 hours, about 4k a year, "
            "totally up and down with the weather.")  # fmt: skip
    assert named(said, "activities", view) == ["bike repairs"]
    assert ("activity.volatility", "variable", "Bike repairs") in sure(said, "activities", view)


def test_a_swing_between_two_seasons_is_one_phrase() -> None:
    view = PlanView(activities=("Office job",))
    said = "Lettings: 3 hours a week, 11k last year, swings between a packed August and a dead May."
    assert named(said, "activities", view) == ["lettings"]
    got = [r for r in read(said, view, "activities") if r.field == "activity"]
    assert all("may" not in str(r.value).casefold() for r in got)


def test_a_work_named_after_another_works_figures_is_still_new_work() -> None:
    view = PlanView(activities=("Office job",))
    said = "Office job 35 hours, 30k. Dog walking 6 hours, 5k, varies."
    assert named(said, "activities", view) == ["dog walking"]


# --- a sentence about the works after the skills list ------------------------------------------


def test_a_sentence_about_the_works_after_a_skills_list_names_no_skill() -> None:
    view = PlanView(activities=("Boat tours", "Fish stall"))
    said = ("rope work, engine repair and first aid. Both the boat tours and the fish stall "
            "live off the summer visitors.")  # fmt: skip
    skills = [v for f, v, _ in sure(said, "skills", view) if f == "skill"]
    assert [s.casefold() for s in skills] == ["rope work", "engine repair", "first aid"]


def test_the_regulars_after_a_skills_list_are_no_skills() -> None:
    view = PlanView(activities=("Café", "Catering"))
    said = "baking, stock control and barista work. The market brings the regulars and the offices."
    skills = [str(v).casefold() for f, v, _ in sure(said, "skills", view) if f == "skill"]
    assert skills == ["baking", "stock control", "barista work"]


# --- a core skill, then a sentence said of it --------------------------------------------------


def test_a_sentence_said_of_the_core_skill_is_no_part_of_its_name() -> None:
    view = PlanView(skills=("Carpentry", "Welding"))
    said = "Carpentry, for sure. Making a joint that never moves is what I live for."
    got = sure(said, "core", view)
    assert [(f, str(v).casefold()) for f, v, _ in got] == [("core_skill", "carpentry")]


def test_the_core_skill_named_again_as_a_longer_doing_keeps_the_short_name() -> None:
    view = PlanView(skills=("Troubleshooting",))
    got = sure("Troubleshooting. Working out why a pump stopped.", "core", view)
    assert [(f, str(v).casefold()) for f, v, _ in got] == [("core_skill", "troubleshooting")]


# --- a request to leave the question out -------------------------------------------------------


def test_asking_to_leave_the_question_out_is_a_skip() -> None:
    view = PlanView(activities=("Night shifts",))
    got = read("Could we leave that one out?", view, "act:teaches:Night shifts")
    assert [r.act for r in got] == ["skip"]


def test_a_doubtful_lesson_with_a_request_to_leave_it_out_is_not_stored() -> None:
    view = PlanView(activities=("Night shifts",))
    said = "I could not say what the night shifts teach me apart from coffee. Can we leave it out?"
    assert [f for f, _, _ in sure(said, "act:teaches:Night shifts", view) if f] == []


# --- the stream built on a core skill said in two parts ----------------------------------------


def test_a_stream_built_on_a_core_skill_said_in_two_parts_takes_the_first() -> None:
    job = Activity(name="Depot job", hours_per_week=38, annual_revenue=40_000, volatility="stable")
    plan = Plan(capacity=Capacity(hours_per_week=50), activities=[job],
                core_skill="Fixing engines, diesel diagnostics")  # fmt: skip
    names = [s.name for s in propose_streams(plan)]
    assert "Writing and teaching on Fixing engines" in names
    assert all("," not in n for n in names)


def test_stepping_away_for_some_minutes_records_no_hours() -> None:
    view = PlanView(activities=("Coaching",))
    said = "The dog has sat by the door all morning, so I shall return in about fifteen minutes."
    assert [r.act for r in read(said, view, "act:hours:Coaching")] == ["nothing"]
