"""Limits read as the person says them: one limit with its reason, never split in two."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read
from tests.support.reading import sure


def _limits(message: str, ask: str = "constraints", view: PlanView | None = None) -> list[str]:
    return [
        str(r.value)
        for r in sure(message, ask, view or PlanView())
        if r.field == "capacity.constraints"
    ]


def test_a_limit_named_then_said_in_full_is_one_limit() -> None:
    said = _limits("weekends. I keep weekends for my boys. also no calls after 9pm")
    assert len(said) == 2
    assert "weekends" in said[0] and "boys" in said[0]
    assert "9pm" in said[1]


def test_a_remark_pointing_back_joins_the_limit_before() -> None:
    said = _limits("lupus, so some months I'm flat out ill. hard to predict it honestly")
    assert len(said) == 1
    assert "lupus" in said[0]


def test_a_cause_then_a_dash_and_its_limit_is_one_limit() -> None:
    said = _limits("bad arthritis - I can only do 4 hour stretches. and no saturdays")
    assert len(said) == 2
    assert "arthritis" in said[0] and "4 hour" in said[0]


def test_what_fills_the_days_kept_is_their_reason() -> None:
    said = _limits("not on Mon/Wed evenings, I've got choir rehearsals")
    assert len(said) == 1
    assert "choir" in said[0]


def test_two_limits_about_different_days_stay_two() -> None:
    said = _limits("shop's shut sundays, I have the grandkids thursday afternoons")
    assert len(said) == 2


def test_a_skip_glossed_in_brackets_is_a_skip() -> None:
    readings = read("laissez tomber celle-ci (pass)", PlanView(), "constraints")
    assert [r.act for r in readings] == ["skip"]


def test_a_bracket_that_is_no_skip_leaves_the_answer_read() -> None:
    readings = read("no mornings (school run)", PlanView(), "constraints")
    assert [r.act for r in readings] != ["skip"]


def test_the_reason_for_a_revised_capacity_is_no_limit() -> None:
    view = PlanView(capacity=40)
    found = sure("I told you 40 but with the school run it is more like 32", "capacity", view)
    assert [(r.act, r.field, r.value) for r in found] == [
        ("change", "capacity.hours_per_week", 32.0)
    ]
