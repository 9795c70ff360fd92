"""Kinds of message read beside their figures: the swing of an income said in passing at the
question about what a work brings in, and a stream brought down to a bare number, which is an
edit of its hours and never a removal."""

from __future__ import annotations

from agent.interviewer.reading.reader import read
from agent.interviewer.reading.types import PlanView, StreamView

WORK = PlanView(capacity=50, activities=("boat repairs", "night porter"))
STREAMS = PlanView(
    capacity=50,
    activities=("boat repairs", "night porter"),
    streams=(StreamView("boat repairs", "client", 20), StreamView("night porter", "anchor", 30)),
)


def labels(message: str) -> list[tuple[object, ...]]:
    readings = read(message, WORK, "act:revenue:boat repairs")
    return [(r.field, r.subject, r.value) for r in readings if r.field == "activity.volatility"]


def edits(message: str) -> list[tuple[object, ...]]:
    readings = read(message, STREAMS, "streams")
    return [(r.act, r.field, r.subject, r.value, r.remove) for r in readings if r.confident]


def test_it_depends_at_the_income_question_is_a_variable_income() -> None:
    assert labels("it depends on the weather. last year roughly 9,500") == [
        ("activity.volatility", "boat repairs", "variable")
    ]


def test_good_and_bad_years_at_the_income_question_are_a_variable_income() -> None:
    assert labels("some years hardly anything, other years 20k") == [
        ("activity.volatility", "boat repairs", "variable")
    ]


def test_what_a_price_depends_on_is_no_swing_of_the_income() -> None:
    assert labels("between 80 and 120 a job depending on the size, about 6k a year") == []


def test_a_plain_income_says_no_swing() -> None:
    assert labels("about 6k a year") == []


def test_a_stream_dropped_to_a_bare_number_keeps_the_stream_with_those_hours() -> None:
    assert edits("the porter job is fine, but drop boat repairs to 12") == [
        ("change", "stream.target_hours", "boat repairs", 12.0, False)
    ]


def test_a_stream_dropped_with_no_figure_is_still_removed() -> None:
    assert edits("drop boat repairs") == [("wish", None, "boat repairs", None, True)]


HYPHENED = PlanView(
    capacity=40,
    streams=(
        StreamView("harbour pilot", "anchor", 30),
        StreamView("sail-mending", "client", 4),
        StreamView("river-boat tours", "seed", 3),
    ),
)


def test_a_stream_named_by_a_part_of_its_hyphened_word_is_that_stream() -> None:
    readings = [r for r in read("the sails only 2 hours", HYPHENED, "streams") if r.confident]
    assert [(r.act, r.field, r.subject, r.value) for r in readings] == [
        ("change", "stream.target_hours", "sail-mending", 2.0)
    ]


def test_a_hyphened_name_said_with_a_space_is_no_new_stream() -> None:
    readings = read("river boat tours 6 hours please", HYPHENED, "streams")
    assert [(r.act, r.subject, r.value) for r in readings] == [("change", "river-boat tours", 6.0)]


def energy(message: str) -> list[object]:
    readings = read(message, WORK, "act:energy:boat repairs")
    return [r.value for r in readings if r.field == "activity.energy"]


def test_work_held_as_ones_soul_or_calm_is_energising() -> None:
    assert energy("the workshop is my soul") == ["energising"]
    assert energy("the water makes me calm") == ["energising"]


def test_tension_and_blood_pressure_going_up_are_draining() -> None:
    assert energy("all tension, shouting all day, my blood pressure goes up") == ["draining"]


def test_pride_beside_a_toll_strikes_no_balance() -> None:
    assert energy("the boat is my pride but the varnish fumes are killing me") == []


def test_taking_back_a_request_named_by_what_it_was_about_is_undo() -> None:
    message = "actually scrap what I just said about the boat repairs, put it back"
    assert [r.act for r in read(message, STREAMS, "streams")] == ["undo"]


def test_scrapping_what_was_said_of_a_stream_never_removes_it() -> None:
    assert edits("scrap what I said about boat repairs, make it 10 hours") == [
        ("change", "stream.target_hours", "boat repairs", 10.0, False)
    ]
