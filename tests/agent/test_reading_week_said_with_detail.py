"""A week of one work told with its detail at the hours question: a break taken out of each
night, an exception said after the usual week, a part that starts with its count, two times of
the day a length is said for, a part that a revision word reads as a change, and a length of
the evenings whose number is left open. Inputs are in the tests' own words."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.types import CONFIDENT

FARM = PlanView(capacity=55, activities=("milking", "goat cheese"))


def _hours(message: str, work: str = "goat cheese") -> list[tuple[str, float, bool]]:
    """The weekly hours read for ``work``: act, value and whether sure enough to store."""
    return [
        (r.act, float(r.value), r.confidence >= CONFIDENT)  # type: ignore[arg-type]
        for r in read(message, FARM, f"act:hours:{work}")
        if r.field == "activity.hours_per_week"
    ]


def test_an_unpaid_half_hr_break_comes_off_each_night() -> None:
    assert _hours("11pm to 7am three nights, half hr unpaid break", "milking") == [
        ("fact", 22.5, True)
    ]


def test_an_exception_after_the_usual_days_is_not_counted() -> None:
    said = "7 till 4 mon to fri occasionally a saturday morning if a cow calves"
    assert _hours(said, "milking") == [("fact", 45.0, True)]


def test_a_second_part_that_starts_with_its_count_is_added() -> None:
    assert _hours("sundays stall 8-12 and 2 or 3 tastings a week 2 hrs each") == [
        ("fact", 9.0, True)
    ]


def test_a_figure_joined_by_and_is_no_part_of_its_own() -> None:
    # "between 3 and 4" is one range, not two parts of the week
    assert all(v != 7.0 for _, v, _ in _hours("between 3 and 4 hours a week"))


def test_a_length_each_of_two_times_of_the_day_is_said_twice_a_day() -> None:
    assert _hours("mornings and evenings, half an hour each, every day") == [("fact", 7.0, True)]


def test_a_part_read_as_a_change_by_its_own_words_is_still_a_part() -> None:
    said = "Thursday and Friday, 10 until 4, and Wednesday night we cut the curd, maybe 2 hours"
    assert _hours(said) == [("fact", 14.0, True)]


def test_a_length_of_evenings_left_uncounted_gives_no_week() -> None:
    assert _hours("Most evenings, an hour or so. More near Christmas.") == []


def test_the_same_evenings_with_a_week_said_give_that_week() -> None:
    assert _hours("most evenings, about 6 hours a week all told") == [("fact", 6.0, True)]


def test_a_weekly_total_beside_the_times_of_the_day_is_the_week() -> None:
    said = "It's a 39 hour week, the first client is at 8.15 and I'm done about 5."
    assert _hours(said, "milking") == [("fact", 39.0, True)]


def test_a_weekly_total_beside_a_span_of_the_clock_is_the_week() -> None:
    assert _hours("36 a week, 7 till 2:48 or so", "milking") == [("fact", 36.0, True)]


def test_a_weekly_total_with_more_added_is_not_the_week_alone() -> None:
    assert ("fact", 36.0, True) not in _hours("36 a week plus 4 on sundays", "milking")


def test_sittings_counted_per_fortnight_are_halved() -> None:
    assert _hours("I do 12 hour shifts, 7 of them a fortnight", "milking") == [("fact", 42.0, True)]


def test_sittings_counted_in_a_week_after_their_length() -> None:
    said = "Shifts of 6 hours, 4 in a week. Around Christmas also 5."
    assert _hours(said, "milking") == [("fact", 24.0, True)]


def test_the_usual_week_before_overtime_said_per_month() -> None:
    said = "Three twelves, Friday to Sunday, plus overtime when a herd is sick, 10 hours a month."
    assert _hours(said, "milking") == [("fact", 36.0, True)]


def test_a_split_day_whose_second_span_is_written_as_a_range() -> None:
    said = "split shift, 6.30 to 10.30 then 3 to 7, five days"
    assert _hours(said, "milking") == [("fact", 40.0, True)]


def test_a_capacity_range_written_without_its_mark_reads_at_its_midpoint() -> None:
    found = [
        (r.value, r.confident)
        for r in read("hmm 44 48", FARM, "capacity")
        if r.field == "capacity.hours_per_week"
    ]
    assert found == [(46.0, True)]


def test_two_figures_side_by_side_far_apart_are_no_range() -> None:
    found = [
        r.value
        for r in read("hmm 20 48", FARM, "capacity")
        if r.field == "capacity.hours_per_week" and r.confident
    ]
    assert found == []


def test_the_hours_really_worked_after_the_contract_are_the_hours() -> None:
    said = "32 hours on the contract, but they always ask more. Really it's 35."
    assert _hours(said, "milking") == [("fact", 35.0, True)]


def test_a_second_figure_without_a_turn_to_the_real_hours_is_still_asked() -> None:
    said = "32 hours on the contract, and 35 hours on the farm"
    assert ("fact", 35.0, True) not in _hours(said, "milking")


def test_shifts_said_for_most_weeks_are_the_usual_week() -> None:
    said = "they put me on four 6 hour shifts most weeks, sometimes five at Easter"
    assert _hours(said, "milking") == [("fact", 24.0, True)]


def test_hour_and_a_half_without_its_article_is_a_length() -> None:
    said = "Three sessions a week, hour and a half each"
    assert _hours(said, "milking") == [("fact", 4.5, True)]
