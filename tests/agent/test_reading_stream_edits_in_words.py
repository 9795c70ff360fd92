"""Edits to a proposed portfolio said in words: streams dropped beside other edits, roles left
and taken, names in quotes and names that only look like a rename."""

from __future__ import annotations

from agent.interviewer.reading.reader import read
from agent.interviewer.reading.types import PlanView, StreamView

VIEW = PlanView(
    capacity=40,
    activities=("ward sister", "locum shifts", "first aid courses"),
    streams=(
        StreamView("ward sister", "anchor", 30),
        StreamView("locum shifts", "client", 6),
        StreamView("first aid courses", "leverage", 3),
        StreamView("night call-outs", "seed", 2),
    ),
)


def said(message: str, view: PlanView = VIEW) -> list[tuple[object, ...]]:
    return [(r.act, r.field, r.subject, r.value, r.hours, r.role, r.remove)
            for r in read(message, view, "streams") if r.confident]  # fmt: skip


def test_a_stream_dropped_after_a_wish_in_the_same_sentence_is_dropped() -> None:
    message = "I'd like a stream for writing exam guides, 3 hours, and cut the locum shifts out"
    assert said(message) == [
        ("wish", None, "locum shifts", None, None, None, True),
        ("wish", None, "writing exam guides", None, 3.0, None, False),
    ]


def test_a_stream_binned_before_another_edit_is_dropped_and_the_edit_kept() -> None:
    assert said("bin the call-outs, they wreck my sleep. first aid courses up to 5 hours") == [
        ("wish", None, "night call-outs", None, None, None, True),
        ("change", "stream.target_hours", "first aid courses", 5.0, None, None, False),
    ]


def test_it_wanted_gone_drops_the_stream_named_just_before() -> None:
    assert said("right, the locum shifts, I want them gone. ward sister stays the anchor")[0] == (
        "wish",
        None,
        "locum shifts",
        None,
        None,
        None,
        True,
    )


def test_cut_with_a_figure_edits_the_stream_rather_than_dropping_it() -> None:
    assert said("cut the locum shifts to 4 hours, and add a podcast stream, 2h") == [
        ("change", "stream.target_hours", "locum shifts", 4.0, None, None, False),
        ("wish", None, "podcast", None, 2.0, None, False),
    ]


def test_a_role_denied_is_the_role_left_and_the_one_said_of_it_is_taken() -> None:
    assert said("night call-outs: not a seed any more, it's proper client work now") == [
        ("change", "stream.role", "night call-outs", "client", None, None, False)
    ]
    assert said("first aid courses is no longer leverage - make it client") == [
        ("change", "stream.role", "first aid courses", "client", None, None, False)
    ]


def test_a_name_with_call_in_it_is_no_rename() -> None:
    found = said("night call-outs down to 1")
    assert ("change", "stream.target_hours", "night call-outs", 1.0, None, None, False) in found
    assert not [f for f in found if f[1] == "stream.name"]


def test_a_quoted_name_after_add_is_a_new_stream_even_when_a_word_is_shared() -> None:
    assert said("add 'first aid for dog owners' as a seed, 2 hours") == [
        ("wish", None, "first aid for dog owners", None, 2.0, "seed", False)
    ]


def test_a_stream_scrapped_for_one_put_in_is_a_swap() -> None:
    view = PlanView(
        capacity=45,
        streams=(
            StreamView("joinery", "anchor", 38),
            StreamView("tool review videos", "leverage", 3),
        ),
    )
    assert said("scrap the video thing and put in a stream for stair surveys, 2 hrs", view) == [
        ("wish", None, "tool review videos", None, None, None, True),
        ("wish", None, "stair surveys", None, 2.0, None, False),
    ]


def asked(message: str, ask: str) -> list[tuple[object, ...]]:
    return [(r.act, r.field, r.subject, r.value, r.hours, r.share)
            for r in read(message, PlanView(), ask) if r.confident]  # fmt: skip


def test_a_stream_asked_for_after_a_preamble_is_a_wish_at_any_question() -> None:
    assert asked(
        "oh and before I forget, I want to add a small tiling stream, 4h a week", "done"
    ) == [("wish", None, "small tiling", None, 4.0, None)]


def test_a_side_thing_asked_for_beside_the_answer_keeps_the_answer_its_figure() -> None:
    assert asked("28, and I'd love a few hours for a pottery side thing", "capacity") == [
        ("fact", "capacity.hours_per_week", None, 28.0, None, None),
        ("wish", None, "pottery", None, None, None),
    ]


def test_a_stream_that_is_like_something_is_named_by_that_something() -> None:
    found = said("I'd like a stream that's like coaching new ward managers, workshops and so on, "
                 "maybe 3 hours a week")  # fmt: skip
    assert found == [("wish", None, "coaching new ward managers", None, 3.0, None, False)]
