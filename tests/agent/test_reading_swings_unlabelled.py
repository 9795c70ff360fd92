"""How steady a work's pay is, said at the pay question without a word for it: spells with none
of the work, one time of the year said far busier than another, a named time of the year with
twice the work or with the customers gone. Inputs are in the tests' own words."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read

POTTER = PlanView(capacity=40, activities=("library assistant", "pottery"))
ASK = "act:revenue:pottery"


def _volatility(message: str, ask: str = ASK) -> list[object]:
    return [r.value for r in read(message, POTTER, ask) if r.field == "activity.volatility"]


def test_spells_with_none_of_the_work_are_a_swing() -> None:
    assert _volatility("Some weeks nothing, then four commissions at once. Maybe 3k a year.") == [
        "variable"
    ]


def test_one_season_said_far_busier_than_another_is_a_swing() -> None:
    assert _volatility("sold about 90 mugs at $30, autumn was much busier than spring") == [
        "variable"
    ]


def test_a_named_time_of_the_year_with_twice_the_work_is_a_swing() -> None:
    assert _volatility("about £200 a month, wedding period double") == ["variable"]


def test_a_named_time_of_the_year_when_buyers_stop_coming_is_a_swing() -> None:
    said = "£15 a class, 12 regulars, but in harvest time most stop coming"
    assert _volatility(said) == ["variable"]


def test_a_time_of_the_day_or_of_a_job_is_no_time_of_the_year() -> None:
    assert _volatility("£300 a month, part time double shifts on saturdays") == []


def test_a_season_said_busier_but_the_pay_called_stable() -> None:
    said = "winter's a bit busier but I'd call it stable"
    assert _volatility(said, "act:volatility:pottery") == ["stable"]


def test_what_sets_a_price_range_is_no_swing_of_the_pay() -> None:
    said = "A bowl is 60 to 140 €, depends on the glaze. This year I sold 20."
    assert _volatility(said) == []


def test_the_pay_said_to_depend_on_something_is_still_a_swing() -> None:
    assert _volatility("depends on the markets, about 4k last year") == ["variable"]
