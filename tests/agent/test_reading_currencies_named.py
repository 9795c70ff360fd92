"""Currencies people name by their ISO code or by a local sign or word, millions and
thousands said in Vietnamese and Indonesian, and a bonus said as months of pay."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView
from tests.support.reading import NONE, sure, values


def _money(message: str, ask: str, view: PlanView = NONE) -> list[tuple[float, str | None]]:
    return [(float(r.value), r.currency) for r in sure(message, ask, view)
            if r.field in {"capacity.cash_buffer", "capacity.monthly_spending",
                           "activity.annual_revenue"}]  # fmt: skip


@pytest.mark.parametrize(
    ("message", "ask", "expected"),
    [
        ("about KZT 900,000 put aside", "buffer", (900000, "KZT")),
        (
            "we spend roughly 40,000 UGX a week on food and 300,000 UGX a month all in",
            "spending",
            None,
        ),
        ("Tk 45,000 a month for everything", "spending", (45000, "BDT")),
        ("I spend 2,400 shekels a month", "spending", (2400, "ILS")),
        ("savings of ₴ 60 000", "buffer", (60000, "UAH")),
        ("cerca de 3 mil soles ahorrados", "buffer", (3000, "PEN")),
        ("around 250,000 Frw in the bank", "buffer", (250000, "RWF")),
        ("maybe 4,000 lari saved", "buffer", (4000, "GEL")),
    ],
)
def test_a_currency_named_by_its_code_or_its_own_word_is_read(
    message: str, ask: str, expected: tuple[float, str] | None
) -> None:
    got = _money(message, ask)
    if expected is None:
        assert all(code == "UGX" for _, code in got)
    else:
        assert got == [expected]


def test_a_code_that_is_an_english_word_is_no_currency_inside_a_sentence() -> None:
    got = sure("I sell about 40 gel candles a month", "activities")
    assert all(r.currency is None for r in got)


def test_a_code_that_is_an_english_word_names_the_currency_before_a_period() -> None:
    view = PlanView(activities=("bar",))
    got = _money("the bar pays 1,400 GEL a month", "act:revenue:bar", view)
    assert got == [(1400 * 12, "GEL")]


def test_a_monthly_figure_with_an_unknown_word_for_its_currency_keeps_its_month() -> None:
    view = PlanView(activities=("guiding",))
    got = values("S/ 2,300 a month, steady", "act:revenue:guiding", view)
    assert got == {"activity.annual_revenue": 2300 * 12}


def test_millions_said_in_indonesian_and_vietnamese_are_millions() -> None:
    assert _money("tabungan Rp 25 juta", "buffer") == [(25_000_000, "IDR")]
    assert _money("chi tiêu khoảng 9 triệu đồng a month", "spending") == [(9_000_000, "VND")]


def test_a_bonus_worth_a_month_of_pay_adds_that_month_to_the_year() -> None:
    view = PlanView(activities=("clinic",))
    got = values("R 21 000 a month, plus a year-end bonus of one month", "act:revenue:clinic",
                 view)  # fmt: skip
    assert got == {"activity.annual_revenue": 21000 * 13}


def test_a_bonus_worth_half_a_month_adds_half() -> None:
    view = PlanView(activities=("library",))
    got = values("€2,400 a month and the holiday money, about half a month",
                 "act:revenue:library", view)  # fmt: skip
    assert got == {"activity.annual_revenue": 2400 * 12.5}


def test_a_month_taken_off_after_a_monthly_wage_is_no_bonus() -> None:
    view = PlanView(activities=("warehouse",))
    got = values("£1,900 a month, plus I take a month off in August", "act:revenue:warehouse",
                 view)  # fmt: skip
    assert got.get("activity.annual_revenue") != 1900 * 13


def test_a_share_said_as_a_fraction_after_the_whole_is_the_persons_part() -> None:
    got = values("the flat costs us £3,000 a month and I cover a third of it", "spending")
    assert got == {"capacity.monthly_spending": 1000}


def test_a_fraction_that_goes_on_costs_is_no_share() -> None:
    view = PlanView(activities=("candles",))
    got = values("about €8k last year, half of that goes on wax and jars", "act:revenue:candles",
                 view)  # fmt: skip
    assert got == {"activity.annual_revenue": 8000}


def test_a_half_share_said_in_spanish_or_french_is_the_persons_part() -> None:
    view = PlanView(activities=("taller",))
    got = values("vendimos 30.000 € en total, mi parte es la mitad", "act:revenue:taller", view)
    assert got == {"activity.annual_revenue": 15000}
