"""At the question about what an activity teaches, an answer about how the work feels or pays
is not stored as a lesson (``reading.texts``)."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read

VIEW = PlanView(activities=("Care home night shifts", "Pottery classes"))
ASK = "act:teaches:Care home night shifts"


def facts(message: str) -> list[tuple[str, str, str]]:
    return [(str(r.field), str(r.value), str(r.subject)) for r in read(message, VIEW, ASK)
            if r.act == "fact"]  # fmt: skip


@pytest.mark.parametrize(
    ("message", "field", "value"),
    [
        ("honestly it's exhausting", "activity.energy", "draining"),
        ("its really fun", "activity.energy", "energising"),
        ("steady enough", "activity.volatility", "stable"),
    ],
)
def test_a_feeling_or_how_it_pays_goes_to_its_own_field(
    message: str, field: str, value: str
) -> None:
    assert facts(message) == [(field, value, "Care home night shifts")]


def test_a_feeling_about_a_recorded_activity_named_goes_to_that_one() -> None:
    assert facts("the pottery energises me") == [
        ("activity.energy", "energising", "Pottery classes")
    ]


def test_a_feeling_about_work_not_on_record_gives_nothing() -> None:
    assert facts("gardening energises me") == []


@pytest.mark.parametrize(
    "message", ["dealing with stress", "how to stay calm at 3am", "patience, mostly"]
)
def test_a_lesson_stays_a_lesson(message: str) -> None:
    assert [f for f, _v, _s in facts(message)] == ["activity.teaches"]


@pytest.mark.parametrize("message", ["no", "nope", "not really tbh", "nah"])
def test_a_plain_no_is_no_lesson(message: str) -> None:
    assert facts(message) == []
