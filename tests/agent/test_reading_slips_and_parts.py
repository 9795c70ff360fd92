"""Typos in fillers and known names, limits denied in words, one cost of the month, and
several fees said together (the reading layer alone)."""

from __future__ import annotations

import pytest

from agent.interviewer import namelike
from agent.interviewer.reading import PlanView, Reading, read
from agent.interviewer.reading.slips import meant, one_slip
from agent.interviewer.reading.wording import denies_limit


def _facts(readings: list[Reading], field: str) -> list[Reading]:
    return [r for r in readings if r.field == field and r.act in {"fact", "change"}]


def _sure(readings: list[Reading], field: str) -> list[Reading]:
    return [r for r in _facts(readings, field) if r.confident]


# --- one slip of the hand ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "word", "slipped"),
    [
        ("thenn", "then", True),  # a letter doubled
        ("mosty", "mostly", True),  # a letter dropped
        ("aslo", "also", True),  # two neighbours swapped
        ("sied", "side", True),
        ("site", "side", False),  # a changed letter is another word
        ("oslo", "also", False),  # the first letter is never the slip
        ("aloss", "also", False),  # two slips
    ],
)
def test_one_slip(said: str, word: str, slipped: bool) -> None:
    assert one_slip(said, word) is slipped


def test_a_word_with_an_ending_of_its_own_is_no_slip() -> None:
    assert meant("writer", {"write"}) is None  # "writer" is a word, not "write" mistyped
    assert meant("hosts", {"host"}) is None
    assert meant("heere", {"here", "there"}) == "here"


def test_a_slipped_filler_is_not_kept_in_a_name() -> None:
    readings = read("Landscape gardener heere, 30 hrs a week", PlanView(), "activities")
    names = [r.value for r in _facts(readings, "activity")]
    assert names and all("heere" not in str(n).casefold() for n in names)
    assert any("gardener" in str(n).casefold() for n in names)


def test_a_slipped_filler_is_read_as_the_filler() -> None:
    slipped = read("jbos 12h", PlanView(), "activities")  # "jobs" with two letters swapped
    plain = read("jobs 12h", PlanView(), "activities")
    assert [(r.field, r.value) for r in slipped] == [(r.field, r.value) for r in plain]
    assert not _facts(read("aslo herre 5h", PlanView(), "activities"), "activity")


def test_a_terse_list_names_a_slipped_filler_as_the_filler() -> None:
    assert namelike.name("jbos") == namelike.name("jobs")
    assert namelike.name("aslo herre") is None
    assert namelike.name("site") == "Site"  # a changed letter is another word


def test_a_real_word_next_to_a_filler_stays_in_the_name() -> None:
    readings = read("form tutor 5h", PlanView(), "activities")
    assert [r.value for r in _facts(readings, "activity")] == ["form tutor"]


def test_a_skill_on_record_typed_with_a_slip_is_that_skill() -> None:
    view = PlanView(skills=("Bookkeeping", "Tax returns", "Payroll"))
    readings = read("tax retruns and payrol", view, "excited")
    assert sorted(str(r.value).casefold() for r in _facts(readings, "skill.excites")) == [
        "payroll",
        "tax returns",
    ]


def test_a_new_skill_near_none_on_record_is_kept_as_said() -> None:
    view = PlanView(skills=("Bookkeeping", "Tax returns"))
    readings = read("tax planning", view, "excited")
    assert [str(r.value).casefold() for r in _facts(readings, "skill.excites")] == ["tax planning"]


# --- "nothing limits it" is no limit ------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "nope, I'm pretty free",
        "no restrictions really",
        "honestly nothing gets in the way",
        "52 hrs, nobody limits me",
    ],
)
def test_a_denied_limit_is_no_limit(said: str) -> None:
    assert denies_limit(said)


@pytest.mark.parametrize(
    "said",
    [
        "nothing stops me except the school run",
        "no weekends",
        "no evenings, the kids",
        "nothing after 5pm",
    ],
)
def test_a_limit_with_a_negation_in_it_is_still_a_limit(said: str) -> None:
    assert not denies_limit(said)


def test_hours_said_with_no_limit_at_the_constraints_question() -> None:
    readings = read("38 hours, nothing holds me back", PlanView(), "constraints")
    assert not _facts(readings, "capacity.constraints")
    assert [r.value for r in _sure(readings, "capacity.hours_per_week")] == [38.0]


def test_hours_said_with_no_limit_at_the_capacity_question() -> None:
    readings = read("50 hrs, no restrictions really", PlanView(), "capacity")
    assert not _facts(readings, "capacity.constraints")
    assert not _facts(readings, "activity")
    assert [r.value for r in _sure(readings, "capacity.hours_per_week")] == [50.0]


def test_a_real_limit_beside_a_denial_is_kept() -> None:
    readings = read("no evenings, nothing else really", PlanView(), "constraints")
    kept = [str(r.value) for r in _facts(readings, "capacity.constraints")]
    assert len(kept) == 1 and kept[0].startswith("no evenings")


# --- one named cost is a part of the month ------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "the mortgage is 1,250 a month",
        "nursery fees come to £900 a month",
        "our petrol is about 250 a month",
        "I spend about 450 a month on groceries",
    ],
)
def test_one_named_cost_is_asked_back(said: str) -> None:
    readings = read(said, PlanView(), "spending")
    spent = _facts(readings, "capacity.monthly_spending")
    assert spent and not any(r.confident for r in spent)


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("the mortgage is 1,250, about 2,400 all in", 2400.0),
        ("about 1,900 a month in total, the car is the big one", 1900.0),
        ("childcare 700, and everything else 1,100", 1800.0),
        ("insurance is 80 a month and it's 1,650 including everything", 1650.0),
        ("we spend around 2,600 once the mortgage is paid", 2600.0),
    ],
)
def test_words_of_the_whole_make_it_the_whole(said: str, value: float) -> None:
    readings = read(said, PlanView(), "spending")
    assert [r.value for r in _sure(readings, "capacity.monthly_spending")] == [value]


# --- several fees said together --------------------------------------------------------


def test_several_fees_each_with_its_count_and_the_period_add_up() -> None:
    said = "£45 for a massage and £30 for a half hour, about 6 of each a week"
    readings = read(said, PlanView(activities=("massage",)), "act:revenue:massage")
    assert [r.value for r in _sure(readings, "activity.annual_revenue")] == [(45 + 30) * 6 * 52]


def test_several_fees_with_their_own_counts_add_up() -> None:
    said = "£3 a card and £12 a print, 50 cards and 10 prints a month"
    readings = read(said, PlanView(activities=("etsy shop",)), "act:revenue:etsy shop")
    assert [r.value for r in _sure(readings, "activity.annual_revenue")] == [(150 + 120) * 12]


@pytest.mark.parametrize(
    "said",
    [
        "£45 a massage and £30 a facial, about 10 massages a week",  # one fee's count only
        "£45 a massage and £30 a facial, about 10 of each",  # no period
        "£45 a massage and £30 a facial, 10 massages a week and 4 facials a month",
    ],
)
def test_several_fees_without_each_count_and_one_period_are_asked_back(said: str) -> None:
    readings = read(said, PlanView(activities=("massage",)), "act:revenue:massage")
    assert not _sure(readings, "activity.annual_revenue")


@pytest.mark.parametrize(
    "said",
    ["the gym membership's 45 extra", "plus the car loan, 210", "everything else maybe 750"],
)
def test_one_part_more_said_alone_is_asked_back(said: str) -> None:
    readings = read(said, PlanView(), "spending")
    assert not _sure(readings, "capacity.monthly_spending")


def test_costs_joined_before_one_amount_are_the_whole() -> None:
    readings = read("the mortgage plus everything else is around 2,750", PlanView(), "spending")
    assert [r.value for r in _sure(readings, "capacity.monthly_spending")] == [2750.0]


def test_a_cost_nearer_the_amount_than_savings_is_spending() -> None:
    readings = read("about 11k put by, and the car loan is 260", PlanView(), "buffer")
    assert [r.value for r in _sure(readings, "capacity.cash_buffer")] == [11000.0]
    assert not _sure(readings, "capacity.monthly_spending")


def test_a_cost_of_living_is_no_activity() -> None:
    readings = read("the mortgage is about 980", PlanView(), "activities")
    assert not _facts(readings, "activity")
    assert not _facts(readings, "activity.annual_revenue")
    readings = read("mortgage adviser, 30 hrs", PlanView(), "activities")
    assert [r.value for r in _facts(readings, "activity")] == ["mortgage adviser"]
