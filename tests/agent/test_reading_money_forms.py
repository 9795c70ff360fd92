"""Money forms the reading layer reads as a careful person would: currencies named by a symbol
or a word, periods in other languages and a fortnight, and totals that are no yearly figure."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, Reading, read
from agent.interviewer.reading.clauses import normalise
from agent.interviewer.reading.money_words import currency_of
from agent.interviewer.reading.quantities import find_quantities

NONE = PlanView()
SHOP = PlanView(activities=("Shop",))


def money(text: str) -> list[tuple[float, str | None, str]]:
    return [(q.value, q.currency, q.period) for q in find_quantities(normalise(text))
            if q.kind == "money"]  # fmt: skip


def sure(message: str, ask: str, view: PlanView = NONE) -> list[Reading]:
    return [r for r in read(message, view, ask) if r.act in {"fact", "change"} and r.confident]


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [("₦800k", 800000, "NGN"), ("KSh 40,000", 40000, "KES"), ("₱25,000", 25000, "PHP"),
     ("12,000 naira", 12000, "NGN"), ("$9,000 MXN", 9000, "MXN")],
)  # fmt: skip
def test_currencies_named_by_symbol_code_or_word(text: str, value: float, code: str) -> None:
    assert money(text)[0][:2] == (value, code)


def test_a_word_after_the_amount_overrides_a_plain_dollar_sign() -> None:
    assert currency_of("$", "pesos") is None  # which peso is not said
    assert currency_of("$", "aud") == "AUD"
    assert currency_of("£", None) == "GBP"
    assert money("$7,000 pesos a month") == [(7000, None, "month")]


@pytest.mark.parametrize(
    ("text", "period"),
    [("€900 al mes", "month"), ("$4,000/mes", "month"), ("300 € par mois", "month"),
     ("£45 a fortnight", "fortnight"), ("£250 profit a month", "month"),
     ("€60 commission a week", "week")],
)  # fmt: skip
def test_periods_in_other_words_and_languages(text: str, period: str) -> None:
    assert money(text)[0][2] == period


def test_a_fortnightly_amount_is_26_a_year() -> None:
    [revenue] = [r for r in sure("£45 a fortnight", "act:revenue:Shop", SHOP)]
    assert revenue.value == 45 * 26


def test_a_count_sold_without_a_period_is_no_yearly_figure() -> None:
    readings = read("I sold 40 mugs at £12 at the fair", SHOP, "act:revenue:Shop")
    revenue = [r for r in readings if r.field == "activity.annual_revenue"]
    assert revenue and all(not r.confident for r in revenue)  # 480 over what time?
    assert all(r.value != 40 * 12 * 52 for r in revenue)


def test_a_count_per_week_at_a_price_is_still_multiplied_out() -> None:
    [revenue] = [r for r in sure("8 mugs a week at £12", "act:revenue:Shop", SHOP)]
    assert revenue.value == 8 * 12 * 52


def test_a_number_said_in_sales_is_money_not_hours() -> None:
    [revenue] = [r for r in sure("about 300 a month in sales", "act:revenue:Shop", SHOP)]
    assert revenue.field == "activity.annual_revenue" and revenue.value == 3600


def test_money_the_household_uses_monthly_is_spending_not_savings() -> None:
    found = {r.field: r.value for r in sure("₦2m put by, monthly we use about ₦300k", "buffer")}
    assert found == {"capacity.cash_buffer": 2_000_000, "capacity.monthly_spending": 300_000}
