"""A week of one work said in parts at its hours question: the parts put together when each is
whole, the hours asked back when one part cannot be made weekly, never one part stored as the
week. Inputs are in the tests' own words."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.types import CONFIDENT

ROASTERY = PlanView(capacity=50, activities=("coffee roasting", "barista shifts"))


def _hours(message: str, work: str = "coffee roasting") -> list[tuple[float, bool]]:
    """The weekly hours read for ``work``, each with whether it is sure enough to store."""
    return [
        (float(r.value), r.confidence >= CONFIDENT)  # type: ignore[arg-type]
        for r in read(message, ROASTERY, f"act:hours:{work}")
        if r.field == "activity.hours_per_week" and r.act == "fact"
    ]


def _stored(message: str, work: str = "coffee roasting") -> list[float]:
    return [v for v, sure in _hours(message, work) if sure]


# Two schedules of the same work, each days times a span of the clock, are added.


def test_two_schedules_by_the_clock_are_added() -> None:
    assert _stored("Monday and Wednesday 7 to 10, plus Fridays 8 till 2") == [12.0]


def test_days_listed_before_their_span_are_one_schedule() -> None:
    assert _stored("wed and fri 5-8 and sun mornin 9-11") == [8.0]


def test_a_span_then_its_days_in_a_list() -> None:
    assert _stored("8pm to midnight, Thursday and Saturday") == [8.0]


# A length per sitting and how many sittings a week make the week.


def test_a_length_per_sitting_times_the_sittings_a_weekend() -> None:
    assert _stored("a market day is 4 hours with the packing, usually 2 a weekend") == [8.0]


def test_a_roster_said_apart_from_its_day_length() -> None:
    assert _stored("we're 4 days on 3 off, long ones mind, 10 hours or so") == [40.0]


def test_a_length_said_daily_with_the_days_after_it() -> None:
    assert _stored("9 hours daily, 5 days, weekends off") == [45.0]


# Time added to what was said ("another") is part of the same week, not a new work.


def test_hours_added_with_another_are_summed() -> None:
    assert _stored(
        "the contract says 35 hours, then deliveries on Sundays, another 2 or 3 hours"
    ) == [37.5]


# Half understood: asked back, never one part stored.


def test_a_day_once_a_month_beside_nightly_time_is_asked_back() -> None:
    assert _stored("half an hour a night on the website, and a trade fair one Sunday a month") == []


def test_a_length_per_booking_without_how_many_is_asked_back() -> None:
    assert _stored("setting up and clearing away, maybe 3 hours for each booking") == []


def test_a_span_without_its_days_beside_more_time_is_asked_back() -> None:
    assert _stored("the stall is 7am till 12, and another 4 hours or so at home") == []


def test_a_full_day_of_no_length_beside_daily_evenings_is_asked_back() -> None:
    assert _stored("5 to 8 pm daily, then Saturday the whole day at shows") == []


# What the parts do not change.


def test_a_total_said_with_its_schedule_is_not_added_twice() -> None:
    assert _stored("I'm on 24 hours, 9 till 3 four days") == [24.0]


def test_an_exception_beside_the_usual_schedule_is_left_out() -> None:
    assert _stored("Tuesday and Thursday 6 to 8, plus a Saturday 3 hours when a show is on") == [
        4.0
    ]


def test_a_day_named_as_free_is_no_working_day() -> None:
    assert _stored("Saturdays 8 to 4, that's all, Sunday is for family") == [8.0]


def test_a_figure_corrected_on_the_spot_keeps_the_last_one() -> None:
    assert _stored("it's 50 hrs a fortnight... no hang on, 56 a fortnight") == [28.0]


# Clock times said the British way or with a bare "a" between them.


def test_half_an_hour_past_said_before_the_hour_ends_a_span() -> None:
    assert _stored("3 evenings, 7 till half 11") == [13.5]


def test_a_bare_a_between_times_is_a_span_when_an_end_has_minutes() -> None:
    assert _stored("7:30 a 4 tuesday to saturday") == [42.5]


def test_a_bare_a_between_plain_numbers_stays_no_span() -> None:
    assert _stored("7 a 4 tuesday to saturday") == []


def test_time_in_the_week_after_a_weekend_schedule_is_the_same_work() -> None:
    readings = read(
        "Saturday mornings, say 5 hours, then labelling bags 1 or 2 hours in the week",
        ROASTERY,
        "act:hours:coffee roasting",
    )
    hours = [r for r in readings if r.field == "activity.hours_per_week"]
    assert [(r.value, r.subject) for r in hours] == [(6.5, "coffee roasting")]
    assert not [r for r in readings if r.field == "activity"]


def test_hours_of_another_work_said_beside_are_not_added() -> None:
    readings = read(
        "Roasting Saturdays 8 to 2, and the barista shifts are 20 hours a week",
        ROASTERY,
        "act:hours:coffee roasting",
    )
    added = [r for r in readings if r.field == "activity.hours_per_week" and r.value == 26.0]
    assert added == []


def test_the_usual_figure_stands_beside_a_sentence_of_busier_weeks() -> None:
    assert _stored("maybe 12 hrs? 18 some weeks") == [12.0]


def test_a_whole_weekday_beside_daily_hours_is_asked_back() -> None:
    assert _stored("2 hours or so after work on weekdays, and the whole of Sunday") == []


def test_days_kept_for_something_else_do_not_multiply_the_hours() -> None:
    assert _stored("about 25 hours, Monday and Friday nights are choir so not those") == [25.0]
