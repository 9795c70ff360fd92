"""Hours as a range said with a comma, and hours a day over days a year."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from tests.support.reading import values

VAN = PlanView(activities=("delivery van", "pottery"))


def _read(message: str, ask: str) -> dict[str, tuple[float, bool]]:
    return {
        r.field: (float(r.value), r.confident)  # type: ignore[arg-type]
        for r in read(message, VAN, ask)
        if r.field
    }


def test_a_range_said_with_a_comma_is_its_midpoint() -> None:
    said = values("40, 45 hrs most weeks", "act:hours:delivery van", VAN)
    assert said["activity.hours_per_week"] == pytest.approx(42.5)


def test_two_numbers_far_apart_are_no_range() -> None:
    said = _read("3, 40 hours", "act:hours:delivery van")
    assert said.get("activity.hours_per_week", (0.0, False))[0] != pytest.approx(21.5)


def test_hours_a_day_over_days_a_year_give_only_the_pay_at_the_pay_question() -> None:
    said = _read("£14 an hour, 6 hours a day, 120 days a year", "act:revenue:delivery van")
    assert said["activity.annual_revenue"] == (pytest.approx(14 * 6 * 120), True)
    assert "activity.hours_per_week" not in said


def test_hours_a_day_over_days_a_year_are_asked_as_a_usual_week() -> None:
    said = _read("5 hours a day, about 150 days a year", "act:hours:delivery van")
    assert said["activity.hours_per_week"][1] is False
