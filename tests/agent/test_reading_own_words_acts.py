"""Acts said in people's own words: approval, undo and skip without the textbook words."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, StreamView, read
from agent.interviewer.reading.approval import approves
from agent.interviewer.reading.clauses import normalise

BAKERY = PlanView(
    capacity=40,
    activities=("bakery", "cake orders"),
    streams=(StreamView("bakery", "anchor", 32), StreamView("cake orders", "client", 5),
             StreamView("baking classes", "leverage", 2)),
)  # fmt: skip


def acts(message: str, ask: str = "streams") -> list[tuple[str, object]]:
    return [(r.act, r.value) for r in read(message, BAKERY, ask)]


@pytest.mark.parametrize(
    "message",
    [
        "sound, them hours work for me 👌",
        "lovely stuff, cheers",
        "that's brilliant, thanks",
        "all good so",
        "seems grand to me",
        "the classes look solid ✅",
    ],
)
def test_a_proposal_judged_good_is_a_yes(message: str) -> None:
    assert acts(message, "blocks") == [("confirm", True)]


@pytest.mark.parametrize(
    "message",
    [
        "looks alright but the cake orders are too many hours",
        "grand, but the classes should be 3 hours",
        "sound? not sure about the classes",
        "not brilliant tbh",
        "5 grand a year from the classes",
    ],
)
def test_a_judgement_with_more_said_is_no_plain_yes(message: str) -> None:
    assert not approves(normalise(message))


def test_a_judgement_denied_is_no_yes() -> None:
    assert ("confirm", True) not in acts("not brilliant tbh", "blocks")


def test_a_pause_before_a_no_still_says_no() -> None:
    assert acts("hold on, not yet!", "finalise") == [("confirm", False)]


@pytest.mark.parametrize(
    "message",
    [
        "hold on that's wrong, undo it",
        "actually could you go back, the bakery hours were off",
        "nee, ga terug",
        "non non, retour en arrière s'il te plaît",
        "bitte rückgängig",
    ],
)
def test_undo_in_other_words(message: str) -> None:
    assert acts(message) == [("undo", None)]


def test_going_back_somewhere_is_no_undo() -> None:
    assert ("undo", None) not in acts("ik ga terug naar school in september", "context")


@pytest.mark.parametrize(
    ("message", "ask"),
    [
        ("skip ㅋㅋ", "constraints"),
        ("pass lol 😅", "buffer"),
        ("leave the calendar, I'll plan it myself", "blocks"),
        ("let me check and get back to you on that", "capacity"),
        ("whatever you reckon is best", "review"),
    ],
)
def test_skip_in_other_words(message: str, ask: str) -> None:
    assert acts(message, ask) == [("skip", None)]
