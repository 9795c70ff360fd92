"""Hours read as people say them: counts times lengths, periods said apart, sums of the week."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from tests.support.reading import sure, values

ONE = PlanView(activities=("pottery classes",))


def _hours(message: str, view: PlanView = ONE, ask: str = "act:hours:pottery classes") -> float:
    return values(message, ask, view)["activity.hours_per_week"]


def test_how_many_a_week_times_the_length_of_each() -> None:
    assert _hours("three or four classes a week, each about 2 hours") == pytest.approx(7.0)


def test_shifts_named_by_their_length() -> None:
    view = PlanView(activities=("ward",))
    assert _hours("three 12s", view, "act:hours:ward") == pytest.approx(36.0)


def test_preparation_said_after_a_counted_session_is_part_of_each_time() -> None:
    said = "one 4-hour kiln day a month, plus about 2 hours setting up"
    assert _hours(said) == pytest.approx(6 * 12 / 52, abs=0.01)


def test_hours_each_time_on_one_weekday_are_a_weeks_hours() -> None:
    assert _hours("Sundays only, 4 hours each") == pytest.approx(4.0)
    assert _hours("two hours teaching plus an hour clearing up, every thursday") == 3.0


def test_a_period_said_before_the_hours() -> None:
    assert _hours("per fortnight I put in about 16 hours") == pytest.approx(8.0)


def test_hours_of_a_term_with_its_length_in_weeks() -> None:
    assert _hours("roughly 90 hours a term, and a term is 10 weeks") == pytest.approx(9.0)


def test_the_persons_share_of_the_hours_said() -> None:
    said = "the studio is open 30 hours but I'm only teaching for about a third of that"
    assert _hours(said) == pytest.approx(10.0)


def test_a_share_that_is_what_the_hours_hold_leaves_them_whole() -> None:
    assert _hours("30 hours, half of that is glazing") == 30.0


def test_more_than_a_figure_is_that_figure() -> None:
    assert _hours("60+ hours in a normal week") == 60.0


def test_a_range_in_other_words() -> None:
    assert _hours("zwischen 10 und 14") == 12.0
    assert _hours("entre 6 y 8") == 7.0


def test_a_figure_put_right_in_another_language() -> None:
    assert values("36 timer. kanskje 38. nei, 36.", "capacity")["capacity.hours_per_week"] == 36


def test_a_figure_revised_in_a_later_sentence_keeps_the_revised_one() -> None:
    said = "Catering, 15 hrs/wk, around £20k. Actually it's more like 18 hours since the market."
    hours = [r.value for r in sure(said, "activities") if r.field == "activity.hours_per_week"]
    assert hours == [18.0]


def test_the_job_as_any_one_piece_of_work_names_no_activity() -> None:
    view = PlanView(activities=("upholstery", "repair jobs"))
    found = sure("it varies with the job, call it 25", "act:hours:upholstery", view)
    assert [(r.value, r.subject) for r in found] == [(25.0, "upholstery")]


def test_a_time_of_the_year_is_no_piece_of_work() -> None:
    found = sure("in lambing season i do 70 hrs but over the year more like 45 a week", "capacity")
    assert [(r.field, r.value) for r in found] == [("capacity.hours_per_week", 45.0)]


def test_a_week_said_as_its_parts_with_their_sum() -> None:
    view = PlanView(activities=("care home",))
    found = sure("maybe 12 hrs on top of the 30 at the care home so 42", "capacity", view)
    assert {(r.field, r.value) for r in found} == {
        ("capacity.hours_per_week", 42.0),
        ("activity.hours_per_week", 30.0),
    }


def test_a_week_said_as_its_parts_and_closed_as_all_of_it() -> None:
    view = PlanView(activities=("deliveries", "podcast"))
    said = "deliveries are 3 x 10hr days a week, and the podcast gets 6 hours, that's it"
    assert values(said, "capacity", view)["capacity.hours_per_week"] == 36.0


def test_alternate_weeks_give_their_mean() -> None:
    said = "10 hours the weeks I have the boys, 30 when they're at their mum's, alternate weeks"
    assert values(said, "capacity")["capacity.hours_per_week"] == 20.0


def test_a_days_cap_without_the_days_is_no_weekly_limit() -> None:
    readings = read("5 hours a day tops, my eyes give out after that", PlanView(), "capacity")
    hours = [r for r in readings if r.field == "capacity.hours_per_week"]
    assert hours and not any(r.confident for r in hours)
    assert any(r.field == "capacity.constraints" and "5 hours a day" in str(r.value)
               for r in readings)  # fmt: skip


def test_a_days_hours_with_the_days_make_the_week() -> None:
    assert values("6 hours a day max, four days", "capacity")["capacity.hours_per_week"] == 24.0


def test_a_limit_said_at_another_question_is_kept() -> None:
    found = sure("I won't work more than 35 hours, simple as that. I'm in retail", "context")
    assert ("capacity.hours_per_week", 35.0) in {(r.field, r.value) for r in found}


def test_when_the_work_fits_in_the_day_is_no_condition() -> None:
    said = "Knitting: about 5 hours a week when the baby is napping, sold £900 last year"
    assert values(said, "activities")["activity.hours_per_week"] == 5.0


def test_a_share_said_in_words_over_one_is_that_share_of_the_hours() -> None:
    # Numbers are digits once normalised, so "two thirds" reaches the rule as "2 thirds".
    view = PlanView(activities=("bakery",))
    said = "the bakery opens 45 hours a week but i only cover two thirds of that"
    hours = [
        r.value
        for r in read(said, view, "act:hours:bakery")
        if r.field == "activity.hours_per_week"
    ]
    assert hours == [30.0]
