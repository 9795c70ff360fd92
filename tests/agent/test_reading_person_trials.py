"""Faults seen when people tried the interviewer, each a general cause: two verbs of work in one
sentence, counted work, period words typed with a slip, run-together lists, an energy word at
the lesson question, and a manner word trailing a name."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read

LIST = PlanView(capacity=45)


def confident(message: str, ask: str, view: PlanView = LIST) -> set[tuple[str, str | None, object]]:
    return {(r.field or "", r.subject, r.value) for r in read(message, view, ask)
            if r.act in {"fact", "change"} and r.confident}  # fmt: skip


def names(message: str, ask: str = "activities") -> list[str]:
    return [str(r.value) for r in read(message, LIST, ask)
            if r.act == "fact" and r.field == "activity" and r.confident]  # fmt: skip


@pytest.mark.parametrize(
    ("message", "expected"),
    [("I work at the library and tutor maths", ["library", "tutoring maths"]),
     ("I clean for the hospital and run a market stall", ["cleaning for the hospital",
                                                           "market stall"]),
     ("i work for a charity and sell candles online", ["charity", "selling candles online"])],
)  # fmt: skip
def test_two_verbs_of_work_joined_by_and_name_two_activities(
    message: str, expected: list[str]
) -> None:
    assert names(message) == expected


def test_a_verb_going_on_with_the_same_work_names_one_activity() -> None:
    assert names("I import shea butter and sell to salons") == ["import shea butter"]
