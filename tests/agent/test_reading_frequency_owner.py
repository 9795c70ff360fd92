"""How often belongs to the work it is said beside: in a list of several pieces of work, a
frequency said for one item ("a workshop once a fortnight, 3 hours") makes that item's hours the
hours of each time, and never turns another item's weekly hours into hours of each time."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read

NONE = PlanView()


def hours(message: str) -> dict[str, float]:
    """Each activity's weekly hours as read and acted on (asked-back readings left out)."""
    return {
        str(r.subject): round(float(r.value), 2)
        for r in read(message, NONE, "activities")
        if r.field == "activity.hours_per_week" and r.confident and isinstance(r.value, float)
    }


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "van deliveries 20h $21k, a soap-making workshop once a fortnight 4 hours",
            {"van deliveries": 20.0, "soap-making workshop": 2.0},
        ),
        (
            "cafe shifts 9h £7k, a bread class twice a month 3 hours",
            {"cafe shifts": 9.0, "bread class": 1.38},
        ),
        (
            "school admin 15 hrs €14k, guided walks twice a month, 3 hours",
            {"school admin": 15.0, "guided walks": 1.38},
        ),
        (
            "window cleaning 10h, a jazz gig once a month 5 hours £180 each",
            {"window cleaning": 10.0, "jazz gig": 1.15},
        ),
    ],
)
def test_a_frequency_is_the_frequency_of_the_work_it_is_said_with(
    message: str, expected: dict[str, float]
) -> None:
    got = hours(message)
    for name, value in expected.items():
        owner = next(k for k in got if name in k)
        assert got[owner] == pytest.approx(value, abs=0.01), (owner, got)


def test_a_fee_each_time_leaves_hours_said_with_how_often_as_hours_each_time() -> None:
    readings = read("christenings twice a month 6 hours, €250 each", NONE, "activities")
    got = {
        str(r.field): float(r.value)
        for r in readings
        if r.field and r.field.startswith("activity.") and isinstance(r.value, float)
    }
    assert got["activity.hours_per_week"] == pytest.approx(6 * 24 / 52, abs=0.01)
    assert got["activity.annual_revenue"] == pytest.approx(250 * 24)
