"""Answers to what the planner proposes: a yes or a no said after thanks or a greeting, in a
clipped form, or put off until someone else has seen the plan; a review set after an event
with the wait said first. Inputs in other words than the messages that showed it."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, StreamView, read

FLORIST = PlanView(
    capacity=40,
    activities=("flower stall", "hotel arrangements"),
    streams=(
        StreamView("flower stall", "anchor", 25),
        StreamView("hotel arrangements", "client", 8),
    ),
)


def _confirm(message: str, ask: str = "finalise") -> list[object]:
    return [r.value for r in read(message, FLORIST, ask) if r.act == "confirm"]


def test_thanks_before_the_yes_does_not_hide_it() -> None:
    assert _confirm("thank you so much, yes please finalise") == [True]


def test_a_word_of_thanks_in_another_language_before_the_yes() -> None:
    assert _confirm("Danke, yes go ahead") == [True]


def test_one_word_set_off_before_the_yes() -> None:
    assert _confirm("Brilliant - yes lock it in") == [True]


def test_a_no_after_an_opening_word_stays_a_no() -> None:
    assert _confirm("honestly, no, not like this") == [False]


def test_a_clipped_yes_before_a_word_of_approval() -> None:
    assert _confirm("ye sound") == [True]


def test_showing_the_plan_to_someone_first_is_not_yet() -> None:
    assert _confirm("hang on, I need to run it by my business partner first") == [False]


def test_wanting_to_sleep_on_it_is_not_yet() -> None:
    assert _confirm("let me sleep on it") == [False]


def test_a_question_about_showing_someone_is_no_answer() -> None:
    assert _confirm("can I show my accountant first?") == []


# A review set after an event, with the wait said first.


def test_a_review_after_an_event_said_with_the_wait_first() -> None:
    dates = [r.value for r in read("let's leave it until after the show season", FLORIST, "review")]
    assert dates == ["after the show season"]


# Taking back the request just made, with what the thing was before.


def test_an_undo_said_with_what_the_stream_was_before() -> None:
    acts = [r.act for r in read("ah wait undo that, keep it client", FLORIST, "streams")]
    assert acts == ["undo"]


def test_an_undo_opened_by_a_cry_of_dismay() -> None:
    assert [r.act for r in read("omg undo", FLORIST, "streams")] == ["undo"]
