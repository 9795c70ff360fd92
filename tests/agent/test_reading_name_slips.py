"""A recorded name typed with one slip is that name; a word one letter from it only once both
are cut short is another word."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.names import known_name

WORK = ["ward nursing", "pottery", "photography", "consulting"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the photgraphy brings in about 3k", "photography"),
        ("cosulting is maybe 6 hours", "consulting"),
        ("the potery is the fun bit", "pottery"),
    ],
)
def test_a_name_with_one_slip_is_the_recorded_name(text: str, name: str) -> None:
    assert known_name(text, WORK) == name


@pytest.mark.parametrize(
    "text",
    ["it's a new pattern now", "a potted history of my week"],
)
def test_a_word_alike_only_when_cut_short_names_no_recorded_work(text: str) -> None:
    assert known_name(text, WORK) is None


def test_hours_beside_a_word_like_another_work_stay_the_asked_work_s() -> None:
    view = PlanView(activities=("ward nursing", "pottery"))
    readings = read("it's a new pattern, 40 hours", view, "act:hours:ward nursing")
    hours = [r for r in readings if r.field == "activity.hours_per_week"]
    assert [(r.subject, r.value, r.confident) for r in hours] == [("ward nursing", 40.0, True)]
