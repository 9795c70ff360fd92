"""One person's share of a household figure is that figure's field, and it is what the plan
keeps: never a second figure of another field, never added to the one before it."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.reading import PlanView, read
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)


def _facts(message: str, ask: str) -> dict[str, float]:
    return {
        str(r.field): float(r.value)  # type: ignore[arg-type]
        for r in read(message, PlanView(), ask)
        if r.act == "fact" and isinstance(r.value, float)
    }


@pytest.mark.parametrize(
    ("message", "savings", "spending"),
    [
        ("about $4,000 put by. the house costs us 3.6k a month, my share is 1,800", 4000, 1800),
        ("savings 900 euro... we spend 2000/month together but my part is around 1000", 900, 1000),
        (
            "we've 30k saved between us, my half of it is 15k. I spend about 1.2k a month",
            15000,
            1200,
        ),
    ],
)
def test_a_share_takes_the_field_of_the_figure_before_it(
    message: str, savings: float, spending: float
) -> None:
    facts = _facts(message, "buffer")
    assert facts.get("capacity.cash_buffer") == savings
    assert facts.get("capacity.monthly_spending") == spending


def test_a_share_said_alone_reads_nothing_of_its_own() -> None:
    # no figure before it to be a share of: the words do not invent a field
    assert "capacity.cash_buffer" not in _facts("my half is 700", "spending")


def test_the_plan_keeps_the_share_and_the_savings_as_said() -> None:
    planner, _ = conversation(
        TODAY,
        "government",
        "38",
        "none",
        "£2,300 saved. rent and bills come to 1.9k a month for the two of us, my half is 950",
    )
    capacity = planner.plan.capacity
    assert capacity is not None
    assert capacity.cash_buffer == 2300
    assert capacity.monthly_spending == 950


def test_what_is_said_on_top_of_a_share_is_added_to_it() -> None:
    facts = _facts("we spend 2.4k between us, my half is 1200, plus my car 150", "spending")
    assert facts.get("capacity.monthly_spending") == 1350


def test_the_shared_whole_is_not_asked_about_as_a_figure_left_out() -> None:
    _, reply = conversation(
        TODAY,
        "tech",
        "40",
        "none",
        "6k saved. we spend 3k a month between us, my share is 1.5k",
    )
    assert "didn't take" not in reply
