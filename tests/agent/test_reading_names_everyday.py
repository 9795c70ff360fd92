"""Names of work as people say them in everyday English: a role put right at once, a word
that only joins more work, unpaid work said by "volunteer" after it, and the stream edits of
one message (a new name and new hours together)."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read

NONE = PlanView()


def sure_names(message: str, ask: str = "context", view: PlanView = NONE) -> list[str]:
    return [
        str(r.value)
        for r in read(message, view, ask)
        if r.act == "fact" and r.field == "activity" and r.confident
    ]


def all_names(message: str, ask: str = "context") -> list[str]:
    return [str(r.value) for r in read(message, NONE, ask) if r.field == "activity"]


def test_a_role_put_right_at_once_is_the_role_said_second() -> None:
    said = "i'm an estate agent, actually a lettings negotiator, mostly weekdays"
    assert sure_names(said) == ["lettings negotiator"]
    said = "I'm a teacher, or rather a teaching assistant, in a village school"
    assert sure_names(said) == ["teaching assistant"]
    assert "teacher" not in all_names(said)


def test_the_figures_of_a_role_put_right_go_to_the_role_said_second() -> None:
    readings = read("i'm a joiner, actually a shopfitter, 45 hours a week", NONE, "activities")
    hours = [r for r in readings if r.field == "activity.hours_per_week"]
    assert [(r.subject, r.value) for r in hours] == [("shopfitter", 45.0)]


def test_a_role_taken_back_with_no_is_not_renamed() -> None:
    said = "I'm a nurse, actually no, I left nursing last spring"
    assert "no" not in " ".join(all_names(said))
    assert sure_names(said) == []


def test_a_word_that_only_joins_more_work_is_no_name() -> None:
    said = "In addition, we keep bees behind the house and sell the honey"
    assert "addition" not in all_names(said, "activities")
    said = "On top of that, I have a small cleaning round"
    assert all(not name.startswith("top") for name in all_names(said, "activities"))


def test_volunteer_said_after_work_says_it_is_unpaid_and_names_nothing() -> None:
    said = "Paralegal at a big firm. Weekends I coach a junior hockey side, volunteer."
    readings = read(said, NONE, "context")
    names = [str(r.value) for r in readings if r.field == "activity" and r.confident]
    assert "volunteer" not in names
    assert "paralegal" in [n.casefold() for n in names]
    unpaid = [r for r in readings if r.field == "activity.annual_revenue"]
    assert [r.value for r in unpaid] == [0.0]
    assert unpaid[0].subject != "volunteer"


def test_the_terms_a_job_is_held_on_said_alone_name_no_work() -> None:
    said = "im a care assistant, nights, casual thru an agency. and i walk dogs"
    names = all_names(said, "activities")
    assert not any("agency" in name or "casual" in name for name in names)
    assert "care assistant" in names
    said = "warehouse picker, seasonal with a labour hire firm"
    assert not any("labour" in name for name in all_names(said, "activities"))
