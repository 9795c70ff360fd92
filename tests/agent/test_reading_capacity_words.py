"""A weekly limit said with "the most" is the person's capacity at any question, never the
hours of one piece of work."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read


@pytest.mark.parametrize("ask", ["context", "capacity", "activities"])
@pytest.mark.parametrize(
    ("message", "hours"),
    [
        ("honestly 32 hours would be the most", 32.0),
        ("28 at the very most, realistically", 28.0),
        ("I reckon 45 hrs is the most I could manage", 45.0),
    ],
)
def test_the_most_says_the_weekly_limit(message: str, hours: float, ask: str) -> None:
    found = [
        r.value
        for r in read(message, PlanView(), ask)
        if r.field == "capacity.hours_per_week" and r.confident
    ]
    assert found == [hours]


def sure_capacity(message: str, ask: str) -> list[float]:
    return [
        float(r.value)
        for r in read(message, PlanView(), ask)
        if r.field == "capacity.hours_per_week" and r.confident and isinstance(r.value, float)
    ]


@pytest.mark.parametrize(
    "message",
    ["I repair boilers, 30 hours a week", "I teach swimming - self-employed - 18h"],
)
def test_hours_beside_work_said_with_a_verb_are_not_taken_for_the_limit(message: str) -> None:
    assert sure_capacity(message, "context") == []


@pytest.mark.parametrize(("message", "hours"), [("about 40 hours", 40.0), ("NHS, 37 max", 37.0)])
def test_hours_said_alone_or_as_a_limit_are_the_limit(message: str, hours: float) -> None:
    assert sure_capacity(message, "context") == [hours]


@pytest.mark.parametrize("said", ["450 a year", "about 300", "maybe 800 a year"])
def test_a_small_sum_answering_one_activitys_income_question_is_money(said: str) -> None:
    view = PlanView(activities=("choir accompanist",))
    found = [
        r.value
        for r in read(said, view, "act:revenue:choir accompanist")
        if r.field == "activity.annual_revenue" and r.confident
    ]
    assert len(found) == 1
