"""Answers to questions back: a question about what something is gets a card that explains
it, not a worked example of one person's plan; a question about something else than the plan
is said to be outside what the planner helps with."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer import guide, relevance
from agent.interviewer.harness import MemoryPlanner

EXAMPLE = {"title": "Worked example: a nurse adds a course", "stage": "examples",
           "summary": "A nurse with 48 hours keeps 36 on the ward and sells a course."}  # fmt: skip
CONCEPT = {"title": "The leverage stream", "stage": "design",
           "summary": "Leverage earns without trading hours: a book or a course."}  # fmt: skip


@pytest.mark.parametrize(
    "question",
    ["what counts as leverage exactly?", "whats a seed stream", "What is the anchor for?",
     "sorry what does leverage mean", "can you explain the leverage stream"],
)  # fmt: skip
def test_a_question_about_what_something_is_passes_over_a_worked_example(question: str) -> None:
    assert guide.asks_what_it_is(question)
    assert "'The leverage stream'" in guide.answer([EXAMPLE, CONCEPT], question=question)


@pytest.mark.parametrize(
    "question",
    ["can you show me an example of leverage?", "how do people fit a course in",
     "what would a plan look like for someone like me, an example?"],
)  # fmt: skip
def test_other_questions_keep_the_best_card_even_when_it_is_an_example(question: str) -> None:
    assert "'Worked example: a nurse adds a course'" in guide.answer(
        [EXAMPLE, CONCEPT], question=question
    )


def test_only_examples_found_still_answers_from_the_best_of_them() -> None:
    reply = guide.answer([EXAMPLE], question="what counts as leverage?")
    assert "'Worked example: a nurse adds a course'" in reply


def test_nothing_usable_says_so_rather_than_guessing() -> None:
    assert guide.answer([{"error": "store unavailable"}], question="what is leverage") == (
        guide.NOT_FOUND
    )


FAR = {"title": "Capacity is what you can sustain", "stage": "capacity", "relevance": 0.11,
       "summary": "Count the hours you can really give, week after week."}  # fmt: skip


@pytest.mark.parametrize(
    "question",
    ["how long should I roast a chicken for?", "who won the snooker final",
     "is it true that goldfish only remember three seconds?"],
)  # fmt: skip
def test_a_question_far_from_every_card_is_said_to_be_outside_the_planner(question: str) -> None:
    assert guide.answer([FAR], question=question) == relevance.OFF_TOPIC


@pytest.mark.parametrize(
    "question",
    ["why would the anchor be the biggest earner?", "does my buffer have to be six months?",
     "Sorry, what means constraint?"],
)  # fmt: skip
def test_a_question_naming_a_planner_term_gets_its_card_however_far(question: str) -> None:
    assert "'Capacity is what you can sustain'" in guide.answer([FAR], question=question)


def test_a_question_naming_the_persons_own_work_gets_its_card_however_far() -> None:
    question = "does the allotment stall count, or is that more of a hobby?"
    assert guide.answer([FAR], question=question) == relevance.OFF_TOPIC
    reply = guide.answer([FAR], question=question, names=["Allotment stall", "Bookkeeping"])
    assert "'Capacity is what you can sustain'" in reply


def test_a_near_card_answers_a_question_naming_nothing_of_the_plan() -> None:
    near = {**FAR, "relevance": relevance.MIN_RELEVANCE + 0.05}
    assert "'Capacity is what you can sustain'" in guide.answer([near], question="where to begin?")


def test_an_off_topic_question_back_records_nothing_and_asks_the_question_again() -> None:
    planner = MemoryPlanner(dt.date(2026, 12, 6), lambda query, stage: [dict(FAR)])
    planner.start()
    planner.say("tech")
    reply = planner.say("quick one, any idea when the ferry to Skye runs on Sundays?")
    assert reply.startswith(relevance.OFF_TOPIC)
    assert "How many hours a week" in reply and planner.plan.capacity is None
    assert "'Capacity is what you can sustain'" in planner.say("what does capacity cover?")
