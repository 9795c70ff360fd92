"""A shift worker's answer to the hours question: a break said to be paid stays in the day,
am and pm cut to one letter, a stated sum of days worked at different times of day, parts of
the week that cannot all be made weekly (asked back), times of day in a span not read (asked
back), and hours said to swing from week to week (the work is variable)."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.hours_swing import swing_said
from agent.interviewer.reading.loose_times import unread_span
from tests.support.reading import stored, values

WORK = PlanView(activities=("warehouse picker", "candle making"))
ASK = "act:hours:warehouse picker"


def _hours(message: str) -> float | None:
    return values(message, ASK, WORK).get("activity.hours_per_week")


def _asked_back(message: str) -> bool:
    got = stored(message, ASK, *WORK.activities)
    said = [sure for (field, _), sure in got.items() if field == "activity.hours_per_week"]
    return bool(said) and not any(said)


def test_a_break_said_to_be_paid_after_a_but_is_not_taken_off() -> None:
    assert _hours("7 till 3 tues to sat, 30 min lunch but it's paid") == pytest.approx(40.0)
    assert _hours("7 till 3 tues to sat, 30 min lunch") == pytest.approx(37.5)


def test_am_and_pm_cut_to_one_letter_make_a_span_of_the_clock() -> None:
    assert _hours("nights, 11p-7a, 4 nights") == pytest.approx(32.0)


def test_a_lone_letter_after_a_figure_is_no_time_of_day() -> None:
    assert _hours("about 6 a week") == pytest.approx(6.0)


def test_a_figure_after_days_at_different_times_of_day_is_their_sum() -> None:
    assert _hours("Friday evening, Saturday all day, about 14 hours") == pytest.approx(14.0)


def test_days_at_the_same_time_of_day_still_take_the_hours_each() -> None:
    assert _hours("Saturday and Sunday, 5 hours") == pytest.approx(10.0)


def test_a_day_a_month_beside_a_weekly_part_is_asked_back_not_half_read() -> None:
    message = "The car boot is the last Saturday of the month, 7 till 1. Packing is 2 hours a week"
    assert _hours(message) is None
    assert _asked_back(message)


def test_a_day_worked_with_no_length_beside_other_parts_is_asked_back() -> None:
    message = "picking on a tuesday morning, then maybe 5 hours in the week, friday stall 9-2"
    assert _hours(message) is None
    names = [r.value for r in read(message, WORK, ASK) if r.field == "activity"]
    assert names == []


def test_times_of_day_in_a_span_not_read_ask_the_hours_back() -> None:
    assert unread_span("out at 5am, home 2 on weekdays".replace(",", ""))
    assert unread_span("truck leaves 6:15 back 4:45")
    assert not unread_span("a 38 hour week, 8:30 till 5")
    assert _hours("truck leaves 6:15 back 4:45, plus half an hour either end, 4 days") is None


def test_hours_said_to_swing_mark_the_work_variable() -> None:
    assert swing_said("it changes every week with the rota")
    assert swing_said("could be 15 could be 45")
    assert swing_said("the agency doesn't guarantee anything")
    assert swing_said("in season every weekend, otherwise nothing")
    assert not swing_said("some weeks nothing, some weeks a lot")
    got = stored("could be 15 could be 45, they don't guarantee hours", ASK, *WORK.activities)
    assert got[("activity.volatility", "variable")] is True
    assert not any(sure for (field, _), sure in got.items() if field.endswith("hours_per_week"))


def test_sittings_counted_without_a_period_are_the_weeks_at_the_hours_question() -> None:
    assert _hours("10 hour shifts, normally 4 of them") == pytest.approx(40.0)
    message = "10 hour shifts, normally 4 of them but some weeks just 2 when it's quiet"
    assert _hours(message) == pytest.approx(40.0)


def test_a_weeks_worth_of_hours_said_first_is_the_week_beside_its_span() -> None:
    assert _hours("38 hrs, 8:30-5 with 30 min for lunch") == pytest.approx(38.0)
    assert _hours("9 hrs, 8-5 mon to fri") is None  # a day's length or a week's: asked


def test_a_minimum_length_of_one_call_out_is_no_week_nor_a_years_pay() -> None:
    got = stored("£40 an hour, minimum 3 hour call-out", "act:revenue:warehouse picker",
                 *WORK.activities)  # fmt: skip
    assert not any(sure for (field, _), sure in got.items() if field.startswith("activity."))
