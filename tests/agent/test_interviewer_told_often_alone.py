"""How often work comes, said with no fee ("about 2 weddings a month"), is kept for a fee said
later at that work's income question ("£900 each"), and said back so it can be corrected."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)
_LINES = (
    "I'm a firefighter in Cork, 42 hours, 48k",
    "public",
    "50",
    "none",
    "3k saved, 1.9k a month",
)


def _income_of(listed: str, fee: str) -> tuple[float, str]:
    planner, reply = conversation(
        TODAY, *_LINES, listed, "stable", "calm", "draining", "8"
    )  # fmt: skip
    assert "bring in a year" in reply, reply
    reply = planner.say(fee)
    side = next(a for a in planner.plan.activities if "firefight" not in a.name.casefold())
    return side.annual_revenue, reply


def test_a_fee_after_a_frequency_said_alone_gives_the_years_income() -> None:
    income, reply = _income_of("I also do face painting at parties, about 3 parties a month",
                               "€120 a party")  # fmt: skip
    assert income == pytest.approx(120 * 3 * 12)
    assert "3 parties a month" in reply


def test_an_hourly_fee_is_not_multiplied_by_the_times() -> None:
    income, _reply = _income_of("I also do face painting at parties, about 3 parties a month",
                                "€40 an hour")  # fmt: skip
    assert income != pytest.approx(40 * 3 * 12)


def test_no_frequency_said_still_asks_how_often() -> None:
    income, reply = _income_of("I also do face painting at parties", "€120 a party")
    assert not income
    assert "how often" in reply
