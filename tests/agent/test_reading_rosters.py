"""A roster said with the length of its shift gives the hours a week it averages; a roster
alone, or with two lengths, gives none."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.clauses import normalise
from agent.interviewer.reading.quantities import find_quantities
from agent.interviewer.reading.rosters import NOTE, averaged

WARD = PlanView(activities=("ward nursing", "pottery"))
RIG = PlanView(activities=("rig medic",))


def _hours(message: str, view: PlanView = WARD, ask: str = "act:hours:ward nursing") -> list[float]:
    return [
        float(r.value)  # type: ignore[arg-type]
        for r in read(message, view, ask)
        if r.field == "activity.hours_per_week" and r.confident
    ]


@pytest.mark.parametrize(
    ("message", "week"),
    [
        ("three on three off, 12.5 hour shifts", 43.75),  # 3 x 12.5 h every 6 days
        ("I'm on a 5 on 2 off rota, 8 hr days", 40.0),
        ("its 6 nights on 8 off, 11 hour nights", 33.0),
    ],
)
def test_a_roster_of_days_with_its_shift_length_is_averaged_over_the_week(
    message: str, week: float
) -> None:
    assert _hours(message) == [pytest.approx(week)]


def test_a_roster_of_weeks_counts_every_day_of_the_weeks_on() -> None:
    # 3 weeks on, 3 off, 12 h a day: 21 shifts of 12 h every 42 days
    assert _hours("3 weeks on 3 off, 12hr shifts", RIG, "act:hours:rig medic") == [
        pytest.approx(42.0)
    ]


def test_a_rotation_written_with_a_slash_is_a_roster() -> None:
    assert _hours("21/7 rotation, 11 hour days", RIG, "act:hours:rig medic") == [
        pytest.approx(57.75)
    ]


def test_a_roster_alone_gives_no_hours() -> None:
    assert _hours("4 on 4 off") == []
    assert _hours("2 weeks on 2 off, depends on the contract") == []


def test_two_shift_lengths_give_no_average() -> None:
    assert _hours("4 on 4 off, 12 hr days and 8 hr nights") == []


def test_the_roster_s_own_numbers_are_no_hours_or_money() -> None:
    text = normalise("4 on 4 off, 12hr shifts")
    found = averaged(find_quantities(text), text)
    assert [(q.kind, q.value) for q in found] == [("hours", 42.0)]
    assert found[0].note.startswith(NOTE)


def test_a_roster_in_an_opening_story_is_asked_back_as_the_work_s_hours() -> None:
    """Averaged by the reading, not said: only the answer to the hours question takes it."""
    readings = read(
        "evening! ICU nurse, three on four off, 12 hr shifts, about 41k", PlanView(), "context"
    )
    hours = [r for r in readings if r.field == "activity.hours_per_week"]
    assert [(r.subject, r.value, r.confident) for r in hours] == [
        ("ICU nurse", pytest.approx(36.0), False)
    ]


def test_a_roster_at_the_capacity_question_is_no_capacity() -> None:
    """The roster is one job's hours; what the person can give is said apart."""
    readings = read("I'm on 4 on 4 off, 12 hr nights, so not much left", PlanView(), "capacity")
    assert not [r for r in readings if r.field == "capacity.hours_per_week"]
