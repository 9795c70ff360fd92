"""Faults found by trying the interviewer as people, by general cause: one time's length was
asked "how many in a month?" of work whose frequency was already told with its fee. Driven
through the dialog, in other words than the trials."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.harness import MemoryPlanner
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)

# --- 1. one time's length of work whose frequency was told with its fee -----------------------


def _at_side_hours(
    opening: str, answer: str, work: str = "cake", listed: str = "that's all"
) -> tuple[MemoryPlanner, str]:
    """The conversation walked to the hours question of ``work``, then ``answer`` said."""
    planner, reply = conversation(
        TODAY, opening, "private", "40", "none", "2k saved", "1500 a month", listed
    )  # fmt: skip
    for _ in range(12):
        question = reply.strip().split("\n")[-1]
        if "hours a week does" in question and work in question.casefold():
            return planner, planner.say(answer)
        if "hours a week does" in question:
            reply = planner.say("37")
        elif "stable" in question:
            reply = planner.say("stable")
        elif "teach" in question:
            reply = planner.say("patience")
        else:
            reply = planner.say("draining")
    raise AssertionError(reply)


_CAKES = (
    "I work in a call centre in Cork, 35 hours, 29k. on the side I make celebration cakes, "
    "roughly 3 a month for €120 each"
)


def test_length_of_one_time_with_a_told_frequency_gives_the_weeks_hours() -> None:
    planner, reply = _at_side_hours(_CAKES, "a cake takes me about 6 hours")
    assert "How many" not in reply
    cakes = next(a for a in planner.plan.activities if "cake" in a.name.casefold())
    assert cakes.hours_per_week == pytest.approx(6 * 3 * 12 / 52, abs=0.05)
    assert "3 a month" in reply and "4.2 h a week" in reply  # said back, to be corrected


def test_length_without_a_told_frequency_still_asks_how_often() -> None:
    opening = "I work in a call centre in Cork, 35 hours, 29k"
    listed = "I make cakes too, about 4k a year"
    planner, reply = _at_side_hours(opening, "a cake takes me about 6 hours", listed=listed)
    assert "How many cakes in a usual month?" in reply
    cakes = next(a for a in planner.plan.activities if "cake" in a.name.casefold())
    assert not cakes.hours_per_week


def test_told_frequency_is_of_its_own_work_only() -> None:
    opening = (
        "I'm a postie in Leeds, 37 hours, 27k. I tutor maths, 4 sessions a week at £30 each, "
        "and I make cakes, about 2k a year"
    )
    planner, _reply = _at_side_hours(opening, "a cake is about 5 hours", work="tutor")
    tutoring = next(a for a in planner.plan.activities if "tutor" in a.name.casefold())
    assert tutoring.hours_per_week != pytest.approx(20)  # the cake's length, not a session's


def test_each_session_of_tutoring_told_weekly_gives_its_hours() -> None:
    opening = "I'm a postie in Leeds, 37 hours, 27k. I tutor maths, 4 sessions a week at £30 each"
    planner, reply = _at_side_hours(opening, "each session is 90 minutes", work="tutor")
    tutoring = next(a for a in planner.plan.activities if "tutor" in a.name.casefold())
    assert tutoring.hours_per_week == pytest.approx(6)
    assert "How many" not in reply


# --- 2. how steadily the asked work pays, said at its hours question -------------------------

_SHEARING = "I'm a care assistant, 30 hours, 24k. I do sheep shearing too, about 6k a year"


def test_swing_said_at_the_hours_is_the_works_volatility_and_the_hours_stay_asked() -> None:
    planner, reply = _at_side_hours(
        _SHEARING, "all over the place mate, spring is flat out", work="shearing"
    )
    shearing = next(a for a in planner.plan.activities if "shear" in a.name.casefold())
    assert shearing.volatility == "variable"
    assert "hours a week does" in reply.strip().split("\n")[-1]
    assert "I need hours" not in reply  # said out of turn: no try at the hours
    planner.say("about 5 hours a week")
    assert shearing.name in [a.name for a in planner.plan.activities]
    assert next(a for a in planner.plan.activities if a.name == shearing.name).hours_per_week == 5


def test_pay_said_steady_at_the_hours_is_read_as_stable() -> None:
    planner, _reply = _at_side_hours(
        _SHEARING, "the money from it is pretty steady tbh", work="shearing"
    )
    shearing = next(a for a in planner.plan.activities if "shear" in a.name.casefold())
    assert shearing.volatility == "stable"
    assert not shearing.hours_per_week


@pytest.mark.parametrize(
    "answer", ["it varies a lot honestly", "depends on the season, 20 in spring and 2 in winter"]
)
def test_hours_that_vary_are_no_word_of_pay(answer: str) -> None:
    from agent.interviewer.reading import PlanView, read

    readings = read(
        answer, PlanView(activities=("care work", "sheep shearing")), "act:hours:sheep shearing"
    )
    assert not [r for r in readings if r.field == "activity.volatility"]


# --- 3. chat intensifiers around a skill ------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "skills"),
    [
        ("the welding deffo", ["welding"]),
        ("defo the welding", ["welding"]),
        ("welding, innit", ["welding"]),
        ("aye the bookkeeping and the welding", ["bookkeeping", "welding"]),
        ("tbf the sign language", ["sign language"]),
        ("calming folk down, hands down", ["calming folk down"]),
    ],
)
def test_chat_intensifiers_are_no_part_of_a_skill(answer: str, skills: list[str]) -> None:
    from agent.interviewer.reading import PlanView, read

    for ask, fld in (("skills", "skill"), ("excited", "skill.excites")):
        readings = read(answer, PlanView(), ask)
        assert [str(r.value).casefold() for r in readings if r.field == fld] == skills


def test_a_core_skill_said_with_a_tag_keeps_the_skill_only() -> None:
    from agent.interviewer.reading import PlanView, read

    readings = read("the sign language, innit", PlanView(), "core")
    assert [r.value for r in readings if r.field == "core_skill"] == ["sign language"]
