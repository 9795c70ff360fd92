"""Money forms the reading layer reads as a careful person would: currencies named by a symbol
or a word, periods in other languages and a fortnight, and totals that are no yearly figure."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.clauses import normalise
from agent.interviewer.reading.money_words import currency_of
from agent.interviewer.reading.quantities import find_quantities
from tests.support.reading import NONE, sure

SHOP = PlanView(activities=("Shop",))


def money(text: str) -> list[tuple[float, str | None, str]]:
    return [(q.value, q.currency, q.period) for q in find_quantities(normalise(text))
            if q.kind == "money"]  # fmt: skip


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
    assert all(not r.confident for r in revenue)  # 480 over what time?
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


def test_a_fortnightly_fee_is_no_fee_per_item_of_the_days_said() -> None:
    readings = sure("office manager 4 days, and I sell candles, £40 a fortnight", "activities")
    assert [r.value for r in readings if r.field == "activity.annual_revenue"] == [40 * 26]


@pytest.mark.parametrize(
    "message",
    ["choir leader on sundays (unpaid mostly)", "tenant organising, some paid, lots of unpaid",
     "mostly voluntary, the choir"],
)  # fmt: skip
def test_work_partly_paid_is_no_zero(message: str) -> None:
    zero = [r for r in read(message, NONE, "activities") if r.value == 0.0]
    assert all(not r.confident for r in zero)


def test_work_paid_in_kind_is_no_zero() -> None:
    readings = sure("I teach climbing at the wall, 3 hrs a week, for free membership", "activities")
    assert not [r for r in readings if r.field == "activity.annual_revenue"]
    assert [r.value for r in sure("I coach juniors for free", "activities")
            if r.field == "activity.annual_revenue"] == [0.0]  # fmt: skip


def test_a_share_of_the_takings_not_sized_is_asked_back() -> None:
    message = "we cook 20 meals a day at £6, but that's shared income with my brother"
    revenue = [r for r in read(message, SHOP, "act:revenue:Shop")
               if r.field == "activity.annual_revenue"]  # fmt: skip
    assert revenue and all(not r.confident for r in revenue)


def test_a_share_of_the_takings_sized_in_words_is_that_share() -> None:
    # "I get a third" of each £900: £300 a wedding, two a month
    message = "we play 2 weddings a month at £900 each, I get a third"
    revenue = [r.value for r in read(message, SHOP, "act:revenue:Shop")
               if r.field == "activity.annual_revenue" and r.confident]  # fmt: skip
    assert revenue == [7200.0]


def test_an_hourly_rate_on_a_contract_of_some_months_is_no_years_income() -> None:
    readings = read("data contract, 4 months, $60/hr 35 hrs/week", NONE, "activities")
    assert not [r for r in readings if r.field == "activity.annual_revenue"]


def test_the_net_beats_the_turnover_and_now_beats_before() -> None:
    # net said as the person's own take wins; net and turnover with no such word are asked back
    assert [r.value for r in sure("80k turnover, to me after materials 41k", "act:revenue:Shop",
            SHOP) if r.field == "activity.annual_revenue"] == [41000]  # fmt: skip
    assert [r.value for r in sure("41k after materials, 80k turnover", "act:revenue:Shop", SHOP)
            if r.field == "activity.annual_revenue"] == []  # fmt: skip
    assert [r.value for r in sure("about 7k last year, up from 4k", "act:revenue:Shop", SHOP)
            if r.field == "activity.annual_revenue"] == [7000]  # fmt: skip


def test_a_figure_put_right_at_once_replaces_the_one_before() -> None:
    found = {
        r.field: r.value for r in sure("15k saved, we spend 2,5k a month, no wait, 2k", "buffer")
    }
    assert found == {"capacity.cash_buffer": 15000, "capacity.monthly_spending": 2000}


def test_a_figure_taken_back_at_the_start_of_a_sentence_makes_a_change() -> None:
    [r] = sure("I said 900 but it was nearer 1,400", "act:revenue:Shop", SHOP)
    assert (r.act, r.value) == ("change", 1400)


def test_my_hours_asked_to_change_at_the_spending_question_is_no_money() -> None:
    readings = sure("about 1.8k a month. and please change my hours to 40", "spending")
    assert ("capacity.monthly_spending", 1800) in [(r.field, r.value) for r in readings]
    assert all(r.value != 40 for r in readings if r.field == "capacity.monthly_spending")


def test_a_number_after_a_noun_that_is_no_money_word_is_asked_back() -> None:
    readings = read("my app (downloads 5,200 so far)", NONE, "activities")
    assert all(not r.confident for r in readings if r.field == "activity.annual_revenue")
    assert [r.value for r in sure("bar work, wages 9,000", "activities")
            if r.field == "activity.annual_revenue"] == [9000]  # fmt: skip


def test_a_small_amount_with_no_period_in_a_list_is_asked_back() -> None:
    readings = read("gardening, they give me £40 and lunch", NONE, "activities")
    assert all(not r.confident for r in readings if r.field == "activity.annual_revenue")


def test_thousands_grouped_the_swiss_way_and_one_currency_for_the_message() -> None:
    found = {
        r.field: (r.value, r.currency)
        for r in sure("CHF 45'000 put by, we spend 6'200 a month", "buffer")
    }
    assert found == {
        "capacity.cash_buffer": (45000, "CHF"),
        "capacity.monthly_spending": (6200, "CHF"),
    }


def test_a_period_said_before_the_amount() -> None:
    found = {r.field: r.value for r in sure("savings 9.000 €, monthly about 1.500 €", "buffer")}
    assert found == {"capacity.cash_buffer": 9000, "capacity.monthly_spending": 1500}


def test_a_quarterly_amount_is_four_a_year() -> None:
    [r] = sure("about 2,500 a quarter", "act:revenue:Shop", SHOP)
    assert r.value == 10000


def test_hours_and_days_said_for_last_year_are_spread_over_the_year() -> None:
    [r] = [r for r in sure("£200 a day, I worked 60 days last year", "act:revenue:Shop", SHOP)
           if r.field == "activity.annual_revenue"]  # fmt: skip
    assert r.value == 12000
    [r] = [r for r in sure("$90/hr, I billed 520 hours last year", "act:revenue:Shop", SHOP)
           if r.field == "activity.annual_revenue"]  # fmt: skip
    assert round(r.value) == 46800


def test_it_pays_the_bills_is_no_spending() -> None:
    readings = sure("the office job pays the bills (about £24k)", "underused")
    assert not [r for r in readings if r.field == "capacity.monthly_spending"]


def test_money_for_part_of_the_year_is_asked_back() -> None:
    readings = read("I run one evening class, £300 per month during semester", NONE, "activities")
    assert all(not r.confident for r in readings if r.field == "activity.annual_revenue")


def test_a_small_bare_figure_at_the_savings_question_is_asked_back() -> None:
    readings = read("hmm, 40 really", NONE, "buffer")
    assert readings and all(not r.confident for r in readings if r.field)
    # nobody spends nothing a month: a zero there is the savings
    [zero] = [r for r in read("hmm, 0 really", NONE, "buffer") if r.field]
    assert (zero.field, zero.value, zero.confident) == ("capacity.cash_buffer", 0.0, True)


def test_a_figure_said_as_the_total_is_the_total_of_the_field_just_read() -> None:
    found = {
        r.field: r.value
        for r in sure("about 5k, we spend 900 a month on rent, 1400 all in", "buffer")
    }
    assert found == {"capacity.cash_buffer": 5000, "capacity.monthly_spending": 1400}


def test_a_day_rate_named_in_german_before_the_amount() -> None:
    readings = sure("IT-Berater, Tagessatz 800 €, about 10 days per month", "activities")
    assert [r.value for r in readings if r.field == "activity.annual_revenue"] == [96000]
    assert "tagessatz" not in [r.value for r in readings if r.field == "activity"]


def test_a_couple_of_times_is_too_loose_for_a_yearly_figure() -> None:
    readings = read("I DJ a couple of times a month, £150 a gig", NONE, "activities")
    assert all(not r.confident for r in readings if r.field == "activity.annual_revenue")


def test_spending_said_as_one_part_of_it_is_asked_back() -> None:
    readings = read("the mortgage is 1,400, not counting bills", NONE, "spending")
    assert readings and all(not r.confident for r in readings if r.field)
    assert [r.value for r in sure("mortgage plus bills is about 2,100 a month", "spending")] == [
        2100
    ]


def test_a_tenner_and_a_fiver_are_money() -> None:
    assert money("a tenner")[0][:2] == (10, "GBP") and money("a fiver")[0][:2] == (5, "GBP")


def test_a_monthly_fee_for_each_of_several_clients() -> None:
    readings = sure("payroll for 3 small firms, 250 a month each, about 6h a week", "activities")
    assert [r.value for r in readings if r.field == "activity.annual_revenue"] == [9000]


def test_a_figure_typed_wrong_and_the_one_meant() -> None:
    [r] = sure("sorry I typed 63, I meant 36", "capacity", PlanView(capacity=63))
    assert (r.act, r.value) == ("change", 36)
