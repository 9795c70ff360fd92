"""Hours said as how long one of something lasts ("the sessions are 3 hours"): at the question
about that work's hours they may be the week's, so they are asked back, never dropped; said
anywhere else they give no week."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read

WORK = PlanView(activities=("bookkeeping", "swimming lessons"))


def _hours(message: str, ask: str) -> list[tuple[float, bool]]:
    return [
        (float(r.value), r.confident)  # type: ignore[arg-type]
        for r in read(message, WORK, ask)
        if r.field == "activity.hours_per_week"
    ]


@pytest.mark.parametrize(
    "message", ["swimming lessons are 4 hours", "the sessions take about 3 hours"]
)
def test_an_item_length_at_the_hours_question_is_asked_back(message: str) -> None:
    hours = _hours(message, "act:hours:swimming lessons")
    assert len(hours) == 1 and hours[0][1] is False


def test_an_item_length_elsewhere_gives_no_week() -> None:
    assert _hours("the sessions take about 3 hours", "act:revenue:swimming lessons") == []


def test_hours_said_per_week_stay_sure() -> None:
    assert _hours("swimming lessons are 4 hours a week", "act:hours:swimming lessons") == [
        (4.0, True)
    ]
