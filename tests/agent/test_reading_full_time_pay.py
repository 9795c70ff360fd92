"""Pay said as a full-time figure beside the share of full time worked: the share is worked
out and said back, never stored as read; the share of the post is no figure of its own."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, Reading, read

JOB = PlanView(activities=("social work",))
ASK = "act:revenue:social work"


def _pay(message: str, ask: str = ASK) -> list[Reading]:
    return [r for r in read(message, JOB, ask) if r.field == "activity.annual_revenue"]


def test_pro_rata_beside_a_share_of_a_post_is_said_back_as_that_share() -> None:
    [pay] = _pay("0.6 FTE, $71,000 pro rata")
    assert not pay.confident
    assert pay.value == pytest.approx(42_600)
    assert "71,000" in pay.note and "42,600" in pay.note


def test_a_full_time_figure_beside_days_worked_is_that_part_of_five_days() -> None:
    [pay] = _pay("the full time salary is €40k but I only work 4 days")
    assert not pay.confident
    assert pay.value == pytest.approx(32_000)


def test_the_share_of_the_post_is_no_pay() -> None:
    found = _pay("FTE salary is 64k and I'm 0.5")
    assert [r.value for r in found] == [pytest.approx(32_000)]
    assert not any(r.confident for r in found)


def test_pro_rata_alone_is_asked_what_is_paid() -> None:
    [pay] = _pay("£26k pro rata")
    assert not pay.confident


def test_pay_of_a_full_time_job_is_kept() -> None:
    [pay] = _pay("I work full time, 45k")
    assert pay.confident and pay.value == 45_000
