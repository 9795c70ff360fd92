"""Words left over at the limits question: beside savings or spending, words that neither bound
the hours nor name a cause are asked back, never stored as what limits the person's hours."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read


def limits(message: str) -> list[tuple[str, bool]]:
    """Each constraint read at the limits question, with whether it is acted on."""
    return [
        (str(r.value), r.confident)
        for r in read(message, PlanView(capacity=38), "constraints")
        if r.field == "capacity.constraints"
    ]


@pytest.mark.parametrize(
    "message",
    [
        "I've got 12 grand put away, renting in Glasgow these days",
        "we spend about $3,200 a month. oh and we just moved to Denver",
        "savings around 9.000 €, hmm I switched banks last year",
    ],
)
def test_leftover_words_beside_money_are_asked_back(message: str) -> None:
    found = limits(message)
    assert found and not any(sure for _, sure in found), found


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("8k saved, can't do weekends because of the kids", "weekends"),
        ("about £15k in the bank, my back means no lifting jobs", "lifting"),
        ("I spend 2,400 a month and I'm on dialysis three mornings", "dialysis"),
    ],
)
def test_a_limit_beside_money_is_still_read(message: str, words: str) -> None:
    assert any(words in value and sure for value, sure in limits(message)), limits(message)


def test_a_limit_said_alone_in_unusual_words_is_still_the_answer() -> None:
    found = limits("the allotment, honestly")
    assert found and all(sure for _, sure in found), found


def capacity_limits(message: str) -> list[str]:
    """The constraints read beside the weekly hours at the capacity question."""
    return [
        str(r.value)
        for r in read(message, PlanView(), "capacity")
        if r.field == "capacity.constraints" and r.confident
    ]


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("about 30 but my hip is weak", "hip"),
        ("38, and I can't kneel for long these days", "kneel"),
        ("45 tops, no heavy lifting since the surgery", "lifting"),
    ],
)
def test_what_the_body_cannot_do_beside_the_hours_is_a_limit(message: str, words: str) -> None:
    assert any(words in value for value in capacity_limits(message)), capacity_limits(message)


def test_a_body_said_to_be_fine_is_no_limit() -> None:
    assert capacity_limits("40, my knee is fine now") == []


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("I'm a baker, 40 hours. weekends after 2pm are off limits, family time", "weekends"),
        ("welder, about 45h a week, and afternoons are impossible with the school pickup", "pick"),
    ],
)
def test_a_limit_said_in_a_work_story_at_the_setting_question_is_kept(
    message: str, words: str
) -> None:
    found = [
        str(r.value)
        for r in read(message, PlanView(), "context")
        if r.field == "capacity.constraints" and r.confident
    ]
    assert any(words in value for value in found), found


def spending(message: str) -> list[tuple[float, bool]]:
    return [
        (float(r.value), r.confident)
        for r in read(message, PlanView(capacity=38), "spending")
        if r.field == "capacity.monthly_spending" and isinstance(r.value, float)
    ]


def test_the_month_in_all_then_named_costs_is_asked_back_not_added_up() -> None:
    found = spending("we spend about $3,000 a month, mortgage 1,400, childcare 600")
    assert found and not any(sure for _, sure in found), found


def test_costs_listed_under_a_heading_are_added_up() -> None:
    assert spending("outgoings: rent £700, bills and food maybe £500") == [(1200.0, True)]
