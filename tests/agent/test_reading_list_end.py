"""The words that close a list, read the same at every list: the audit's work, the limits, and
a late "that's all" once the list's questions have begun."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer import dialog
from agent.interviewer.reading import list_end
from agent.interviewer.reading.types import Reading
from agent.plan import Activity, Plan


@pytest.mark.parametrize(
    "said",
    ["that's everything", "ok, that's the lot really", "yeah thats it", "nothing more",
     "i think that's all for now", "no more", "done.", "and that is all of them"],
)  # fmt: skip
def test_a_list_is_closed_in_many_words(said: str) -> None:
    assert list_end.closes_list(said) is not None


@pytest.mark.parametrize(
    "said", ["no more than 8 hours a week", "nothing more than 5 a week", "done it for ages"]
)
def test_a_limit_or_a_verb_closes_no_list(said: str) -> None:
    assert list_end.closes_list(said) is None


@pytest.mark.parametrize("said", ["no", "nope", "none", "just those"])
def test_a_plain_no_closes_a_list_only_as_the_answer_to_anything_else(said: str) -> None:
    assert list_end.closes_list(said) is None
    assert list_end.closes_list(said, plain_no=True) is not None


def test_where_the_closing_words_end() -> None:
    closed = list_end.closes_list("that's it really, plus a bit of tutoring")
    assert closed is not None and closed.group(0) == "that's it really"


def test_a_message_that_only_closes_a_list() -> None:
    assert list_end.only_closes_list("Ok, that's everything!")
    assert not list_end.only_closes_list("that's all I can manage")


def test_a_limit_said_at_the_hours_of_a_work_is_no_end_of_the_list() -> None:
    plan = Plan(activities=[Activity(name="Gardening")])
    ctx = dialog.Context(ask="act:hours:Gardening", plan=plan, settled=frozenset(),
                         today=dt.date(2026, 11, 22))  # fmt: skip
    hours = Reading("fact", field="activity.hours_per_week", value=7, subject="Gardening")
    decision = dialog.decide([hours], ctx, "no more than 7 hours")
    assert decision.reply != dialog.LIST_ENDED and not decision.aside
    assert [c["args"].get("hours_per_week") for c in decision.calls] == [7]
    late = dialog.decide([Reading("nothing")], ctx, "ok that's the lot")
    assert late.reply == dialog.LIST_ENDED


@pytest.mark.parametrize("said", ["nah", "not really"])
def test_a_plain_no_in_other_words_closes_the_list_of_work(said: str) -> None:
    plan = Plan(activities=[Activity(name="Gardening")])
    ctx = dialog.Context(ask="activities", plan=plan, settled=frozenset(),
                         today=dt.date(2026, 11, 22))  # fmt: skip
    decision = dialog.decide([Reading("nothing")], ctx, said)
    assert decision.settle == ["activities"]


def test_work_only_offered_is_asked_about_however_the_list_is_closed() -> None:
    plan = Plan(activities=[Activity(name="Gardening")])
    ctx = dialog.Context(ask="activities", plan=plan, settled=frozenset(),
                         today=dt.date(2026, 11, 22), offered=("Choir",))  # fmt: skip
    decision = dialog.decide([Reading("nothing")], ctx, "okay, that's everything")
    assert "Choir" in decision.reply and decision.settle == []
