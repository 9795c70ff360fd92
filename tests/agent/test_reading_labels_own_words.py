"""How steady and how draining work is, said in people's own words at the asked question."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read

CAFE = PlanView(capacity=40, activities=("cafe", "catering"))


def label(message: str, kind: str) -> list[object]:
    field = f"activity.{kind}"
    return [r.value for r in read(message, CAFE, f"act:{kind}:catering") if r.field == field]


@pytest.mark.parametrize(
    "message",
    [
        "august is rammed, november is dead",
        "quiet over christmas, mad in wedding season",
        "up n down tbh",
        "customers come and go",
        "nothing reliable about it, love",
    ],
)
def test_a_swing_described_is_variable(message: str) -> None:
    assert label(message, "volatility") == ["variable"]


def test_stable_in_another_language_is_stable() -> None:
    assert label("ganz stabil, feste Verträge", "volatility") == ["stable"]


@pytest.mark.parametrize(
    ("message", "value"),
    [
        ("the best couple of hours of my week", "energising"),
        ("honestly? the best", "energising"),
        ("I like the customers but it wipes me out", "draining"),
        ("tiring but I love it", "energising"),
        ("nothing special, it's just a job", "neutral"),
    ],
)
def test_energy_said_in_own_words(message: str, value: str) -> None:
    assert label(message, "energy") == [value]


def test_not_the_best_is_not_energising() -> None:
    assert label("not the best hours of my week", "energy") != ["energising"]


@pytest.mark.parametrize(
    ("message", "value"),
    [
        ("give it two months, the harvest is done by then", "in 2 months"),
        ("leave it about 8 weeks", "in 8 weeks"),
        ("give it six weeks, I'm travelling till late March", "in 6 weeks"),
    ],
)
def test_a_review_put_off_by_a_span_is_that_span_from_now(message: str, value: str) -> None:
    dates = [r.value for r in read(message, CAFE, "review") if r.field == "review.date"]
    assert dates == [value]
