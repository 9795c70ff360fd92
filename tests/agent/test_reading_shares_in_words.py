"""Shares of income said in words: fractions of income, a stream wished to earn a part, and a
stream named by the word its name ends in."""

from __future__ import annotations

from agent.interviewer.reading.clauses import normalise
from agent.interviewer.reading.quantities import find_quantities
from agent.interviewer.reading.reader import read
from agent.interviewer.reading.types import PlanView, StreamView

VIEW = PlanView(
    capacity=42,
    streams=(
        StreamView("hospital pharmacy", "anchor", 30),
        StreamView("locum work", "client", 6),
        StreamView("pharmacy revision app", "leverage", 3),
    ),
)


def percents(message: str) -> list[float]:
    return [q.value for q in find_quantities(normalise(message)) if q.kind == "percent"]


def said(message: str, view: PlanView = VIEW) -> list[tuple[object, ...]]:
    return [
        (r.act, r.field, r.subject, r.value, r.hours, r.share)
        for r in read(message, view, "streams")
        if r.confident
    ]


def test_a_fraction_of_income_is_its_percentage() -> None:
    assert percents("the shop should bring in a quarter of my income") == [25.0]
    assert percents("two thirds of what I earn") == [66.7]
    assert percents("half the takings") == [50.0]


def test_a_fraction_of_anything_else_is_no_share() -> None:
    assert percents("half my time on it") == []
    assert percents("a quarter of the year off") == []


def test_a_new_stream_wished_to_earn_a_part_is_a_wish_with_that_share() -> None:
    assert said("I'd like medication reviews for care homes to earn a third of my income") == [
        ("wish", None, "medication reviews for care homes", None, None, 33.3)
    ]


def test_a_proposed_stream_wished_to_earn_a_part_is_an_edit_of_its_share() -> None:
    assert said("I'd like the locum work to be half my income") == [
        ("change", "stream.target_income_share", "locum work", 50.0, None, None)
    ]


def test_a_word_a_name_ends_in_names_that_stream_when_another_only_starts_with_it() -> None:
    view = PlanView(
        capacity=50,
        streams=(
            StreamView("dairy farm", "anchor", 40),
            StreamView("cheese stall", "client", 6),
            StreamView("farm shop experiments", "seed", 2),
        ),
    )
    assert said("put the cheese stall at 20% of income and the farm 70", view) == [
        ("change", "stream.target_income_share", "cheese stall", 20.0, None, None),
        ("change", "stream.target_income_share", "dairy farm", 70.0, None, None),
    ]
