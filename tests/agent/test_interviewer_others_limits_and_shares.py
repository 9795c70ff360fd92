"""What another person in the household does, said at the limits and money questions: a child's
fixed activity at a time of the week is the person's limit, and a partner paying part of a
spending figure makes it the household's (asked back, never stored as the person's own)."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read


@pytest.mark.parametrize(
    "message",
    [
        "my son has rugby training on thursday evenings so I can't work then",
        "My daughter has ballet saturday mornings",
    ],
)
def test_a_childs_fixed_time_is_read_as_the_persons_limit(message: str) -> None:
    readings = read(message, PlanView(), "constraints")
    assert [r.field for r in readings if r.act == "fact"] == ["capacity.constraints"]


def test_a_line_about_a_child_with_no_time_is_still_a_step_away() -> None:
    readings = read("my daughter is calling me, one sec", PlanView(), "constraints")
    assert not [r for r in readings if r.act == "fact"]


@pytest.mark.parametrize(
    "message",
    [
        "we spend about €3.200 a month but my husband covers half of it",
        "outgoings are 2,600 a month, the wife pays the mortgage out of that",
    ],
)
def test_spending_part_paid_by_a_partner_is_asked_back_not_stored(message: str) -> None:
    spent = [r for r in read(message, PlanView(), "spending")
             if r.field == "capacity.monthly_spending"]  # fmt: skip
    assert spent and all(r.confidence < 0.9 for r in spent)
