"""Messages that mix English with the hours, pay and limit words of another language, and pay
said before or after tax with its period: read as the same message in English would be."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read


def sure(message: str, ask: str) -> dict[str, object]:
    return {
        str(r.field): r.value
        for r in read(message, PlanView(), ask)
        if r.act == "fact" and r.confident and r.field != "activity"
    }


@pytest.mark.parametrize(
    ("message", "hours", "pay"),
    [
        ("ik ben verpleegkundige, 32 uur per week, 2.900 € netto per maand", 32.0, 34800.0),
        ("je suis boulangère, 35 heures par semaine, 1 900 € net par mois", 35.0, 22800.0),
        ("I'm a welder, 40 hours a week, about 2,800 net a month", 40.0, 33600.0),
    ],
)
def test_hours_and_monthly_pay_in_other_words_are_read(
    message: str, hours: float, pay: float
) -> None:
    got = sure(message, "activities")
    assert got["activity.hours_per_week"] == hours
    assert got["activity.annual_revenue"] == pytest.approx(pay)


def test_a_limit_and_savings_said_in_german_words() -> None:
    assert sure("höchstens 40 hours, no work on Saturdays", "capacity") == {
        "capacity.hours_per_week": 40.0,
        "capacity.constraints": "no work on Saturdays",
    }
    assert sure("around 7.500 € Ersparnisse", "buffer") == {"capacity.cash_buffer": 7500.0}


@pytest.mark.parametrize(
    "message",
    [
        "I'm a baker, employed by a supermarket chain, 37 hours a week",
        "I'm a bakker, in loondienst at a bakery in Utrecht, 37 uur per week",
    ],
)
def test_where_a_job_is_held_is_no_name_of_its_own(message: str) -> None:
    named = [r.value for r in read(message, PlanView(), "context") if r.field == "activity"]
    assert named and all("supermarket" not in str(n) and "bakery" not in str(n) for n in named)
