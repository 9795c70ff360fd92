"""Stream edits and wishes said in people's own words."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, StreamView, read

GARDENS = PlanView(
    capacity=45,
    activities=("landscaping", "garden design", "hedge cutting"),
    streams=(StreamView("landscaping", "anchor", 30), StreamView("garden design", "client", 6),
             StreamView("hedge cutting jobs", "seed", 2)),
)  # fmt: skip


def seen(message: str) -> list[tuple[object, ...]]:
    return [
        (r.act, r.field, r.value, r.subject, r.remove)
        for r in read(message, GARDENS, "streams")
        if r.confident
    ]


def test_laughter_after_a_rename_leaves_the_rename() -> None:
    found = seen("rename hedge cutting to 'Green Cuts' haha")
    assert ("change", "stream.name", "Green Cuts", "hedge cutting jobs", False) in found


def test_a_stream_taken_out_with_its_name_between() -> None:
    assert seen("take the hedges out, it's seasonal anyway") == [
        ("wish", None, None, "hedge cutting jobs", True)
    ]


def test_taking_someone_out_is_no_removal() -> None:
    assert not any(r[4] for r in seen("I take the kids out on saturdays"))


def test_its_without_apostrophe_points_at_the_stream_spoken_of() -> None:
    found = seen("the hedge cutting isnt a seed now, its client work")
    assert found == [("change", "stream.role", "client", "hedge cutting jobs", False)]


def test_a_thing_named_by_its_own_words_not_by_who_it_is_for() -> None:
    wishes = [r for r in read("I'd like a garden coaching thing for new homeowners, 2 hrs",
                              GARDENS, "streams") if r.act == "wish"]  # fmt: skip
    assert [(w.subject, w.hours) for w in wishes] == [("garden coaching", 2.0)]


def test_a_side_thing_for_something_is_named_by_that() -> None:
    wishes = [r for r in read("I'd like a side thing for pond building, 3 hrs",
                              GARDENS, "streams") if r.act == "wish"]  # fmt: skip
    assert [(w.subject, w.hours) for w in wishes] == [("pond building", 3.0)]
