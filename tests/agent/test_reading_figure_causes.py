"""Money and hours read as the quantity the person said: figures put right as they are said,
figures per occasion and how often, periods said in other words."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read

NONE = PlanView(capacity=None, activities=(), skills=(), streams=())


def view(*activities: str) -> PlanView:
    return PlanView(capacity=None, activities=activities, skills=(), streams=())


def stored(message: str, ask: str, plan: PlanView = NONE) -> list[tuple[str, object]]:
    """(field, value) of every figure the reader is sure enough to store."""
    return [
        (r.field or "", round(float(r.value), 2) if isinstance(r.value, float) else r.value)
        for r in read(message, plan, ask)
        if r.act in {"fact", "change"} and r.confident and r.field
    ]


def figures(message: str, ask: str, plan: PlanView = NONE) -> list[tuple[str, object, bool]]:
    """(field, value, stored?) of every figure read, stored or asked back."""
    return [
        (r.field or "", round(float(r.value), 2), r.confident)
        for r in read(message, plan, ask)
        if r.field
        and r.field.endswith(("hours_per_week", "annual_revenue", "spending", "buffer"))
        and isinstance(r.value, float)
    ]


@pytest.mark.parametrize(
    ("message", "ask", "field", "value"),
    [
        ("about 9. no actually more like 11 since the new rota", "act:hours:porter work",
         "activity.hours_per_week", 11.0),
        ("waiting tables (30h - no 28, they trimmed the rota) and that's it", "activities",
         "activity.hours_per_week", 28.0),
        ("i could do 30 hours, no sorry 35", "capacity", "capacity.hours_per_week", 35.0),
    ],
)  # fmt: skip
def test_a_figure_put_right_as_it_is_said_gives_way_to_the_new_one(
    message: str, ask: str, field: str, value: float
) -> None:
    plan = view("porter work") if ask.startswith("act:") else NONE
    got = figures(message, ask, plan)
    assert (field, value, True) in got
    assert all(v == value for f, v, _ in got if f == field)
