"""Figures in the world's notations: pay that comes more than twelve times a year, hours said
with the units of other languages, a fee per shift or per day beside how many are worked."""

from __future__ import annotations

from agent.interviewer.reading import PlanView
from tests.support.reading import sure, values


def test_fourteen_salaries_make_the_year_fourteen_months_of_pay() -> None:
    view = PlanView(activities=("nursing",))
    got = values("cobro 1.950 € netos al mes, 14 pagas", "act:revenue:nursing", view)
    assert got == {"activity.annual_revenue": 1950 * 14}


def test_a_thirteenth_month_said_as_an_ordinal_counts_too() -> None:
    view = PlanView(activities=("bank clerk",))
    got = values("$3,100 a month plus a 13th month salary", "act:revenue:bank clerk", view)
    assert got == {"activity.annual_revenue": 3100 * 13}


def test_the_count_of_salaries_is_never_read_as_hours() -> None:
    got = sure("Lagerarbeit: 38 Stunden pro Woche, 2.300 € brutto im Monat, 14 Gehälter",
               "activities")  # fmt: skip
    hours = [r.value for r in got if r.field == "activity.hours_per_week"]
    revenue = [r.value for r in got if r.field == "activity.annual_revenue"]
    assert hours == [38]
    assert revenue == [2300 * 14]


def test_twelve_days_holiday_beside_a_monthly_wage_changes_nothing() -> None:
    view = PlanView(activities=("warehouse",))
    got = values("£2,200 a month and 14 days holiday", "act:revenue:warehouse", view)
    assert got == {"activity.annual_revenue": 2200 * 12}


def test_a_fee_per_shift_is_paid_as_often_as_the_shifts_counted() -> None:
    got = values("care work, 3 x 12hr nights, £210 a night", "activities")
    assert got == {"activity.hours_per_week": 36, "activity.annual_revenue": 210 * 3 * 52}


def test_a_day_rate_beside_one_weekday_is_paid_once_a_week() -> None:
    got = values("on Sundays I do the car boot sale, €120 a day", "activities")
    assert got == {"activity.annual_revenue": 120 * 52}


def test_a_day_rate_with_no_day_said_is_still_asked_back() -> None:
    got = values("stewarding at the stadium, £95 a shift", "activities")
    assert "activity.annual_revenue" not in got


def test_a_hedge_in_another_language_is_no_name_of_work() -> None:
    got = sure("traduction technique, environ 22 000 € par an", "activities")
    named = {r.value for r in got if r.field == "activity"}
    assert named == {"traduction technique"}
    revenue = [(r.subject, r.value) for r in got if r.field == "activity.annual_revenue"]
    assert revenue == [("traduction technique", 22000)]


def test_canadian_dollars_are_not_read_as_an_approximation() -> None:
    got = values("we spend CA$3,200 a month", "buffer")
    assert got == {"capacity.monthly_spending": 3200}


def test_hours_in_dutch_and_norwegian_units() -> None:
    assert values("magazijn: 32 u/week", "activities") == {"activity.hours_per_week": 32}
    assert values("sykepleier, 33,5 t/uke", "activities") == {"activity.hours_per_week": 33.5}


def test_a_rate_said_in_words_keeps_its_hour_as_the_period() -> None:
    view = PlanView(activities=("piano lessons",))
    got = values("I charge thirty five an hour, four hours a week", "act:revenue:piano lessons",
                 view)  # fmt: skip
    assert got["activity.annual_revenue"] == 35 * 4 * 52


def test_hours_of_work_named_for_one_weekday_are_that_day_each_week() -> None:
    view = PlanView(activities=("pottery",))
    said = "and I've just begun a Tuesday pottery class for kids, 2 hours"
    got = sure(said, "act:energy:pottery", view)
    hours = [r.value for r in got if r.field == "activity.hours_per_week"]
    assert hours == [2]


def test_hours_at_a_word_question_with_no_day_or_period_are_still_asked() -> None:
    view = PlanView(activities=("pottery",))
    got = sure("a pottery class for kids, 2 hours", "act:energy:pottery", view)
    assert not [r for r in got if r.field == "activity.hours_per_week"]
