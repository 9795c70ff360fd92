"""Stream swaps, short names in capitals and contractions typed without an apostrophe."""

from __future__ import annotations

from agent.interviewer.reading.clauses import normalise
from agent.interviewer.reading.reader import read
from agent.interviewer.reading.types import PlanView, StreamView

VIEW = PlanView(
    capacity=45,
    activities=("Data analyst at the ONS", "Tutoring"),
    streams=(
        StreamView("Data analyst at the ONS", "anchor", 30),
        StreamView("Tutoring", "client", 6),
        StreamView("Statistics workbook", "leverage", 3),
        StreamView("Trial of a stats podcast", "seed", 2),
    ),
)


def said(message: str, ask: str = "streams") -> list[tuple[object, ...]]:
    return [(r.act, r.field, r.subject, r.value, r.hours, r.role, r.remove)
            for r in read(message, VIEW, ask)]  # fmt: skip


def test_a_stream_dropped_for_a_new_one_is_two_wishes_and_the_new_one_takes_its_role() -> None:
    assert said("could we lose the podcast and do a Stata clinic instead, 2 hours a week?") == [
        ("wish", None, "Trial of a stats podcast", None, None, None, True),
        ("wish", None, "Stata clinic", None, 2.0, "seed", False),
    ]
    assert said("replace the workbook with a video course, 4h") == [
        ("wish", None, "Statistics workbook", None, None, None, True),
        ("wish", None, "video course", None, 4.0, "leverage", False),
    ]


def test_an_edit_of_one_stream_is_still_an_edit() -> None:
    assert said("cut tutoring to 4 hours") == [
        ("change", "stream.target_hours", "Tutoring", 4.0, None, None, False)
    ]
    assert said("drop the podcast") == [
        ("wish", None, "Trial of a stats podcast", None, None, None, True)
    ]


def test_a_short_word_in_capitals_names_its_stream() -> None:
    assert said("the ONS can go down to 28") == [
        ("change", "stream.target_hours", "Data analyst at the ONS", 28.0, None, None, False)
    ]
    assert said("ons down to 28 hours") == said("the ONS can go down to 28")


def test_contractions_typed_without_an_apostrophe() -> None:
    assert normalise("id love to, but i cant and dont") == "i'd love to, but i can't and don't"
    assert normalise("its ill health, we were ill") == "its ill health, we were ill"
    wish = read(
        "id love to start a podcast, 2 hrs a week", PlanView(activities=("Tutoring",)), "capacity"
    )
    assert [(r.act, r.hours) for r in wish] == [("wish", 2.0)]
