"""How steady a work's pay is, said by the times of the year or by spells rather than by a
label: asked, or said in passing while the pay is given. Inputs are in other words than the
messages that showed the cause."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read

BAKER = PlanView(capacity=45, activities=("wedding cakes", "school kitchen"))


def _volatility(message: str, ask: str) -> list[object]:
    return [r.value for r in read(message, BAKER, ask) if r.field == "activity.volatility"]


# Asked how steady the work is.


def test_a_time_of_year_with_no_work_is_a_swing() -> None:
    assert _volatility("no orders at all over january", "act:volatility:wedding cakes") == [
        "variable"
    ]


def test_pay_ruled_by_something_outside_is_a_swing() -> None:
    assert _volatility("the tourists decide everything", "act:volatility:wedding cakes") == [
        "variable"
    ]


def test_two_times_of_the_month_judged_apart_are_a_swing() -> None:
    message = "payday weekend is good, end of the month everyone is skint"
    assert _volatility(message, "act:volatility:wedding cakes") == ["variable"]


def test_pay_that_depends_on_nothing_is_still_steady() -> None:
    message = "steady, it doesn't depend on anything"
    assert _volatility(message, "act:volatility:school kitchen") == ["stable"]


# Said in passing at the question about the pay.


def test_a_season_much_busier_is_read_beside_the_pay() -> None:
    message = "about 9k a year, way more in june with the weddings"
    assert _volatility(message, "act:revenue:wedding cakes") == ["variable"]


def test_good_and_bad_nights_are_read_beside_the_pay() -> None:
    message = "some weekends 300 some weekends nothing, call it 600 a month"
    assert _volatility(message, "act:revenue:wedding cakes") == ["variable"]


def test_halves_of_the_year_set_apart_are_a_swing() -> None:
    message = "around 12k, the first half of the year is dead and the second half saves me"
    assert _volatility(message, "act:revenue:wedding cakes") == ["variable"]


def test_a_mild_dip_in_a_steady_trade_is_no_swing() -> None:
    message = "1,400 a month every month, a bit slower in august"
    assert _volatility(message, "act:revenue:school kitchen") == []


def test_two_seasons_figures_are_left_to_the_figures() -> None:
    message = "high season 2k a month, low season maybe half"
    assert _volatility(message, "act:revenue:wedding cakes") == []


def test_a_time_without_pay_beside_the_pay_is_left_to_ask() -> None:
    message = "2,100 a month on the payroll, no pay over christmas though"
    assert _volatility(message, "act:revenue:school kitchen") == []
