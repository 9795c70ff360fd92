"""What a piece of work teaches, listed with "and", is one lesson, not new work."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read


def _activities(message: str, *names: str) -> list[str]:
    view = PlanView(activities=names)
    return [str(r.value) for r in read(message, view, "activities") if r.field == "activity"]


def test_things_learnt_joined_by_and_name_no_work() -> None:
    assert _activities("the café taught me stock control and being patient", "Café shifts") == []
    assert _activities("it teaches me infection control and being precise", "Dental nurse") == []


def test_work_listed_with_and_is_still_two_pieces_of_work() -> None:
    assert _activities("teaching piano and tutoring maths") == ["teaching piano", "tutoring maths"]


def test_a_second_lesson_after_and_is_its_own_remark() -> None:
    view = PlanView(activities=("dog walking", "bike repairs"))
    said = "dog walking teaches me patience and the bike repairs teach me fault finding"
    lessons = [
        (r.subject, r.value) for r in read(said, view, "skills") if r.field == "activity.teaches"
    ]
    assert lessons == [("dog walking", "patience"), ("bike repairs", "fault finding")]
