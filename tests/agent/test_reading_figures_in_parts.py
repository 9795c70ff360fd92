"""Hours and pay said in parts a reader puts together: times of day said with the part of the
day, a working week and a short day said apart, rotations of days on and off, pay every two
weeks, a pay's period said after a gloss of it, a 13th month called aguinaldo, and local
currency signs."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read
from tests.support.reading import sure, values


def test_times_said_with_the_part_of_the_day_and_a_break_make_the_days_hours() -> None:
    got = values(
        "The bakery has me from six in the morning until two in the afternoon, Tuesday to "
        "Saturday, less half an hour for lunch.",
        "capacity",
    )
    assert got == {"capacity.hours_per_week": 37.5}


def test_a_short_day_said_after_the_working_week_is_added_to_it() -> None:
    got = values("9am to 5pm Monday to Friday, and Sunday mornings from 10 until one.", "capacity")
    assert got == {"capacity.hours_per_week": 43}


def test_hours_of_one_weekday_are_not_taken_by_days_said_for_other_hours() -> None:
    view = PlanView(activities=("bookkeeping", "poetry"))
    got = values(
        "Sundays 10 till 1, and 2 hours every night Monday to Wednesday", "act:hours:poetry", view
    )
    assert got == {"activity.hours_per_week": 9}


def test_weekdays_said_by_their_first_letters() -> None:
    view = PlanView(activities=("school cleaner",))
    got = values("6am to 2pm M-F", "act:hours:school cleaner", view)
    assert got == {"activity.hours_per_week": 40}


def test_an_hourly_rate_over_one_short_named_weekday_is_that_day_each_week() -> None:
    view = PlanView(activities=("garden centre",))
    got = values("$15 an hour, 9 till 5 every sun", "act:revenue:garden centre", view)
    assert got["activity.annual_revenue"] == 15 * 8 * 52


def test_an_hourly_rate_over_a_day_on_days_not_said_is_no_year() -> None:
    view = PlanView(activities=("market stall",))
    got = values("£11 an hour, 9 till 5", "act:revenue:market stall", view)
    assert "activity.annual_revenue" not in got


def test_an_even_rotation_with_its_shift_length_averages_the_week() -> None:
    view = PlanView(activities=("mine electrician",))
    got = values("21/21. 12-hour days", "act:hours:mine electrician", view)
    assert got == {"activity.hours_per_week": 42}


def test_an_even_rotation_alone_gives_no_hours() -> None:
    view = PlanView(activities=("camp cook",))
    for said in ("7 and 7", "28/28"):
        assert values(said, "capacity", view) == {}, said


def test_a_score_or_count_done_is_no_rotation() -> None:
    view = PlanView(activities=("camp cook",))
    got = values("14/14 shifts done this year, 12 hour days", "act:hours:camp cook", view)
    assert got.get("activity.hours_per_week") != 42


def test_pay_biweekly_comes_26_times_a_year() -> None:
    view = PlanView(activities=("county clerk",))
    got = sure("$1,900 biweekly, net.", "act:revenue:county clerk", view)
    assert [(r.value, r.currency) for r in got] == [(1900 * 26, "USD")]


def test_a_pays_period_said_after_its_gloss_is_its_period() -> None:
    view = PlanView(activities=("nurse",))
    got = sure("2.100 € líquido, net, per month", "act:revenue:nurse", view)
    assert [(r.value, r.currency) for r in got] == [(2100 * 12, "EUR")]
    got = values("38.000 nominal por mes", "act:revenue:nurse", view)
    assert got == {"activity.annual_revenue": 38000 * 12}


def test_aguinaldo_is_a_13th_months_pay() -> None:
    view = PlanView(activities=("bank teller",))
    got = values("48.000 pesos por mes, más aguinaldo", "act:revenue:bank teller", view)
    assert got == {"activity.annual_revenue": 48000 * 13}


def test_local_currency_signs_name_their_currency() -> None:
    view = PlanView(activities=("tour guide",))
    for said, code in [
        ("J$60,000 a month", "JMD"),
        ("$U 30.000 a month", "UYU"),
        ("1,200 JD a month", "JOD"),
        ("35 000 Kč a month", "CZK"),
    ]:
        got = sure(said, "act:revenue:tour guide", view)
        assert [r.currency for r in got] == [code], said


def test_a_message_opening_on_the_year_as_a_whole_names_no_work() -> None:
    got = read("Taking the year as a whole, 9am to 5pm, Monday to Friday.", PlanView(), "capacity")
    assert not any(r.field == "activity" for r in got)


def test_the_figure_settled_on_after_call_it_is_the_year() -> None:
    view = PlanView(activities=("translation", "picture books"))
    got = sure(
        "Picture books: a £9,000 advance over three years, so call it £3k a year.",
        "act:revenue:picture books",
        view,
    )
    assert [(r.field, r.value, (r.subject or "").casefold()) for r in got] == [
        ("activity.annual_revenue", 3000, "picture books")
    ]


def test_hours_given_on_top_of_the_job_add_to_its_hours() -> None:
    view = PlanView(activities=("pharmacist", "tutoring"))
    got = values(
        "The pharmacy is 8 to 4, Monday to Friday. On top of that I could give 6 hours.",
        "capacity",
        view,
    )
    assert got["capacity.hours_per_week"] == 46


def test_takings_said_for_one_named_month_are_asked_back() -> None:
    view = PlanView(activities=("ceramics",))
    got = read("Craft fairs bring maybe £900 in November.", view, "act:revenue:ceramics")
    assert not any(r.confident for r in got if r.field == "activity.annual_revenue")


def test_savings_none_to_speak_of_are_asked_back_not_zero() -> None:
    got = read("nothing to speak of in savings, we spend about 2k a month", PlanView(), "buffer")
    assert not any(r.confident for r in got if r.field == "capacity.cash_buffer")


def test_zero_for_some_weeks_is_no_figure_of_the_work() -> None:
    view = PlanView(activities=("proofreading",))
    got = values("zero some weeks, 20 in a busy one. 5 on average.", "act:hours:proofreading", view)
    assert got == {"activity.hours_per_week": 5}


def test_things_sold_at_their_prices_in_a_year_are_added() -> None:
    view = PlanView(activities=("boat building",))
    got = values(
        "This year I finished two of the small dinghies at $4,500 and three skiffs at $9,000.",
        "act:revenue:boat building",
        view,
    )
    assert got == {"activity.annual_revenue": 36000}


def test_things_sold_at_a_price_each_time_are_no_year() -> None:
    view = PlanView(activities=("boat building",))
    got = values("8 people at £140 each, 6 times a year", "act:revenue:boat building", view)
    assert got == {"activity.annual_revenue": 140 * 8 * 6}


def test_months_named_closed_are_taken_out_of_the_year() -> None:
    view = PlanView(activities=("ice cream van",))
    said = "£500 a week, but we're closed in December and January"
    got = values(said, "act:revenue:ice cream van", view)
    assert round(got["activity.annual_revenue"]) == round(500 * 52 * 10 / 12)


def test_a_span_of_months_closed_is_no_count_of_weeks() -> None:
    view = PlanView(activities=("ice cream van",))
    got = values("£500 a week, closed November to March", "act:revenue:ice cream van", view)
    assert got.get("activity.annual_revenue") != 500 * 52 * 10 / 12


def test_thousands_said_in_czech_polish_or_german() -> None:
    for said, value in [("80 tisíc Kč", 80000), ("25 tys. zł", 25000), ("12 tausend €", 12000)]:
        got = values(f"in the bank: {said}", "buffer")
        assert got == {"capacity.cash_buffer": value}, said


def test_a_salary_is_the_pay_of_the_one_job_on_record() -> None:
    view = PlanView(activities=("dental technician", "pottery"))
    got = sure("Salary is 2,100 dinars a month. Pottery maybe 300 a month.", "activities", view)
    pay = [r for r in got if r.field == "activity.annual_revenue" and r.value == 25200]
    assert [(r.subject or "").casefold() for r in pay] == ["dental technician"]


def test_hours_of_one_season_with_nothing_between_are_asked_back() -> None:
    view = PlanView(activities=("ski instructing",))
    got = values("45 in the winter, nothing in between", "act:hours:ski instructing", view)
    assert got == {}
