"""At the question of what a piece of work teaches, a short answer that is all a label of how
the work feels or pays ("a bit of both", "steady") is another question's answer: no lesson."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read

VIEW = PlanView(activities=("night porter", "dog walking"))
ASK = "act:teaches:night porter"


def _lessons(message: str) -> list[str]:
    return [str(r.value) for r in read(message, VIEW, ASK) if r.field == "activity.teaches"]


@pytest.mark.parametrize(
    "message", ["a bit of both tbh", "Neither really.", "both", "pretty steady", "it drains me"]
)
def test_a_label_alone_is_no_lesson(message: str) -> None:
    assert _lessons(message) == []


@pytest.mark.parametrize(
    ("message", "lesson"),
    [
        ("patience", "patience"),
        ("how to stay calm with drunk guests", "how to stay calm with drunk guests"),
        (
            "both the admin side and dealing with people",
            "both the admin side and dealing with people",
        ),
    ],
)
def test_a_lesson_is_kept_in_the_person_s_words(message: str, lesson: str) -> None:
    assert _lessons(message) == [lesson]


def test_a_label_said_of_other_recorded_work_is_that_work_s() -> None:
    readings = read("the dog walking goes up and down", VIEW, ASK)
    assert [(r.field, r.value, r.subject) for r in readings if r.act == "fact"] == [
        ("activity.volatility", "variable", "dog walking")
    ]
