"""Hours said beside work: the job's own hours in an opening, shifts named by their length in
words, a ceiling others set, "24-hour" service, and shifts picked up as more work."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from tests.support.reading import values

NONE = PlanView()


def _fields(message: str, ask: str = "context", view: PlanView = NONE) -> dict[str, object]:
    return {r.field or r.act: r.value for r in read(message, view, ask) if r.confident}


def test_hours_beside_the_one_job_named_in_an_opening_are_its_hours() -> None:
    said = _fields("courier in Berlin 25h a week")
    assert said.get("activity.hours_per_week") == 25.0
    assert "capacity.hours_per_week" not in said


def test_a_limit_in_the_opening_stays_the_capacity() -> None:
    said = _fields("courier in Berlin, 25h a week max")
    assert "activity.hours_per_week" not in said


def test_shifts_named_by_their_length_in_words() -> None:
    view = PlanView(activities=("ICU",))
    assert values("four tens a week", "act:hours:ICU", view)["activity.hours_per_week"] == (
        pytest.approx(40.0)
    )
    assert values("two twelves", "act:hours:ICU", view)["activity.hours_per_week"] == (
        pytest.approx(24.0)
    )


def test_a_ceiling_set_by_law_or_a_visa_is_no_capacity() -> None:
    view = PlanView(activities=("lorry driving",))
    said = _fields("by law I'm capped at 60 max, usually I do 48", "act:hours:lorry driving", view)
    assert said.get("activity.hours_per_week") == 48.0
    assert "capacity.hours_per_week" not in said
    assert "capacity.hours_per_week" not in _fields("my permit allows 20 max", "done")


def test_round_the_clock_service_is_no_hours() -> None:
    said = _fields("emergency plumber in Derby, 24 hour callouts", "context")
    assert not any(k.endswith("hours_per_week") for k in said)


def test_picking_up_shifts_is_more_work_not_a_limit() -> None:
    said = _fields("I do 30 hrs a week at the library and pick up extra shifts now and then")
    assert "capacity.constraints" not in said
    kept = _fields("pick up from the childminder by 6", "constraints")
    assert "capacity.constraints" in kept
