"""Hours said after a wish, in words that only judge them ("3 hours a week sounds right"), are
the wish's hours, not a new name or the capacity."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, StreamView, read

VIEW = PlanView(
    capacity=40,
    activities=("Ward nursing",),
    streams=(StreamView("ward nursing", "anchor", 30),),
)


@pytest.mark.parametrize(
    "message",
    [
        "I'd love to start a ceramics newsletter; 3 hours a week sounds right.",
        "i want a ceramics newsletter - 3 hours a week feels right",
        "could we add a ceramics newsletter? 3 hours a week would be ideal",
    ],
)
def test_hours_judged_after_a_wish_are_its_hours(message: str) -> None:
    readings = read(message, VIEW, "streams")
    wishes = [r for r in readings if r.act == "wish"]
    assert len(wishes) == 1 and "ceramics newsletter" in str(wishes[0].subject)
    assert wishes[0].hours == 3.0
    assert not [r for r in readings if r.field == "capacity.hours_per_week"]
