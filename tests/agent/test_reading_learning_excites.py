"""Asked what excites them, a person who answers with what they long to learn has said what
excites them, and asked for no new stream. Inputs in other words than the messages that
showed it."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read

JOINER = PlanView(capacity=45, activities=("site joinery", "pub quiz hosting"))


def _said(message: str, ask: str = "excited") -> list[tuple[str, object]]:
    return [(r.act, r.value) for r in read(message, JOINER, ask) if r.act in {"fact", "wish"}]


def test_what_the_person_wants_to_learn_is_what_excites_them() -> None:
    said = _said("I'd love to learn furniture restoration, old chairs and dressers")
    assert said == [("fact", "furniture restoration, old chairs and dressers")]


def test_wanting_to_learn_what_was_just_named_adds_nothing() -> None:
    assert _said("Carving spoons by hand. I want to learn this properly.") == [
        ("fact", "Carving spoons by hand")
    ]


def test_at_the_streams_question_a_wish_to_learn_stays_a_wish() -> None:
    assert [act for act, _ in _said("I want to learn furniture restoration", "streams")] == ["wish"]
