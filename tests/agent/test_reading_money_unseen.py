"""Money as unseen people say it: how much of the year work runs, pay months beyond twelve,
holiday pay, ranges, parts and alternatives of savings and spending, a period said once for
a pay and its part, and notations of millions, ten-thousands and dollars by country."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.clauses import normalise
from agent.interviewer.reading.quantities import find_quantities
from tests.support.reading import values


def _income(message: str, work: str) -> dict[str, float]:
    return values(message, f"act:revenue:{work}", PlanView(activities=(work,)))


def test_the_weeks_a_year_work_runs_set_its_year() -> None:
    said = _income(
        "€40 an hour, 4 hours a week, and the course runs 36 weeks of the year", "pottery"
    )
    assert said["activity.annual_revenue"] == 40 * 4 * 36
    off = _income("$120 a shift, 3 shifts a week, but I take 8 weeks off a year", "bar")
    assert off == {"activity.annual_revenue": 120 * 3 * 44}


def test_weeks_of_the_year_said_of_nothing_paid_change_nothing() -> None:
    assert "weeks of" not in normalise("I was sick 3 weeks of the year")
    found = find_quantities(normalise("I was sick 3 weeks of the year"))
    assert [(q.kind, q.value, q.period) for q in found] == [("weeks", 3.0, "year")]


def test_a_thirteenth_or_fourteenth_month_said_by_its_ordinal_or_count() -> None:
    assert _income("1.900,00 € bruto al mes, más la 14ª", "taller") == {
        "activity.annual_revenue": 1900 * 14
    }
    assert _income("3.150,00 € netto, 13 Monatsgehälter", "Apotheke") == {
        "activity.annual_revenue": 3150 * 13
    }
    # thousands said with no period may be the year's: no salary count is applied to them
    said = read("40k, 14 salaries", PlanView(activities=("bank",)), "act:revenue:bank")
    assert not any(r.confident and r.value == 40000 * 14 for r in said)


def test_holiday_pay_said_as_a_share_is_added_to_the_year() -> None:
    said = _income("£1,950 a month plus 10% holiday pay", "care home")
    assert said == {"activity.annual_revenue": pytest.approx(1950 * 12 * 1.1)}


def test_a_range_between_two_amounts_is_its_midpoint_never_their_sum() -> None:
    said = read("between ₦150k and ₦250k a month", PlanView(activities=("tailoring",)),
                "act:revenue:tailoring")  # fmt: skip
    figures = [r.value for r in said if r.field == "activity.annual_revenue"]
    assert figures == [200000 * 12]


def test_savings_in_two_places_share_the_thousands_of_the_first() -> None:
    said = values("roughly 14k in the joint account and 2.5 in premium bonds", "buffer")
    assert said == {"capacity.cash_buffer": 16500.0}


def test_two_amounts_for_one_buffer_are_alternatives_not_parts() -> None:
    said = read("ungefähr 8k, nee, eher 6.500", PlanView(), "buffer")
    assert [r.value for r in said if r.field == "capacity.cash_buffer"] == [6500.0]
    usual = values("the card bill in December was 2,900 but usually 2,100", "buffer")
    assert usual == {"capacity.monthly_spending": 2100.0}


def test_a_part_of_a_pay_said_after_it_shares_its_period() -> None:
    said = _income("€2.100 a month basic plus shift allowance about €300", "ward")
    assert said == {"activity.annual_revenue": (2100 + 300) * 12}
    found = find_quantities(normalise("KSh 45,000 a month plus KSh 8k allowances"))
    assert [(q.value, q.period) for q in found] == [(45000.0, "month"), (8000.0, "month")]
    # a bonus is paid in its own time, never every month
    bonus = read("£2,400 a month plus a £2k bonus", PlanView(activities=("sales",)),
                 "act:revenue:sales")  # fmt: skip
    assert not any(r.value == (2400 + 2000) * 12 for r in bonus)


def test_gross_and_net_of_one_week_are_asked_which_to_plan_on() -> None:
    said = read("takings £900 a week gross, after the van and diesel about £500",
                PlanView(activities=("courier",)), "act:revenue:courier")  # fmt: skip
    money = [r for r in said if r.field == "activity.annual_revenue"]
    assert money and not any(r.confident for r in money)


def test_millions_ten_thousands_and_dollars_by_country() -> None:
    assert _income("omkring 2,4 mill kr i året", "rederi") == {"activity.annual_revenue": 2.4e6}
    said = read("월 250만원", PlanView(activities=("학원",)), "act:revenue:학원")
    assert [(r.value, r.currency) for r in said if r.field == "activity.annual_revenue"] == [
        (2_500_000.0, "KRW")
    ]
    quebec = read("j'ai facturé 41 200 $ CA", PlanView(activities=("montage",)),
                  "act:revenue:montage")  # fmt: skip
    assert [r.currency for r in quebec if r.field == "activity.annual_revenue"] == ["CAD"]


def test_months_said_in_other_languages_or_as_half_a_year() -> None:
    assert values("12.000 € op de rekening, genoeg voor 5 maanden", "buffer") == {
        "capacity.cash_buffer": 12000.0,
        "capacity.buffer_months": 5.0,
    }
    assert values("we could get by for half a year", "buffer") == {"capacity.buffer_months": 6.0}


def test_how_often_said_of_each_person_counts_every_person() -> None:
    said = _income("£30 a lesson, 5 pupils, every pupil comes twice a week", "piano")
    assert said == {"activity.annual_revenue": 30 * 2 * 52 * 5}
    # how often said of the work, not of each person: which it is stays asked
    unsure = read("£30 a lesson, 5 pupils, twice a week", PlanView(activities=("piano",)),
                  "act:revenue:piano")  # fmt: skip
    assert not any(r.confident and r.field == "activity.annual_revenue" for r in unsure)


def test_an_amount_said_as_what_a_cut_comes_to_is_the_income() -> None:
    said = _income("they keep 15% and what I get works out at about £1,900 a month", "agency")
    assert said == {"activity.annual_revenue": 1900 * 12}
    cut = read("£1,900 a month, they keep 15%", PlanView(activities=("agency",)),
               "act:revenue:agency")  # fmt: skip
    assert not any(r.confident and r.field == "activity.annual_revenue" for r in cut)


def test_a_fee_read_beside_another_part_of_the_pay_leaves_the_year_asked() -> None:
    # the hourly part is not known, so the nights alone are no year's pay
    said = read("€16 an hour, plus sleep-ins at €45 a night, 3 nights a week",
                PlanView(activities=("care work",)), "act:revenue:care work")  # fmt: skip
    assert not any(r.confident and r.field == "activity.annual_revenue" for r in said)
    # a year said after the fee as what it comes to stays the year
    assert _income("about $350 a day, so roughly 40k a year", "surveying") == {
        "activity.annual_revenue": 40000.0
    }
