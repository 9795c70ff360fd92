"""At the limits question, a clause about the person's spending or savings with an amount is
no limit, also when its figure gave way to the person's own share of it."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read


def _limits(message: str) -> list[str]:
    return [
        str(r.value) for r in read(message, PlanView(), "constraints")
        if r.field == "capacity.constraints"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "message",
    [
        "the two of us spend €3,100 a month, my share is about 1,600",
        "we've got about 12k saved jointly, my part is 5k",
        "household outgoings are 2.4k a month",
    ],
)
def test_money_said_at_the_limits_question_is_no_limit(message: str) -> None:
    assert _limits(message) == []


def test_the_own_share_is_the_spending() -> None:
    readings = read(
        "the two of us spend €3,100 a month, my share is about 1,600", PlanView(), "constraints"
    )
    assert [(r.field, r.value) for r in readings if r.act == "fact"] == [
        ("capacity.monthly_spending", 1600.0)
    ]


def test_money_said_with_a_limit_keeps_the_limit() -> None:
    assert _limits("carer for my dad most evenings, and we spend about 3k a month") == [
        "carer for my dad most evenings"
    ]
