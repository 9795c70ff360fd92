"""Money said in parts: savings with a pot held for something, pay said on both sides of tax
or of a business's costs, a figure said again with its scale, thousands grouped by a space, a
share in percent of a household's sum; each with the near miss that must stay as it was."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read

WORK = PlanView(capacity=40, activities=("plumber", "candle stall"))
BUFFER = ("capacity.cash_buffer", None)
SPENDING = ("capacity.monthly_spending", None)


def sure(message: str, ask: str, view: PlanView = WORK) -> dict[tuple[str, str | None], object]:
    return {(r.field or "", r.subject): r.value for r in read(message, view, ask)
            if r.act in {"fact", "change"} and r.confident}  # fmt: skip


def unsure(message: str, ask: str, view: PlanView = WORK) -> list[object]:
    return [r.value for r in read(message, view, ask)
            if r.act in {"fact", "change"} and not r.confident]  # fmt: skip


def income(message: str, work: str = "plumber") -> object:
    return sure(message, f"act:revenue:{work}").get(("activity.annual_revenue", work))


# savings held for something


def test_a_pot_said_to_be_for_something_is_left_out_of_the_savings() -> None:
    said = "roughly 5k in the current account, plus 12k in the ISA but that's for the extension"
    assert sure(said, "buffer")[BUFFER] == 5000


def test_a_pot_named_again_by_its_place_as_held_for_something_is_left_out() -> None:
    said = "3 grand in the joint account and 1.5 in mine, but the joint one is for the holiday"
    assert sure(said, "buffer")[BUFFER] == 1500


def test_a_part_of_the_savings_said_to_be_for_something_comes_off_them() -> None:
    said = "About $7k saved, but $2,500 of that is for the car insurance in March."
    assert sure(said, "buffer")[BUFFER] == 4500


def test_a_pot_kept_for_emergencies_is_still_the_buffer() -> None:
    said = "4k in savings and 2k in premium bonds, but that's for emergencies"
    assert sure(said, "buffer")[BUFFER] == 6000


def test_a_fixed_deposit_is_savings_beside_the_savings_account() -> None:
    said = "I have 300,000 naira in savings and 1m naira in a fixed deposit until March."
    assert sure(said, "buffer")[BUFFER] == 1_300_000


def test_a_house_deposit_is_still_no_buffer() -> None:
    assert BUFFER not in sure("I've 15k saved but it's the house deposit", "buffer")


# sides of pay


def test_a_salary_after_deductions_beside_the_pay_before_them_is_the_pay_before() -> None:
    said = "R21 400 a month after deductions. Before, around R27 000"
    assert income(said) == 27_000 * 12


def test_bruto_beside_netto_is_the_gross_pay() -> None:
    assert income("bruto 2.800 € per maand, netto ongeveer 2.050") == 2800 * 12


def test_a_gross_and_net_pay_with_no_period_that_could_be_a_month_is_asked_back() -> None:
    said = "gross 2 340 euros, in hand about 1 900"
    assert income(said) is None
    assert 2340.0 in unsure(said, "act:revenue:plumber")


def test_a_gross_and_net_pay_in_thousands_with_no_period_is_the_gross_year() -> None:
    assert income("48k gross, about 37k net") == 48_000


def test_the_net_a_seller_keeps_after_gross_sales_is_the_income() -> None:
    said = (
        "Gross sales came to £9,800 this year, but most goes back into wax and jars. "
        "Net maybe £2,400."
    )
    assert income(said, "candle stall") == 2400


# a figure and its scale, spaced thousands, pay runs, tips


def test_a_figure_said_again_with_its_thousands_is_the_later_one() -> None:
    assert income("Cleared 62 last year. 62 grand that is.") == 62_000


def test_a_count_and_a_price_that_happen_to_be_a_thousand_apart_stay_rivals() -> None:
    said = "sold 3 this year. paid like 900 each sold for 3000ish"
    assert income(said, "candle stall") != 3000


def test_how_many_pay_runs_is_no_money() -> None:
    assert income("$58,000 on a 10-month contract, paid over 12.") == 58_000


def test_the_whole_pay_with_tips_beside_an_hourly_base_is_the_year() -> None:
    said = "base is about $4 an hour plus tips, all told around $39k total last year with tips"
    assert income(said) == 39_000


def test_a_prefixed_dollar_names_its_own_currency() -> None:
    readings = read("Salary is J$210,000 a month.", WORK, "act:revenue:plumber")
    pay = [r for r in readings if r.field == "activity.annual_revenue"]
    assert [(r.value, r.currency, r.confident) for r in pay] == [(2_520_000.0, "JMD", True)]


# shares of spending


def test_a_percent_share_of_everything_said_is_that_share_of_the_sum() -> None:
    said = "Rent is $1,400 and the rest comes to about $1,100, and I pay about 40% of it all."
    assert sure(said, "spending")[SPENDING] == 1000


def test_another_person_paying_a_cost_separately_is_no_share_of_the_figure() -> None:
    said = "We spend about £2,300 a month; my partner pays the car separately."
    assert sure(said, "spending")[SPENDING] == 2300


# products of fees and counts, and prices alone


def test_fees_listed_then_each_counted_in_the_next_sentence_add_up() -> None:
    said = "Christenings £90, weddings £200. Did 6 christenings and 11 weddings last year"
    assert income(said, "candle stall") == 90 * 6 + 200 * 11


def test_fees_listed_with_only_one_counted_are_asked_back() -> None:
    said = "Weddings £200, funerals £100. Did 11 weddings this year"
    assert income(said, "candle stall") is None


def test_a_price_list_with_no_count_is_no_income_and_nothing_is_asked() -> None:
    said = "€30 for a small candle, €50 for a big jar one, I couldn't tell you how many"
    readings = read(said, WORK, "act:revenue:candle stall")
    assert not [r for r in readings if r.field == "activity.annual_revenue"]


def test_what_the_person_got_of_a_split_sum_keeps_its_thousands() -> None:
    said = "The two of us took about $40k last year, split it after fuel, so I got maybe 15"
    assert income(said) == 15_000


def test_couple_without_its_a_before_a_stretch_of_time_is_two() -> None:
    assert sure("Couple of months, tops.", "buffer")[("capacity.buffer_months", None)] == 2


def test_couple_said_of_people_is_no_number_of_months() -> None:
    assert ("capacity.buffer_months", None) not in sure("the couple upstairs owe me", "buffer")
