"""Faults found by trying the interviewer as people, by general cause: a roster's average took
another work's frequency, work said after "on the side" was no work, a role kept its workplace
in its name, the answer to "which is it?" was not read, one time's length was asked back as a
week's hours, and "a bit of both" at the steadiness question was lost. Driven through the
reading layer and the dialog, in other words than the trials."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer import namelike, parse
from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.types import Reading
from agent.plan.models import Activity
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)


def _at(ask: str, message: str, activities: tuple[str, ...] = ()) -> list[Reading]:
    return read(message, PlanView(activities=activities), ask)


def _figures(readings: list[Reading], fld: str) -> dict[str, float]:
    return {
        str(r.subject).casefold(): float(r.value or 0)
        for r in readings
        if r.field == fld and r.subject and isinstance(r.value, int | float)
    }


def _activity(planner: MemoryPlanner, word: str) -> Activity:
    found = [a for a in planner.plan.activities if word in a.name.casefold()]
    assert len(found) == 1, planner.plan.activities
    return found[0]


# --- 1. a roster's weekly average pairs with no frequency said of other work ---------------


@pytest.mark.parametrize(
    "message",
    [
        "I'm a care worker, 3 on 3 off 12 hr nights at the home, €31k, and I run pilates "
        "classes, €25 a class, 4 classes a month",
        "I'm a firefighter, 4 on 4 off, 12 hour shifts, 38k, plus I coach swimming, 2 sessions "
        "a week at £30",
    ],
)
def test_a_rosters_average_keeps_its_own_arithmetic(message: str) -> None:
    hours = _figures(_at("context", message), "activity.hours_per_week")
    roster = next(v for k, v in hours.items() if "care" in k or "fire" in k)
    on = 3 if "3 on" in message else 4
    assert roster == pytest.approx(on * 12 * 7 / (2 * on), abs=0.01)


# --- 2. work said by its verb after "on the side", "in my spare time" is other work --------


@pytest.mark.parametrize(
    ("message", "side", "pay"),
    [
        ("I'm a bus driver, 38 hours, 29k a year. in my spare time I repair bikes, about 150 "
         "quid a week", "repair", 7800),
        ("Pharmacist, 40h, €52k. On the side I translate menus for restaurants, €300 a month",
         "translat", 3600),
        ("I'm a dental nurse, 30 hours, 24k. As well I bake wedding cakes, about £500 a month",
         "bak", 6000),
    ],
)  # fmt: skip
def test_work_said_on_the_side_gets_its_own_money(message: str, side: str, pay: float) -> None:
    readings = _at("context", message)
    names = [str(r.value).casefold() for r in readings if r.field == "activity"]
    assert any(n.startswith(side) for n in names), readings
    money = _figures(readings, "activity.annual_revenue")
    assert [v for k, v in money.items() if k.startswith(side)] == [pay]
    assert len(money) == 2  # the job keeps its own


def test_a_remark_on_the_side_is_still_no_work() -> None:
    readings = _at("context", "I'm a bus driver, 38 hours. on the side I have a cat")
    assert [str(r.value) for r in readings if r.field == "activity"] == ["bus driver"]


# --- 3. the role, or the doing, is the name; where it is done is not ------------------------


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Cleaning offices at a bank in Dublin, 20h, €15k", "Cleaning offices"),
        ("HCA in a care home in Derby, 36 hrs, 23k", "HCA"),
        ("Coaching football for a club in Lyon, 6h, 4k", "Coaching football"),
        (
            "teaching a weekly yoga class at the leisure centre, 3h, 2k",
            "Teaching a weekly yoga class",
        ),
    ],
)
def test_the_work_said_before_its_workplace_is_the_name(opening: str, name: str) -> None:
    planner, _reply = conversation(TODAY, opening)
    assert [a.name for a in planner.plan.activities] == [name]


def test_shifts_at_a_place_are_not_cut_to_shifts() -> None:
    planner, _reply = conversation(TODAY, "shifts at the hospital 30h 28k")
    assert [a.name.casefold() for a in planner.plan.activities] != ["shifts"]


# --- 4. "X is the 300 a month" answers "which is it?" -----------------------------------------


def test_the_answer_to_which_figure_gives_it_to_the_work_named() -> None:
    planner, first = conversation(
        TODAY, "I'm a sign writer, 32 hours a week, $41k a year and $500 a month"
    )
    assert "which is it?" in first
    planner.say("the $500 a month is from vinyl decals")
    writer, decals = _activity(planner, "sign writer"), _activity(planner, "decals")
    assert writer.annual_revenue == 41000
    assert decals.annual_revenue == 6000


def test_an_answer_with_another_figure_gives_neither() -> None:
    planner, _first = conversation(
        TODAY, "I'm a sign writer, 32 hours a week, $41k a year and $500 a month"
    )
    planner.say("vinyl decals are 200 a month")
    assert all(a.annual_revenue in (0, 2400) for a in planner.plan.activities)


# --- 5. one time's length at the hours question: how often? ----------------------------------


def _at_hours(answer: str) -> tuple[MemoryPlanner, str]:
    return conversation(
        TODAY, "I'm a funeral celebrant", "self employed", "30", "none", "3k saved",
        "1400 a month", "yes", "that's all", answer,
    )  # fmt: skip


def test_one_times_length_asks_how_many_in_a_month_then_reads_both() -> None:
    planner, reply = _at_hours("each funeral takes about 4 hours")
    assert "How many funerals in a usual month?" in reply
    assert "h a week" not in reply.split("\n")[0]
    planner.say("6 a month")
    hours = [a.hours_per_week for a in planner.plan.activities]
    assert hours == [pytest.approx(4 * 6 * 12 / 52, abs=0.01)]


def test_hours_of_a_week_are_no_length_of_one_time() -> None:
    planner, reply = _at_hours("about 8 hours a week")
    assert "How many" not in reply
    assert [a.hours_per_week for a in planner.plan.activities] == [8]


# --- 6. "a bit of both" at how steadily work pays -----------------------------------------------


def test_half_and_half_at_steadiness_offers_the_choices_then_takes_the_answer() -> None:
    planner, reply = conversation(
        TODAY, "I'm a locksmith, 40 hours, 35k", "self employed", "45", "none", "4k saved",
        "2000 a month", "that's all", "half and half really",
    )  # fmt: skip
    assert "Which way does it lean?" in reply
    assert "Recorded" not in reply
    reply = planner.say("it varies tbh")
    assert planner.plan.activities[0].volatility == "variable"
    assert "left unknown" not in reply


# --- from the trials: a bookkeeper in Karachi, a hairdresser in Glasgow, a café in Montréal --


@pytest.mark.parametrize(
    "said", ["back pain, can't stand more than 6 hrs", "go back to uni in March, evenings only"]
)
def test_the_back_or_a_return_is_no_step_back(said: str) -> None:
    assert parse.intent(said)[0] is not parse.Intent.UNDO
    assert parse.intent("go back")[0] is parse.Intent.UNDO
    assert parse.intent("back, please")[0] is parse.Intent.UNDO


def test_limits_said_before_a_question_back_are_kept() -> None:
    planner, reply = conversation(
        TODAY, "I'm a joiner, 40 hours, 33k", "self employed", "45",
        "Wednesdays I look after my grandson, and no Saturdays. What's this for?",
    )  # fmt: skip
    assert planner.plan.capacity is not None
    assert any("grandson" in c for c in planner.plan.capacity.constraints), reply


def test_the_clock_time_a_day_starts_at_is_no_weekly_hours() -> None:
    readings = _at("capacity", "nothing after 8pm, and the shop opens at 9")
    assert not [r for r in readings if r.field == "capacity.hours_per_week"]
    readings = _at("capacity", "I start at 6 most days")
    assert not [r for r in readings if r.field == "capacity.hours_per_week" and r.value == 6]


def test_a_lesson_said_at_the_audit_is_no_work() -> None:
    assert namelike.name("how to calm an angry customer") is None
    assert namelike.name("Dog walking") == "Dog walking"


def test_a_lesson_with_a_count_of_people_in_it_is_kept() -> None:
    planner, reply = conversation(
        TODAY, "I'm a tour guide, 30 hours, 22k", "self employed", "40", "none", "3k saved",
        "1500 a month", "that's all", "it varies", "how to keep 40 tourists happy at once",
    )  # fmt: skip
    assert "keep 40 tourists happy" in planner.plan.activities[0].teaches, reply
