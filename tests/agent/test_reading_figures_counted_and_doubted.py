"""Figures built from parts the message gives (a count a day over the days said, weeks taken
off with "minus"), and figures too small to be meant as said, which are asked back.

The messages are in other trades and amounts than the ones that showed each cause; each
behaviour is tested where it could fail both ways.
"""

from __future__ import annotations

from agent.interviewer.reading import figure_words, money_said
from tests.support.reading import stored


def test_a_count_a_day_is_counted_over_the_days_a_week_said() -> None:
    read_as = stored("£2 a loaf, about 50 a day, 4 days a week", "act:revenue:baking", "baking")
    assert read_as == {("activity.annual_revenue", 2.0 * 50 * 4 * 52): True}
    # five days said, or none: the usual working week
    read_as = stored("£2 a loaf, about 50 a day, 5 days", "act:revenue:baking", "baking")
    assert read_as == {("activity.annual_revenue", 2.0 * 50 * 5 * 52): True}


def test_weeks_taken_off_with_minus_shorten_the_year() -> None:
    read_as = stored(
        "$2 a crate, I fill about 100 a day, 5 days, minus 4 weeks for winter",
        "act:revenue:picking",
        "picking",
    )
    assert read_as == {("activity.annual_revenue", 2.0 * 100 * 5 * 48): True}
    read_as = stored("£500 a week less 2 weeks off", "act:revenue:joinery", "joinery")
    assert read_as == {("activity.annual_revenue", 500.0 * 50): True}


def test_minus_before_something_other_than_weeks_off_takes_no_weeks_off() -> None:
    assert money_said.in_plain_words("£500 a week minus fuel") == "£500 a week minus fuel"
    # weeks said as a stretch of work, not as time off, are left alone
    said = "£500 a week minus 3 weeks of fuel money"
    assert money_said.in_plain_words(said) == said
    assert "47 weeks a year" in money_said.in_plain_words("£500 a week, minus 5 weeks for holidays")


def test_weekday_names_joined_by_an_are_two_days() -> None:
    read_as = stored("Saturday an Sunday I do 6 hours each day", "act:hours:market", "market")
    assert read_as == {("activity.hours_per_week", 12.0): True}


def test_savings_too_small_with_no_mark_of_money_are_asked_back() -> None:
    assert stored("the savings are 90 now", "buffer") == {("capacity.cash_buffer", 90.0): False}
    # with a currency, or large enough, they are stored
    assert stored("the savings are £90 now", "buffer") == {("capacity.cash_buffer", 90.0): True}
    assert stored("the savings are 4000 now", "buffer") == {("capacity.cash_buffer", 4000.0): True}


def test_a_months_spending_under_a_hundred_is_asked_back() -> None:
    assert stored("we spend about 6 a month", "spending") == {
        ("capacity.monthly_spending", 6.0): False
    }
    assert stored("we spend about 600 a month", "spending") == {
        ("capacity.monthly_spending", 600.0): True
    }


def test_clock_times_with_a_dot_before_the_minutes_are_a_span_of_the_day() -> None:
    read_as = stored("Mondays and Wednesdays 6.15 to 9", "act:hours:choir", "choir")
    assert read_as == {("activity.hours_per_week", 5.5): True}
    # a range of hours written with decimals stays a range of hours
    read_as = stored("somewhere 6.5 to 7.5 hours a week", "act:hours:choir", "choir")
    assert read_as == {("activity.hours_per_week", 7.0): True}


def test_a_dotted_number_before_hours_or_money_is_no_clock_time() -> None:
    assert figure_words.plain("6.30 to 7 hours") == "6.30 to 7 hours"
    assert figure_words.plain("1.20 to 1.45 per kilo") == "1.20 to 1.45 per kilo"
    assert figure_words.plain("fridays 7 to 10.30") == "fridays 7 to 10:30"


def test_an_income_answer_that_begins_with_depends_says_the_income_varies() -> None:
    read_as = stored(
        "depends on the tourists. last year about 9,000", "act:revenue:kayaks", "kayaks"
    )
    assert read_as == {
        ("activity.volatility", "variable"): True,
        ("activity.annual_revenue", 9000.0): True,
    }
    # "depending on" said after the figure is no word on the income's swing
    read_as = stored("about 9,000 a year depending on the tourists", "act:revenue:kayaks", "kayaks")
    assert ("activity.volatility", "variable") not in read_as


def test_some_years_set_against_some_years_is_variable() -> None:
    read_as = stored("some months nothing, some months 3 grand", "act:volatility:kilns", "kilns")
    assert read_as.get(("activity.volatility", "variable")) is True


def test_a_figure_the_person_disowns_is_asked_back() -> None:
    read_as = stored(
        "maybe 30 grand but I can't put a number on it", "act:revenue:salvage", "salvage"
    )
    assert read_as == {("activity.annual_revenue", 30000.0): False}
    read_as = stored(
        "maybe 30 grand, I put a number on it every year", "act:revenue:salvage", "salvage"
    )
    assert read_as == {("activity.annual_revenue", 30000.0): True}


def test_amounts_in_two_currencies_are_never_added_into_one() -> None:
    read_as = stored("I have 3 mln sum, also 800 dollars", "buffer")
    assert set(read_as.values()) == {False}
    # in one currency the parts are added
    assert stored("I have £3,000, also £800", "buffer") == {("capacity.cash_buffer", 3800.0): True}


def test_money_kept_out_of_reach_is_no_buffer_but_a_fixed_deposit_is() -> None:
    read_as = stored("savings 9000 euro. also 2000 for the car, not touch", "buffer")
    assert read_as == {("capacity.cash_buffer", 9000.0): True}
    assert stored("9000 euro in a fixed deposit", "buffer") == {
        ("capacity.cash_buffer", 9000.0): True
    }


def test_an_amount_with_no_period_beside_the_months_it_runs_is_asked_back() -> None:
    read_as = stored("about 4k, April to September", "act:revenue:ferry", "ferry")
    assert read_as == {("activity.annual_revenue", 4000.0): False}
    # said by the month, it runs over those months
    read_as = stored("about 4k a month, April to September", "act:revenue:ferry", "ferry")
    assert read_as == {("activity.annual_revenue", 24000.0): True}
