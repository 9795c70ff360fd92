"""A list of work said while limits or money are asked is read as it is read at the activities
question: each piece of work with its own hours and pay, not the first one with everyone's
figures. And a trade's noun that is also a label word ("tyre changes") stays a name."""

from __future__ import annotations

import pytest

from agent.interviewer import namelike
from agent.interviewer.reading import PlanView, read

LIST = "window cleaning 25 hrs a week about £21k, gutter jobs 6h £5k a year up and down"


def work(message: str, ask: str) -> dict[str, tuple[float, float]]:
    readings = [r for r in read(message, PlanView(capacity=40), ask) if r.confident]
    named = [str(r.value) for r in readings if r.field == "activity"]
    return {
        name: tuple(  # type: ignore[misc]
            next(float(r.value) for r in readings if r.field == f and r.subject == name)
            for f in ("activity.hours_per_week", "activity.annual_revenue")
        )
        for name in named
    }


@pytest.mark.parametrize("ask", ["constraints", "buffer", "spending"])
def test_a_list_of_work_at_a_question_about_limits_or_money_is_read_as_work(ask: str) -> None:
    assert work(LIST, ask) == work(LIST, "activities")
    assert work(LIST, ask) == {"window cleaning": (25.0, 21000.0), "gutter jobs": (6.0, 5000.0)}


def test_money_parts_at_the_spending_question_name_no_work() -> None:
    found = read("rent €850, food 400 a month, car 200", PlanView(), "spending")
    assert not any(r.field == "activity" for r in found)


@pytest.mark.parametrize("name", ["tyre changes", "nappy changes", "costume changes"])
def test_a_trade_noun_that_is_also_a_label_word_is_a_name(name: str) -> None:
    assert namelike.name(name) == name.capitalize()


@pytest.mark.parametrize("said", ["it changes", "changes a lot", "pay varies"])
def test_a_label_said_as_a_clause_is_no_name(said: str) -> None:
    assert namelike.name(said) is None
