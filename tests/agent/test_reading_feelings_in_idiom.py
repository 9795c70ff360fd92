"""How a work feels, said in everyday idiom rather than with the label's words, for the work
asked or for two works in one answer. Inputs in other words than the messages that showed it."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read

COURIER = PlanView(capacity=50, activities=("parcel courier", "allotment veg box"))


def _energy(message: str, ask: str) -> list[tuple[object, str]]:
    return [
        (r.value, (r.subject or "").casefold())
        for r in read(message, COURIER, ask)
        if r.field == "activity.energy"
    ]


def test_work_that_takes_all_out_of_the_person_drains() -> None:
    message = "the stairs, the dogs, the deadlines, it takes it all out of me"
    assert _energy(message, "act:energy:parcel courier") == [("draining", "parcel courier")]


def test_work_that_does_the_body_in_drains() -> None:
    assert _energy("honestly it does my knees in", "act:energy:parcel courier") == [
        ("draining", "parcel courier")
    ]


def test_two_works_each_given_their_feeling_in_one_answer() -> None:
    message = "the veg boxes I love, proper calm. the courier rounds do my back in"
    assert sorted(_energy(message, "act:energy:allotment veg box")) == [
        ("draining", "parcel courier"),
        ("energising", "allotment veg box"),
    ]
