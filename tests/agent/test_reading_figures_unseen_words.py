"""Figures said with the scale words, currencies and periods of more languages: thousands and
millions in Hungarian, Romanian, Bosnian, Polish and as the "w" Chinese speakers type for 万,
currencies named by a local word or sign, pay periods said in other languages, and a 13th
month's pay named, or said to be missing."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView
from tests.support.reading import NONE, sure

_MONEY = {"capacity.cash_buffer", "capacity.monthly_spending", "activity.annual_revenue"}


def _money(message: str, ask: str, view: PlanView = NONE) -> list[tuple[float, str | None]]:
    return [(float(r.value), r.currency) for r in sure(message, ask, view) if r.field in _MONEY]


@pytest.mark.parametrize(
    ("message", "ask", "expected"),
    [
        ("we have about 900 ezer forint put away", "buffer", (900000, "HUF")),
        ("around 1,5 millió Ft on the savings account", "buffer", (1500000, "HUF")),
        ("economii cam 40 mii lei", "buffer", (40000, "RON")),
        ("na štednji oko 15 hiljada", "buffer", (15000, None)),
        ("oszczędności 60 tys. zł", "buffer", (60000, "PLN")),
        ("we live on about 9 000 pula a month", "spending", (9000, "BWP")),
        ("savings around 3 million dram", "buffer", (3000000, "AMD")),
        ("savings 12w rmb", "buffer", (120000, "CNY")),
        ("FJ$8,000 in the credit union", "buffer", (8000, "FJD")),
        ("Nu. 90,000 saved up", "buffer", (90000, "BTN")),
    ],
)
def test_an_amount_said_with_a_local_scale_or_currency_word_is_read_whole(
    message: str, ask: str, expected: tuple[float, str | None]
) -> None:
    assert _money(message, ask) == [expected]


def test_a_w_after_a_number_is_ten_thousands_only_beside_money() -> None:
    view = PlanView(activities=("dumplings",))
    got = _money("the dumplings make 2w a month", "act:revenue:dumplings", view)
    assert got == [(20000 * 12, None)]
    # three weeks on, one week off: no money, no ten-thousands
    assert not _money("i work 3w on 1w off at the mine", "activities")


def test_a_foot_is_no_forint() -> None:
    got = sure("I build 6 ft fences, 400 a week", "activities")
    assert all(r.currency != "HUF" for r in got)


@pytest.mark.parametrize(
    ("message", "yearly", "code"),
    [
        ("3.200 lei pe lună net", 3200 * 12, "RON"),
        ("nettó 450 000 Ft havonta", 450000 * 12, "HUF"),
        ("plata 1.800 € mjesečno", 1800 * 12, "EUR"),
        ("zarabiam 7 000 zł miesięcznie", 7000 * 12, "PLN"),
        ("зарплата 95 000 ₽ на руки every month", 95000 * 12, "RUB"),
    ],
)
def test_a_pay_period_said_in_another_language_makes_the_pay_yearly(
    message: str, yearly: float, code: str | None
) -> None:
    view = PlanView(activities=("clinic",))
    assert _money(message, "act:revenue:clinic", view) == [(yearly, code)]


def test_the_quetzal_glued_to_an_amount_is_money_but_a_quarter_is_not() -> None:
    view = PlanView(activities=("tours",))
    got = _money("Q350 a tour, about 6 tours a month", "act:revenue:tours", view)
    assert got == [(350 * 6 * 12, "GTQ")]
    assert not _money("Q3 was slow for the tours", "act:revenue:tours", view)


def test_a_13th_month_named_in_spanish_is_paid_and_a_missing_one_is_not() -> None:
    view = PlanView(activities=("bank",))
    got = _money("1.100 € al mes más el décimo tercero", "act:revenue:bank", view)
    assert got == [(1100 * 13, "EUR")]
    got = _money("2,000 a month, without a 13th salary", "act:revenue:bank", view)
    assert got == [(2000 * 12, None)]


def test_a_day_rate_times_the_days_of_a_season_is_the_year() -> None:
    view = PlanView(activities=("skiing",))
    got = _money("CHF 380 a day, about 45 days over the winter", "act:revenue:skiing", view)
    assert got == [(380 * 45, "CHF")]
    # days in a month are no season: left to be asked, never stored as the year
    got = _money("CHF 380 a day, about 12 days a month", "act:revenue:skiing", view)
    assert (380 * 12, "CHF") not in got


def test_how_often_said_before_the_amount_makes_it_each_time() -> None:
    view = PlanView(activities=("car boot",))
    got = _money("each saturday I take about £70", "act:revenue:car boot", view)
    assert got == [(70 * 52, "GBP")]


def test_my_part_said_as_what_i_count_is_the_share() -> None:
    view = PlanView(activities=("food truck",))
    got = _money(
        "the truck turns over €60k a year, my third is what I count", "act:revenue:food truck", view
    )
    assert got == [(20000, "EUR")]


def test_a_revised_amount_with_no_currency_keeps_the_one_named() -> None:
    got = _money("savings 40 mii lei, actually no, 35 mii", "buffer")
    assert got == [(35000, "RON")]


def test_the_currency_said_once_before_the_amounts_is_theirs() -> None:
    view = PlanView(activities=("consulting",))
    got = _money("In EUR: about 4,000 a month from consulting", "act:revenue:consulting", view)
    assert got == [(48000, "EUR")]


def test_weeks_of_a_shutdown_are_taken_off_the_year() -> None:
    view = PlanView(activities=("mill",))
    got = _money("$1,200 a week, except for 4 weeks holiday", "act:revenue:mill", view)
    assert got == [(1200 * 48, "USD")]


def test_one_good_day_is_no_usual_figure() -> None:
    view = PlanView(activities=("flower stall",))
    assert not _money("a good saturday we take 900", "act:revenue:flower stall", view)


def test_the_convertible_mark_is_told_from_kilometres_by_its_capitals() -> None:
    assert _money("about 9.000 KM on the account", "buffer") == [(9000, "BAM")]


def test_a_franc_said_as_f_before_what_it_pays_for() -> None:
    view = PlanView(activities=("vanilla",))
    got = _money("2 500 F a kilo, 40 kilos a month", "act:revenue:vanilla", view)
    assert all(code is None for _, code in got)


def test_a_total_that_counts_a_work_in_is_what_the_person_can_give() -> None:
    view = PlanView(activities=("warehouse", "food van"))
    got = [(r.field, r.value) for r in sure("about 55 all in including the van", "capacity", view)]
    assert got == [("capacity.hours_per_week", 55)]


def test_a_debt_repaid_beside_savings_is_no_month_of_spending() -> None:
    got = sure("£6k in the ISA. still paying back a student loan, 140 a month", "buffer")
    assert [(r.field, r.value) for r in got] == [("capacity.cash_buffer", 6000)]


def test_a_season_total_is_the_year() -> None:
    view = PlanView(activities=("ice cream van",))
    got = _money("last season the van took 21k all told", "act:revenue:ice cream van", view)
    assert got == [(21000, None)]


def test_days_of_hours_said_as_a_roster_are_the_week() -> None:
    view = PlanView(activities=("hospital",))
    got = sure("3-12s a week, nights", "act:hours:hospital", view)
    assert [(r.field, r.value) for r in got] == [("activity.hours_per_week", 36)]


def test_an_hourly_rate_with_weekly_hours_runs_for_the_months_named() -> None:
    view = PlanView(activities=("ski school",))
    got = _money(
        "€22 an hour, about 20 hours a week, from december to march", "act:revenue:ski school", view
    )
    assert got == [(round(22 * 20 * 52 * 4 / 12, 2), "EUR")]
