"""A price of one thing said beside how many were sold or done: the count over the year the
sentence names gives the year's figure; a price alone is never a year's income; a remark that
one part of the year is busier leaves the usual figure standing."""

from __future__ import annotations

from agent.interviewer.reading import PlanView
from tests.support.reading import stored, values

JAM = PlanView(activities=("jam making",))


def test_a_count_sold_this_year_at_an_average_price_is_that_years_takings() -> None:
    got = values(
        "sold around 2,500 jars this year at about 6 dollars average", "act:revenue:jam making", JAM
    )
    assert got == {"activity.annual_revenue": 15000}


def test_a_price_said_after_a_count_is_never_the_years_figure_by_itself() -> None:
    got = stored("I sold 30 hampers, average price 45 €", "act:revenue:jam making", "jam making")
    assert (("activity.annual_revenue", 45.0), True) not in got.items()


def test_jobs_counted_last_year_times_the_price_each_is_the_year() -> None:
    got = values(
        "Last year we catered 24 weddings, average is about $900 each",
        "act:revenue:jam making",
        JAM,
    )
    assert got == {"activity.annual_revenue": 21600}


def test_a_count_so_far_this_year_is_still_asked_over_what_time() -> None:
    got = stored("so far this year 12 orders at $50 each", "act:revenue:jam making", "jam making")
    assert not any(sure for (field, _), sure in got.items() if field == "activity.annual_revenue")


def test_a_busier_time_of_year_said_as_a_remark_leaves_the_usual_week_standing() -> None:
    got = values(
        "£8 a jar, about 10 jars a week, more around christmas", "act:revenue:jam making", JAM
    )
    assert got == {"activity.annual_revenue": 4160}


def test_a_weekly_figure_said_of_one_season_only_is_still_asked_back() -> None:
    got = stored("£8 a jar, about 10 jars a week in summer", "act:revenue:jam making", "jam making")
    assert not any(sure for (field, _), sure in got.items() if field == "activity.annual_revenue")


def test_a_fee_and_a_years_count_in_sentences_of_their_own_with_a_freebie_beside() -> None:
    got = values(
        "$250 a roof. Did 30 last year. Gutter checks I do for free.",
        "act:revenue:jam making",
        JAM,
    )
    assert got == {"activity.annual_revenue": 7500}


def test_a_fee_beside_another_income_is_not_multiplied_by_it() -> None:
    got = stored(
        "$250 a roof, and $2,000 a month from the retainer", "act:revenue:jam making", "jam making"
    )
    assert (("activity.annual_revenue", 500000.0), True) not in got.items()
    assert not any(sure for (field, _), sure in got.items() if field == "activity.annual_revenue")
