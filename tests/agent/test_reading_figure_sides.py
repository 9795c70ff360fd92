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


def _one(message: str, ask: str, field: str) -> list[float]:
    return [float(r.value) for r in sure(message, ask) if r.field == field]  # type: ignore[arg-type]


SPENDING = "capacity.monthly_spending"
BUFFER = "capacity.cash_buffer"


def test_another_part_of_a_sum_in_thousands_keeps_the_thousands() -> None:
    assert _one("rent is 1.4k a month and food maybe another 0.6", "spending", SPENDING) == [2000]


def test_a_part_said_alone_is_inside_the_whole_not_added() -> None:
    said = "around 3,200 a month all told, the childcare alone is 900"
    assert _one(said, "spending", SPENDING) == [3200]


def test_a_month_put_right_with_more_counted_in_keeps_the_larger() -> None:
    said = "roughly 1800 a month, maybe 2050 with the van loan"
    assert _one(said, "spending", SPENDING) == [2050]


def test_parts_named_one_after_another_are_still_added() -> None:
    assert _one("rent 950, groceries 400", "spending", SPENDING) == [1350]


def test_savings_less_the_part_held_for_something_else() -> None:
    said = "About 14,000 in the building society, but 6,000 of that is set aside for the roof."
    assert _one(said, "buffer", BUFFER) == [8000]


def test_a_plain_day_rate_takes_the_days_said_beside_it() -> None:
    # no currency said: the days a week still say how often the day's pay comes
    assert _revenue("my cousin gives me 95 a day 3 days a week", DRIVING) == [95 * 3 * 52]


def test_a_plain_day_rate_with_no_days_is_asked() -> None:
    assert _revenue("my cousin gives me 95 a day", DRIVING) == []


def test_the_figure_said_as_the_more_honest_one_stands() -> None:
    said = "Maybe 35? I'm worn out most weeks though. 30 is more honest."
    assert _one(said, "capacity", "capacity.hours_per_week") == [30]


def _hours(message: str) -> list[float]:
    view = PlanView(activities=("cafe",))
    return [
        float(r.value)  # type: ignore[arg-type]
        for r in sure(message, "act:hours:cafe", view)
        if r.field == "activity.hours_per_week"
    ]


def test_a_meal_said_after_its_length_is_a_break_taken_out_of_the_day() -> None:
    assert _hours("7 till 4 monday to friday, half hour tea") == [42.5]


def test_another_hour_said_after_a_clock_day_is_added_to_each_day() -> None:
    assert _hours("11 till 5 at the stall, 4 days, then stock and cleaning another hour") == [28]


def test_another_hour_with_a_week_of_its_own_is_no_part_of_the_day() -> None:
    assert 28 not in _hours("11 till 5, 4 days, and another 2 hours a week of ordering")


def test_both_nights_counts_two_nights_past_midnight() -> None:
    assert _hours("10pm to 3, both nights") == [10]


def test_a_price_per_unit_times_the_units_sold_in_a_season_is_the_year() -> None:
    said = "firewood is $90 a cord these days, I sold 40 cord last winter"
    assert _revenue(said, BAKERY) == [3600]


def test_a_price_per_unit_with_units_of_no_period_is_asked() -> None:
    assert _revenue("firewood is $90 a cord, each load is 3 cord", BAKERY) == []


def test_pay_said_at_its_best_beside_a_basic_is_asked() -> None:
    said = "basic is 3,900, with overtime and allowances it can reach 5k+ a month"
    assert _revenue(said, DRIVING) == []


def test_tips_beside_a_base_rate_of_unsaid_hours_are_no_years_income() -> None:
    assert _revenue("the base is 12 an hour but tips run about $200 a weekend", DRIVING) == []


def test_a_salary_and_a_sized_bonus_are_still_added() -> None:
    assert _revenue("38k salary plus about 4k bonus", DRIVING) == [42000]


def test_a_named_day_given_whole_beside_clock_hours_is_asked() -> None:
    assert _hours("5 to 8 pm weekdays, and Saturday full day at the market") == []


def test_hours_a_day_on_days_off_of_unsaid_number_are_no_week() -> None:
    assert _hours("maybe 4 hours a day on my days off") == []


def test_how_long_a_hyphenated_job_lasts_is_no_week() -> None:
    assert _hours("call-outs are 3 hrs. some weeks none.") == []


def test_a_day_night_rota_with_its_shift_length_is_averaged() -> None:
    # 3 days and 3 nights on, 6 off: 6 shifts of 10 hours every 12 days
    assert _hours("10 hr shifts, 3 days 3 nights 6 off") == [35]


def test_a_day_night_rota_without_a_shift_length_gives_nothing() -> None:
    assert _hours("3 days 3 nights 6 off") == []


def test_shift_counts_that_take_turns_by_week_are_averaged() -> None:
    assert _hours("11 hour shifts, 2 one week and 4 the next") == [33]


def test_a_clock_span_said_for_both_days_is_read_as_a_day() -> None:
    assert _hours("4 to 6:30 both days") == [5]


def test_a_gross_that_opens_its_sentence_beats_the_take_home_said_before() -> None:
    said = "take-home 2,100 a month. Gross I'm not too sure, about 34 thousand"
    assert _revenue(said, DRIVING) == [34000]
