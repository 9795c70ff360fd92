"""Hours and money said in ways a reader has to put together: a break taken out of a day said
by the clock, days named with spaces between, pay said per two weeks, weeks without work."""

from __future__ import annotations

from agent.interviewer.reading import PlanView
from tests.support.reading import values


def test_a_break_said_with_words_between_is_taken_out_of_each_day() -> None:
    view = PlanView(activities=("bakery",))
    got = values("6 till 2, Tuesday to Saturday, break is quick, maybe 45 minutes",
                 "act:hours:bakery", view)  # fmt: skip
    assert got == {"activity.hours_per_week": 36.25}


def test_a_break_word_followed_by_more_work_is_no_break() -> None:
    view = PlanView(activities=("office",))
    got = values("9 to 5 mon-fri, lunch, then 2 hours of admin", "act:hours:office", view)
    assert got.get("activity.hours_per_week") != 37.5


def test_days_named_with_only_spaces_between_count_each_day() -> None:
    view = PlanView(activities=("swim coaching",))
    got = values("6:30 to 8:00am, Tue Thu Sat", "act:hours:swim coaching", view)
    assert got == {"activity.hours_per_week": 4.5}


def test_pay_every_two_weeks_is_paid_26_times_a_year() -> None:
    view = PlanView(activities=("warehouse",))
    got = values("take home is £1,150 every 2 weeks", "act:revenue:warehouse", view)
    assert got == {"activity.annual_revenue": 1150 * 26}


def test_weeks_laid_off_are_taken_out_of_the_year() -> None:
    view = PlanView(activities=("roofing",))
    got = values("$35 an hour, 40 hours a week, but we're usually laid off about 8 weeks in winter",
                 "act:revenue:roofing", view)  # fmt: skip
    assert got["activity.annual_revenue"] == 35 * 40 * 44


def test_the_length_of_one_sitting_said_not_weekly_is_asked_back() -> None:
    got = values("I run a pasta class for visitors too, 3-hour class, now and then", "activities")
    assert "activity.hours_per_week" not in got


def test_the_length_of_one_class_on_a_weekday_is_still_the_week() -> None:
    view = PlanView(activities=("choir",))
    got = values("Wednesday nights, it's a 2-hour rehearsal", "act:hours:choir", view)
    assert got == {"activity.hours_per_week": 2}


def test_the_usual_figure_after_a_good_times_figure_keeps_its_period() -> None:
    view = PlanView(activities=("market stall",))
    got = values("€1,200 a week in busy weeks, though on average about €800",
                 "act:revenue:market stall", view)  # fmt: skip
    assert got == {"activity.annual_revenue": 800 * 52}


def test_months_of_savings_said_as_advice_for_others_are_asked_back() -> None:
    got = values("around £7k put by, though advisers recommend 6 months", "buffer")
    assert got == {"capacity.cash_buffer": 7000}
    got = values("15k saved. the rule of thumb is 4 months for freelancers", "buffer")
    assert "capacity.buffer_months" not in got


def test_months_of_ones_own_savings_are_still_read() -> None:
    got = values("we've got enough for about 5 months", "buffer")
    assert got == {"capacity.buffer_months": 5}


def test_a_part_of_a_sum_put_right_replaces_that_part() -> None:
    got = values("rent 1,100, petrol 150, groceries 400. sorry, groceries is more like 500",
                 "spending")  # fmt: skip
    assert got == {"capacity.monthly_spending": 1750}


def test_a_part_put_right_is_never_added_as_one_more_part() -> None:
    got = values("mortgage 800, bills 250, food 350. actually mortgage is 850", "spending")
    assert got == {"capacity.monthly_spending": 1450}


def test_a_span_ending_at_midnight_or_noon_is_read_by_the_clock() -> None:
    view = PlanView(activities=("pub",))
    assert values("4 nights, 7pm till midnight", "act:hours:pub", view) == {
        "activity.hours_per_week": 20
    }
    assert values("Mon-Fri 9am to noon", "act:hours:pub", view) == {"activity.hours_per_week": 15}


def test_a_day_said_before_who_earns_is_the_amounts_period() -> None:
    view = PlanView(activities=("market stall",))
    got = values("every day we clear about KSh 4,000, 6 days a week", "act:revenue:market stall",
                 view)  # fmt: skip
    assert got == {"activity.annual_revenue": 4000 * 6 * 52}


def test_a_basic_wage_plus_an_amount_in_overtime_is_added() -> None:
    view = PlanView(activities=("mine fitter",))
    got = values("R 240 000 basic and about R 30 000 in overtime", "act:revenue:mine fitter", view)
    assert got == {"activity.annual_revenue": 270000}


def test_a_total_said_with_overtime_is_no_part_to_add() -> None:
    view = PlanView(activities=("porter",))
    got = values("£24k basic, 29k with overtime", "act:revenue:porter", view)
    assert got.get("activity.annual_revenue") != 53000
