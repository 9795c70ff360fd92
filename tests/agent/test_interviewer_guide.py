"""Answers to questions back: a question about what something is gets a card that explains
it, not a worked example of one person's plan."""

from __future__ import annotations

import pytest

from agent.interviewer import guide

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
