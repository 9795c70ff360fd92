"""Pay said by the month or the fortnight over the months it comes in: the months the message
says the work runs a year, or the year less the months the person names unpaid."""

from __future__ import annotations

from agent.interviewer.reading import PlanView
from tests.support.reading import values

GUIDE = PlanView(activities=("tour guiding",))


def test_a_fortnights_pay_not_paid_in_two_named_months_counts_ten_months() -> None:
    got = values(
        "roughly €900 a fortnight, but not in January and February, the tours stop",
        "act:revenue:tour guiding",
        GUIDE,
    )
    assert got == {"activity.annual_revenue": 19500}


def test_monthly_pay_in_parts_with_the_months_worked_said_apart() -> None:
    got = values(
        "$2,000 a month salary plus tips, about $500 per month. Only 6 months a year",
        "act:revenue:tour guiding",
        GUIDE,
    )
    assert got == {"activity.annual_revenue": 15000}


def test_monthly_pay_with_no_months_said_is_a_whole_year() -> None:
    got = values("$2,000 a month", "act:revenue:tour guiding", GUIDE)
    assert got == {"activity.annual_revenue": 24000}
