"""Acts told in passing, beside or instead of a figure: whether a thing counts wondered aloud,
a yes taken back, a change hoped for one day, a month's spending with a part unknown, a skill
said to go unused in a sentence, how work feels said by an image, how steady it is said of a
bonus only, and a limit whose free side is said after it."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, StreamView, read
from agent.interviewer.reading.acts import yes_no
from tests.support.reading import sure

#: A proposal on the table: a job kept as the anchor, a side work as a client stream.
PROPOSED = PlanView(
    streams=(
        StreamView("warehouse shifts", "anchor", 38),
        StreamView("furniture upcycling", "client", 6),
    )
)


def _acts(message: str, ask: str) -> list[str]:
    return [r.act for r in read(message, PlanView(), ask)]


@pytest.mark.parametrize(
    "message",
    [
        "about 5k saved and some premium bonds too, not sure whether they count",
        "four months of bills saved. the premium bonds don't count I suppose?",
    ],
)
def test_wondering_whether_a_thing_counts_is_a_question_beside_the_answer(message: str) -> None:
    acts = _acts(message, "buffer")
    assert "question" in acts
    assert any(r.field and r.field.startswith("capacity.") for r in sure(message, "buffer"))


def test_a_count_said_plainly_is_no_question() -> None:
    assert "question" not in _acts("about 5k, and my ISA counts too", "buffer")


@pytest.mark.parametrize(
    "message",
    ["yeah nah, not yet", "ok, not yet, my partner wants a look", "yes... nope, hang on"],
)
def test_a_yes_taken_back_at_once_is_a_no(message: str) -> None:
    assert yes_no(message) is False


@pytest.mark.parametrize("message", ["merci 👍", "kiitos. ok", "danke, ok"])
def test_a_short_message_closed_by_a_yes_is_a_yes(message: str) -> None:
    assert yes_no(message) is True


@pytest.mark.parametrize("message", ["not 👍", "ok but not yet", "nope. ok"])
def test_a_short_message_with_a_no_or_a_question_is_no_plain_yes(message: str) -> None:
    assert yes_no(message) is not True


def test_a_change_hoped_for_one_day_changes_nothing_now() -> None:
    readings = read(
        "happy with that for now. Someday the upcycling should be the anchor though",
        PROPOSED,
        "streams",
    )
    assert not [r for r in readings if r.act in {"change", "wish"}]
    assert any(r.act == "confirm" and r.value is True for r in readings)


def test_a_day_a_week_is_still_a_figure() -> None:
    readings = read("1 day a week for the upcycling please", PROPOSED, "streams")
    assert any(r.act == "change" for r in readings)


@pytest.mark.parametrize(
    "message",
    [
        "mortgage 1100 council tax 160 petrol 120 food dunno",
        "around 1,900 I think, not sure about the kids' clubs though",
        "£1,400 with the rent and bills, then whatever else",
        "1.5k a month, two if you count eating out",
    ],
)
def test_spending_with_a_part_unknown_stores_no_total(message: str) -> None:
    readings = read(message, PlanView(), "spending")
    assert not [r for r in readings if r.field == "capacity.monthly_spending"]
    assert [r.act for r in readings] == ["nothing"]


@pytest.mark.parametrize(
    "message",
    [
        "about 1,900 a month all in, food included",
        "roughly 2,100 a month with everything",
        "about 2k a month idk",
    ],
)
def test_spending_said_whole_is_still_read(message: str) -> None:
    assert "capacity.monthly_spending" in {r.field for r in read(message, PlanView(), "spending")}


@pytest.mark.parametrize(
    ("message", "skill"),
    [
        ("I trained in physiotherapy. The massage techniques are wasted at the call centre.",
         "massage techniques"),
        ("I did a diploma in horticulture. Plant propagation I am not using at all now",
         "plant propagation"),
        ("I speak Portuguese fluently but only English is used in the office", "portuguese"),
    ],
)  # fmt: skip
def test_a_skill_said_unused_in_a_sentence_is_read(message: str, skill: str) -> None:
    found = [r for r in sure(message, "underused") if r.field == "skill.under_used"]
    assert [str(r.value).casefold() for r in found] == [skill]


def test_a_story_without_words_of_disuse_gives_no_skill() -> None:
    found = sure("I studied history and I teach it every day", "underused")
    assert not [r for r in found if r.field == "skill.under_used"]


@pytest.mark.parametrize(
    "message",
    [
        "sanding the frames is like therapy for me, I could do it for hours",
        "best thing i do. lads who would be in trouble otherwise",
    ],
)
def test_work_that_absorbs_is_energising(message: str) -> None:
    view = PlanView(activities=("furniture upcycling",))
    labels = [r.value for r in sure(message, "act:energy:furniture upcycling", view)]
    assert labels == ["energising"]


def test_otherwise_opening_a_clause_still_sets_another_time_apart() -> None:
    view = PlanView(activities=("furniture upcycling",))
    said = "I love the markets, otherwise it wears me out"
    labels = [r.value for r in sure(said, "act:energy:furniture upcycling", view)]
    assert labels != ["energising"]


def test_a_bonus_that_varies_says_nothing_of_the_pay() -> None:
    view = PlanView(activities=("claims handler",))
    found = sure("£41,000 salary plus a bonus that varies", "act:revenue:claims handler", view)
    assert not [r for r in found if r.field == "activity.volatility"]


def test_pay_different_every_month_is_variable() -> None:
    view = PlanView(activities=("furniture upcycling",))
    said = "sold £900 in October, it's different every month though"
    found = sure(said, "act:revenue:furniture upcycling", view)
    assert [r.value for r in found if r.field == "activity.volatility"] == ["variable"]


def test_a_limit_and_its_free_side_are_one_constraint() -> None:
    said = "when on the rigs i can't do anything for the three weeks. only the weeks at home"
    found = [r for r in sure(said, "constraints") if r.field == "capacity.constraints"]
    assert len(found) == 1
    assert "rigs" in str(found[0].value) and "home" in str(found[0].value)
    assert "question" not in _acts(said, "constraints")


@pytest.mark.parametrize(
    ("message", "date"),
    [
        ("after the busy spell, say April", "april"),
        ("early next year, so mid-February", "mid-february"),
    ],
)
def test_a_review_time_narrowed_is_the_date_said_second(message: str, date: str) -> None:
    found = [r for r in sure(message, "review") if r.field == "review.date"]
    assert [str(r.value).casefold() for r in found] == [date]


@pytest.mark.parametrize(
    "message", ["pretty random tbh", "harvest season loads of work, after that nobody"]
)
def test_a_swing_said_loosely_at_the_steadiness_question_is_variable(message: str) -> None:
    view = PlanView(activities=("fruit picking",))
    found = sure(message, "act:volatility:fruit picking", view)
    assert [r.value for r in found if r.field == "activity.volatility"] == ["variable"]
