"""A working day said by the clock: split shifts, breaks taken out, one end on the hour, days
and clock times said in other languages, spans past midnight."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.clauses import normalise
from tests.support.reading import values

BAKERY = PlanView(activities=("bakery", "cake orders"))


def _hours(message: str) -> float:
    return values(message, "act:hours:bakery", BAKERY)["activity.hours_per_week"]


def _all_hours(message: str) -> list[float]:
    return [
        float(r.value)  # type: ignore[arg-type]
        for r in read(message, BAKERY, "act:hours:bakery")
        if r.field == "activity.hours_per_week"
    ]


def test_a_split_day_is_one_day_of_both_spans() -> None:
    assert _hours("9-1 and 2-6, wednesday to saturday") == pytest.approx(32.0)
    assert _hours("mornings 5:30 to 9 and evenings 4:30 to 7, weekdays") == pytest.approx(30.0)


def test_the_break_taken_out_of_the_day() -> None:
    assert _hours("6 to 3 Mon-Fri with an hour for lunch") == pytest.approx(40.0)
    assert _hours("monday to thursday 7-5, 30 min break") == pytest.approx(38.0)
    assert _all_hours("Wed to Sun 9 til 5, minus half an hour lunch") == [37.5]


def test_one_end_said_with_its_minutes() -> None:
    assert _hours("6 till 2:30, tues to sat") == pytest.approx(42.5)
    assert _hours("fri and sat 5:30 to 11") == pytest.approx(11.0)


def test_one_end_with_minutes_and_no_days_is_no_weeks_hours() -> None:
    assert "activity.hours_per_week" not in values(
        "the shop is 9 to 5:30", "act:hours:bakery", BAKERY
    )


def test_a_night_span_past_midnight() -> None:
    assert _hours("22:00-06:00, Monday to Thursday") == pytest.approx(32.0)


def test_days_and_clock_times_in_other_languages() -> None:
    assert normalise("von Montag bis Freitag") == "monday to friday"
    assert normalise("de segunda a sexta") == "monday to friday"
    assert _hours("dalle 7 alle 13, dal lunedì al sabato") == pytest.approx(36.0)
    assert _hours("du mardi au samedi de 9h à 17h") == pytest.approx(40.0)


def test_a_bare_a_between_numbers_is_no_clock_span() -> None:
    assert "a week" in normalise("I bake 3 a week")


def test_a_range_of_counted_things_beside_a_day_is_no_clock_span() -> None:
    said = "Sundays I take dogs out, 3-5 dogs at £12 each"
    assert "activity.hours_per_week" not in values(said, "act:hours:bakery", BAKERY)
