"""Word answers keep the person's capitals and the commas between their clauses."""

from __future__ import annotations

from agent.interviewer.reading.casing import restore
from agent.interviewer.reading.reader import read
from agent.interviewer.reading.types import PlanView, Reading


def values(message: str, ask: str, view: PlanView | None = None) -> list[object]:
    return [r.value for r in read(message, view or PlanView(capacity=40), ask) if r.act == "fact"]


def test_an_illness_written_in_capitals_is_not_the_word_me() -> None:
    assert values("the ME, and I can't do evenings", "constraints")[0] == "ME"


def test_skills_and_names_keep_their_capitals() -> None:
    assert values("SQL, Python and teaching", "skills") == ["SQL", "Python", "teaching"]
    named = read("I'm a nurse on an NHS ward, 30 hours a week", PlanView(), "activities")
    assert [r.value for r in named if r.field == "activity"] == ["nurse on an NHS ward"]
    assert {r.subject for r in named if r.field == "activity.hours_per_week"} == {
        "nurse on an NHS ward"
    }


def test_a_word_written_two_ways_keeps_the_readers_form_and_i_is_upper_case() -> None:
    said = [Reading("fact", "capacity.constraints", "me time on sundays, i rest")]
    (out,) = restore(said, "Me time on Sundays (me and the dog), i rest on sundays")
    assert out.value == "me time on sundays, I rest"


def test_labels_and_figures_are_left_alone() -> None:
    said = [
        Reading("fact", "context", "government"),
        Reading("fact", "activity.hours_per_week", 30.0),
    ]
    assert restore(said, "GOVERNMENT, 30 hours") == said


def test_a_word_answer_keeps_its_commas_and_drops_a_trailing_laugh() -> None:
    view = PlanView(capacity=40, activities=("Pottery classes",))
    (taught,) = read(
        "glazing, patience, talking to strangers lol", view, "act:teaches:Pottery classes"
    )
    assert taught.value == "glazing, patience, talking to strangers"
