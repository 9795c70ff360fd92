"""Figures said with their other side or their parts: which one the reading keeps."""

from __future__ import annotations

from agent.interviewer.reading import PlanView
from tests.support.reading import stored, sure

BAKERY = PlanView(activities=("bakery",))
DRIVING = PlanView(activities=("bus driving",))


def _revenue(message: str, view: PlanView) -> list[float]:
    subject = view.activities[0]
    return [
        float(r.value)  # type: ignore[arg-type]
        for r in sure(message, f"act:revenue:{subject}", view)
        if r.field == "activity.annual_revenue"
    ]


def test_a_plain_number_said_gross_or_after_costs_is_no_count_of_things() -> None:
    # "40 gross", "30 after flour": amounts on their side of tax or costs, never 40 grosses
    readings = stored("takings 52k a year, 30 after flour and the oven loan", "act:revenue:bakery",
                      "bakery")  # fmt: skip
    assert ("activity.annual_revenue", 30.0) not in readings


def test_what_is_kept_said_next_after_the_takings_is_the_income() -> None:
    said = "The shop does about 52k gross. Probably 30 after flour and the oven loan."
    assert _revenue(said, BAKERY) == [30000]


def test_the_kept_figure_said_first_and_the_takings_after_are_still_asked() -> None:
    assert _revenue("30k after flour, maybe 52k takings", BAKERY) == []


def test_a_years_gross_said_short_beside_a_fortnights_take_home_is_in_thousands() -> None:
    # 1,900 a fortnight is 49,400 a year in hand; "61 gross" is that year's pay before tax
    assert _revenue("roughly 1,900 a fortnight in hand, 61 gross", DRIVING) == [61000]


def test_a_short_gross_far_from_the_take_home_is_not_scaled() -> None:
    # 9 thousand before tax could never be the pay of 1,900 a fortnight after it
    assert 9000 not in _revenue("roughly 1,900 a fortnight in hand, 9 gross", DRIVING)
