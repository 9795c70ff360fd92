"""Table-driven tests of the interviewer's free-answer parser."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.amounts import (
    Adjustment,
    parse_adjustment,
    parse_hours,
    parse_money,
    parse_months,
    parse_percent,
)
from agent.interviewer.dates import parse_date
from agent.interviewer.parse import (
    Intent,
    intent,
    match_name,
    normalise,
    parse_context,
    parse_energy,
    parse_volatility,
    parse_yes_no,
    split_list,
)


@pytest.mark.parametrize(
    ("text", "annual"),
    [
        ("45k", 45_000),
        ("45K", 45_000),
        ("£45,000", 45_000),
        ("£1,200 a month", 14_400),
        ("$3.5k/mo", 42_000),
        ("3.5k per month", 42_000),
        ("nothing yet", 0),
        ("Nothing", 0),
        ("zero", 0),
        ("it's unpaid", 0),
        ("0", 0),
        ("about 60 thousand", 60_000),
        ("about sixty thousand", 60_000),
        ("roughly 60k a year", 60_000),
        ("1.2m", 1_200_000),
        ("500 a week", 26_000),
        ("€2000 monthly", 24_000),
        ("12000", 12_000),
        ("around 8 grand", 8_000),
        ("200 a day", 52_000),
        ("twenty-five thousand pounds", 25_000),
        ("45k pa", 45_000),
        ("42.000 € per year", 42_000),
        ("1.100 €/month", 13_200),
        ("3,5k €", 3_500),
        ("45,000", 45_000),
    ],
)
def test_money_phrasings_give_annual_amounts(text: str, annual: float) -> None:
    reading = parse_money(text)
    assert reading is not None
    assert reading.value == pytest.approx(annual)


def test_monthly_money_says_how_it_was_read() -> None:
    reading = parse_money("£1,200 a month")
    assert reading is not None
    assert "14,400 a year" in reading.note


@pytest.mark.parametrize("text", ["I'm not sure what you mean", "lots", "it's complicated"])
def test_money_without_an_amount_is_none(text: str) -> None:
    assert parse_money(text) is None


@pytest.mark.parametrize(
    ("text", "annual"),
    [
        ("I work 40h at the uni for 45k, stable", 45_000),
        ("10 hours a week and it brings in £1,000 a month", 12_000),
        ("about 5 hours, paying $20k", 20_000),
    ],
)
def test_money_inside_a_sentence_ignores_hours(text: str, annual: float) -> None:
    reading = parse_money(text, bare_numbers=False)
    assert reading is not None
    assert reading.value == pytest.approx(annual)


@pytest.mark.parametrize(
    ("text", "weekly"),
    [
        ("40", 40),
        ("40h", 40),
        ("40 hours", 40),
        ("40 hours a week", 40),
        ("about forty hours per week", 40),
        ("6 hours a day", 30),
        ("6 hours a day, 3 days a week", 18),
        ("10 h a month", 2.3),
        ("12 hours monthly", 2.8),
        ("10-15 hours", 12.5),
        ("10 to 15 hours a week", 12.5),
        ("two days a week", 16),
        ("full time", 40),
        ("part-time", 20),
        ("half a day", 4),
        ("none", 0),
        ("7.5 hrs", 7.5),
        ("twenty five hours", 25),
    ],
)
def test_hours_phrasings_give_weekly_hours(text: str, weekly: float) -> None:
    reading = parse_hours(text)
    assert reading is not None
    assert reading.value == pytest.approx(weekly)


def test_a_range_takes_the_midpoint_and_says_so() -> None:
    reading = parse_hours("10-15 hours")
    assert reading is not None
    assert "midpoint" in reading.note and "12.5" in reading.note


def test_monthly_hours_say_the_weekly_figure() -> None:
    reading = parse_hours("10 h a month")
    assert reading is not None
    assert "a week" in reading.note


@pytest.mark.parametrize(
    ("text", "weekly"),
    [
        ("I work 40h at the uni for 45k, stable", 40),
        ("£3k a month for 12 hours", 12),
        ("45k, about 10 hours a week", 10),
    ],
)
def test_hours_inside_a_sentence_ignore_money(text: str, weekly: float) -> None:
    reading = parse_hours(text, bare_numbers=False)
    assert reading is not None
    assert reading.value == pytest.approx(weekly)


@pytest.mark.parametrize("text", ["45k", "£300", "lots"])
def test_money_is_not_hours(text: str) -> None:
    assert parse_hours(text, bare_numbers=False) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("stable", "stable"),
        ("steady", "stable"),
        ("it's a salary, so fixed", "stable"),
        ("pretty predictable", "stable"),
        ("it varies", "variable"),
        ("up and down", "variable"),
        ("variable", "variable"),
        ("feast or famine", "variable"),
        ("not stable at all", "variable"),
        ("not very steady", "variable"),
        ("doesn't vary much", "stable"),
        ("seasonal", "variable"),
        ("hmm", None),
    ],
)
def test_volatility(text: str, expected: str | None) -> None:
    assert parse_volatility(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes", True),
        ("Yep", True),
        ("yeah, sounds good", True),
        ("sure!", True),
        ("ok", True),
        ("looks good to me", True),
        ("go ahead", True),
        ("no", False),
        ("not really", False),
        ("nope", False),
        ("nah", False),
        ("not yet", False),
        ("maybe later", None),
        ("make consulting 10 hours", None),
        ("oh yes the welding obviously lol", True),
        ("haha yeah go on", True),
        ("um, no", False),
        ("well, nope", False),
        ("oh no I forgot the class", None),  # dismay, not an answer
        ("ohio is where I live", None),
    ],
)
def test_yes_no(text: str, expected: bool | None) -> None:
    assert parse_yes_no(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("skip", Intent.SKIP),
        ("Skip this", Intent.SKIP),
        ("I don't know", Intent.SKIP),
        ("don't know", Intent.SKIP),
        ("pass", Intent.SKIP),
        ("no idea", Intent.SKIP),
        ("not sure", Intent.SKIP),
        ("rather not say", Intent.SKIP),
        ("undo", Intent.UNDO),
        ("go back", Intent.UNDO),
        ("Go back please", Intent.UNDO),
        ("actually 20 hours", Intent.CORRECTION),
        ("no, 35k", Intent.CORRECTION),
        ("sorry, I meant 30 hours", Intent.CORRECTION),
        ("passion projects", Intent.ANSWER),
        ("40 hours", Intent.ANSWER),
        ("no", Intent.ANSWER),
        ("backend development", Intent.ANSWER),
    ],
)
def test_intents(text: str, expected: Intent) -> None:
    assert intent(text)[0] is expected


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("actually 20 hours", "20 hours"),
        ("no, 35k", "35k"),
        ("sorry, I meant 30 hours", "30 hours"),
        ("Actually, make that twenty hours", "20 hours"),
    ],
)
def test_corrections_keep_the_corrected_value(text: str, rest: str) -> None:
    assert intent(text) == (Intent.CORRECTION, rest)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("teaching, consulting and a podcast", ["teaching", "consulting", "podcast"]),
        ("my job; writing & mentoring", ["job", "writing", "mentoring"]),
        ("Consulting", ["consulting"]),
        ("I run a podcast, plus some open source", ["podcast", "open source"]),
        ("teaching, teaching and writing.", ["teaching", "writing"]),
        ("research\ndesign\nwriting", ["research", "design", "writing"]),
    ],
)
def test_lists(text: str, items: list[str]) -> None:
    assert split_list(text) == items


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I love it", "energising"),
        ("energising", "energising"),
        ("it gives me a buzz", "energising"),
        ("draining", "draining"),
        ("exhausting, honestly", "draining"),
        ("it doesn't drain me", "energising"),
        ("not much fun", "draining"),
        ("bit of both", "neutral"),
        ("I enjoy it but it's tiring", "neutral"),
        ("neutral", "neutral"),
        ("purple", None),
    ],
)
def test_energy(text: str, expected: str | None) -> None:
    assert parse_energy(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I work in a big corporate", "corporate"),
        ("civil service", "government"),
        ("I'm a union organiser and activist", "activist"),
        ("software engineer at a startup", "tech"),
        ("I'm caring for my mum", "caregiver"),
        ("academic, mostly", "general"),
        ("general", "general"),
        ("blue", None),
    ],
)
def test_context(text: str, expected: str | None) -> None:
    assert parse_context(text) == expected


@pytest.mark.parametrize(
    ("text", "months"),
    [("3 months", 3), ("six months", 6), ("none", 0), ("1 year", 12), ("2-4 months", 3)],
)
def test_months(text: str, months: float) -> None:
    reading = parse_months(text)
    assert reading is not None
    assert reading.value == pytest.approx(months)


@pytest.mark.parametrize(("text", "value"), [("20%", 20), ("15 percent", 15), ("ten", None)])
def test_percent(text: str, value: float | None) -> None:
    assert parse_percent(text) == value


NAMES = ["University job", "Consulting", "Podcast"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("make consulting 10 hours", Adjustment("Consulting", hours=10)),
        ("consulting 10h", Adjustment("Consulting", hours=10)),
        ("give the podcast 15%", Adjustment("Podcast", share=15)),
        ("podcast: 4 hours and 10%", Adjustment("Podcast", hours=4, share=10)),
        ("drop the podcast", Adjustment("Podcast", remove=True)),
        ("the university job should be 35 hours", Adjustment("University job", hours=35)),
        ("make it nicer", None),
        ("consulting is great", None),
    ],
)
def test_adjustments(text: str, expected: Adjustment | None) -> None:
    assert parse_adjustment(text, NAMES) == expected


def test_match_name_prefers_the_longest_full_name() -> None:
    assert match_name("the university one", NAMES) == "University job"
    assert match_name("nothing here", NAMES) is None


TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027-02-14", dt.date(2027, 2, 14)),
        ("in 10 weeks", dt.date(2027, 1, 31)),
        ("14 Feb 2027", dt.date(2027, 2, 14)),
        ("3rd March", dt.date(2027, 3, 3)),
        ("whenever", None),
    ],
)
def test_dates(text: str, expected: dt.date | None) -> None:
    assert parse_date(text, TODAY) == expected


def test_number_words_become_digits() -> None:
    assert normalise("Twenty-five hours and a couple of days") == "25 hours and 2 days"
