"""Kinds of message seen in whole-conversation trials that stored a wrong value or lost what
was said, by general cause; inputs in other words than the trials.

1. a one-word judgement closing a story at the list or a skills question is no work nor skill;
2. a wish's stream is named after its request verb, however the request is typed;
5. a four-digit figure at a money question is an amount unless a word makes it a year;
6. a range of hourly pay with the currency on its first figure is no clock time;
7. hours shared with others: the person's own part is the figure;
3. work offered from the opening and left out when the list closes is said to be left out;
9. a question about where the answers are kept finds the privacy card.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.reading import CONFIDENT, PlanView, read
from agent.interviewer.reading.quantities import find_quantities
from knowledge.cards import load_cards
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)


def _stored(message: str, ask: str, view: PlanView | None = None) -> list[tuple[str, object]]:
    """The (field, value) of each reading sure enough to be stored."""
    return [
        (str(r.field), r.value if r.field != "activity" else str(r.value).casefold())
        for r in read(message, view or PlanView(), ask)
        if r.act == "fact" and r.confidence >= CONFIDENT
    ]


# --- 1. a judgement said after a story is no work ----------------------------------------------


def test_a_word_of_judgement_after_a_story_is_not_stored_as_work() -> None:
    assert _stored("went to a gig in town on friday, mental", "activities") == []


def test_a_word_after_a_word_of_degree_is_not_stored_as_work() -> None:
    assert _stored("the dog had pups this week, so sweet", "activities") == []


def test_a_word_of_how_work_feels_after_it_is_no_work_of_its_own() -> None:
    stored = _stored("I mind two toddlers for a neighbour, tiring", "activities")
    assert all(value != "tiring" for _, value in stored)


def test_work_listed_after_a_comma_is_still_stored() -> None:
    stored = _stored("window cleaning, ironing", "activities")
    assert ("activity", "window cleaning") in stored and ("activity", "ironing") in stored


def test_a_word_of_judgement_after_a_story_is_no_skill_at_the_skills_question() -> None:
    assert _stored("caught the derby on telly last night, brutal", "skills") == []
    planner = MemoryPlanner(TODAY)
    planner.start()
    for said in ("general", "40", "none", "5k saved, 1.2k a month", "dog walking 6h 4k",
                 "that's all", "steady", "patience", "energising"):  # fmt: skip
        planner.say(said)
    planner.say("caught the derby on telly last night, brutal")
    assert all(s.name.casefold() != "brutal" for s in planner.plan.skills)


def test_skills_listed_after_a_comma_are_still_stored() -> None:
    stored = _stored("I can drive a forklift, welding", "skills")
    assert ("skill", "welding") in stored
    assert ("skill", "Python") in _stored("first aid, Excel, Python", "skills")


# --- 2. a wish's name is what follows its request verb -----------------------------------------


def _wished(message: str) -> list[str]:
    view = PlanView(activities=("ironing",), streams=())
    return [str(r.subject) for r in read(message, view, "streams") if r.act == "wish"]


def test_a_request_typed_short_never_names_the_stream() -> None:
    assert _wished("cn we add a sewing repairs stall") == ["sewing repairs stall"]
    assert _wished("wd like to add a blog") == ["blog"]


# --- 5. a bare four-digit figure at a money question -------------------------------------------


def test_a_bare_four_digit_figure_is_the_spending_asked() -> None:
    assert _stored("2010", "spending") == [("capacity.monthly_spending", 2010.0)]


def test_a_year_said_with_a_word_of_time_stays_a_year() -> None:
    assert _stored("same since 2010", "spending") == []


def test_a_bare_four_digit_figure_elsewhere_is_still_a_year() -> None:
    assert [q.kind for q in find_quantities("2010")] == ["year"]


# --- 6. an hourly range with the currency on its first figure ----------------------------------


def test_an_hourly_range_written_with_pence_is_money_not_a_clock_time() -> None:
    found = find_quantities("$11.00 to 11.40 per hr")
    assert [(q.kind, q.period) for q in found] == [("money", "hour")]
    assert abs(found[0].value - 11.2) < 1e-9


def test_a_clock_range_with_minutes_is_still_a_time() -> None:
    assert [q.kind for q in find_quantities("8.15 to 4.45")] == ["hours"]


# --- 7. the person's own part of shared hours ---------------------------------------------------


def test_the_persons_part_of_shared_hours_is_the_figure() -> None:
    view = PlanView(activities=("bike repairs",))
    for said in ("30 hours between the two of us, 18 of them mine", "30 hrs together, i do 18"):
        stored = _stored(said, "act:hours:bike repairs", view)
        assert stored == [("activity.hours_per_week", 18.0)], said


# --- 3. offered work left out when the list closes ----------------------------------------------


def _after_list(*said: str) -> tuple[MemoryPlanner, str]:
    opening = "I drive a delivery van, and I also do some ironing for neighbours"
    return conversation(TODAY, opening, "general", "40", "none", "3k", "1800 a month", *said)


def test_closing_the_list_says_the_offered_work_is_left_out() -> None:
    planner, reply = _after_list("the van job 40 hours 30k", "no that's all")
    assert "left out" in reply and "ironing" in reply.casefold()
    assert not any("ironing" in a.name.casefold() for a in planner.plan.activities)


def test_offered_work_left_out_can_still_be_added() -> None:
    planner, _ = _after_list("the van job 40 hours 30k", "that's it", "add ironing")
    assert any("ironing" in a.name.casefold() for a in planner.plan.activities)


# --- 9. the privacy card ------------------------------------------------------------------------


def test_the_privacy_card_asks_where_answers_are_kept() -> None:
    corpus = Path(__file__).resolve().parents[2] / "knowledge" / "corpus"
    card = next(c for c in load_cards(corpus) if c.id == "your-data-and-privacy")
    assert "Delete my data" in card.summary and "offline" in card.summary
