"""One table of revision words: each reader that used its own copy still reads its cases."""

from __future__ import annotations

import re

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading import revision_words as words

NOTHING = PlanView(capacity=None, activities=(), skills=(), streams=())
LOCKSMITH = PlanView(capacity=40, activities=("locksmithing", "key cutting"))


def values(message: str, ask: str, view: PlanView = NOTHING) -> dict[str, float]:
    """The figures read, sure or asked back."""
    return {
        str(r.field): float(r.value)
        for r in read(message, view, ask)
        if r.act in {"fact", "change"} and isinstance(r.value, float)
    }


@pytest.mark.parametrize(
    ("message", "value"),
    [
        ("about 20 grand put by. sorry, closer to 15", 15000),  # scales: kept thousands
        ("about 20 grand put by. i mean 16", 16000),
        ("about 20 grand put by, scratch that, 14", 14000),  # a phrase the copy lacked
    ],
)
def test_a_plain_number_that_revises_thousands_keeps_them(message: str, value: float) -> None:
    assert values(message, "buffer") == {"capacity.cash_buffer": value}


@pytest.mark.parametrize("between", ["- no sorry", ", actually", ", i mean", "- or rather"])
def test_a_day_rate_revised_is_still_a_day_rate(between: str) -> None:
    message = f"day rate 250 {between} 275, about 2 days a week"
    found = read(message, LOCKSMITH, "act:revenue:locksmithing")
    paid = [r.value for r in found if r.field == "activity.annual_revenue"]
    assert paid and all(v != 250 * 2 * 52 for v in paid)
    assert any(abs(float(v) - 275 * 2 * 52) < 275 * 2 * 8 for v in paid)


@pytest.mark.parametrize("put", ["wait no, more like", "no sorry,", "actually no, nearer"])
def test_a_figure_put_right_as_it_is_said_replaces_it(put: str) -> None:
    found = values(f"we get through 2,4k a month. {put} 2k", "spending")
    assert found == {"capacity.monthly_spending": 2000}


def test_a_figure_revised_later_in_the_message_is_the_one_that_stands() -> None:
    message = "key cutting takes 6 hrs a week. Sorry, it's nearer to 9 hours now"
    read_now = read(message, LOCKSMITH, "activities")
    found = [r for r in read_now if r.field == "activity.hours_per_week"]
    assert [float(r.value) for r in found] == [9.0]


def test_one_source_holds_every_phrase_the_copies_held() -> None:
    revision = re.compile(rf"^{words.REVISION}$")
    held = "more like|closer to|sorry|actually|call it|make that|no|or rather|i mean|wait no|"
    held += "scratch that|correction|no sorry|actually no|sorry no"
    for said in held.split("|"):
        assert revision.match(said), said
