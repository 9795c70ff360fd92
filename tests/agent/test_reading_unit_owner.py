"""A price said per a unit that names another work on record is that work's figure."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.reading import PlanView, read
from tests.support.talking import conversation

WORKS = PlanView(activities=("Bus driving", "Birthday magic shows", "Piano lessons"))


def _revenue(message: str, ask: str = "act:revenue:Bus driving") -> list[tuple[str, float]]:
    return [
        (str(r.subject), float(r.value))  # type: ignore[arg-type]
        for r in read(message, WORKS, ask)
        if r.field == "activity.annual_revenue"
    ]


def test_a_price_per_a_unit_named_by_another_work_is_that_works() -> None:
    assert _revenue("£120 a show, did 20 this year") == [("Birthday magic shows", 2400)]
    assert _revenue("$45 per lesson, 5 a week") == [("Piano lessons", 11700)]


def test_a_price_per_a_unit_of_time_or_of_the_asked_work_stays_with_the_asked_work() -> None:
    assert _revenue("about £2,300 a month") == [("Bus driving", 27600)]
    assert _revenue("£14 an hour on the buses, 38 hours a week")[0][0] == "Bus driving"


def test_a_unit_two_works_share_names_neither() -> None:
    shared = PlanView(activities=("Office admin", "Wedding DJ", "Wedding cakes"))
    readings = read("£300 a wedding, 10 a year", shared, "act:revenue:Office admin")
    assert [r.subject for r in readings if r.field == "activity.annual_revenue"] == ["Office admin"]


def test_the_figure_goes_to_its_work_and_the_open_question_stays() -> None:
    planner, _ = conversation(
        dt.date(2026, 12, 7),
        "I drive buses in Hull, 38 hrs, and I do birthday magic shows at weekends",
        "general", "45", "none", "2k saved", "£1,500 a month", "yes",
    )  # fmt: skip
    reply = planner.say("£120 a show, did 20 this year")
    shows = next(a for a in planner.plan.activities if "magic" in a.name.casefold())
    driving = next(a for a in planner.plan.activities if "bus" in a.name.casefold())
    assert shows.annual_revenue == 2400 and not driving.annual_revenue
    assert "bring in a year" in reply
