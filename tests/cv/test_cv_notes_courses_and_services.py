"""A course only booked, a course's name in the education section, and a practice that only
qualifies a service name no skill of the person."""

from __future__ import annotations

from knowledge.cv.audit import audit_text
from knowledge.cv.whose import not_mine


def names(text: str) -> set[str]:
    return {name for skill in audit_text(text).skills for name in (skill.name, skill.name.lower())}


def test_a_note_after_a_spaced_dash_says_the_item_is_not_yet_the_persons() -> None:
    assert not_mine("EV charge point installation - booked for January") == ""
    assert not_mine("Solar PV (2023), battery storage - planned for 2026, Excel") == (
        "Solar PV (2023), Excel"
    )
    assert not_mine("Welding - advanced") == "Welding - advanced"  # a level stays


def test_a_course_named_in_the_education_section_is_no_activity() -> None:
    found = names("Learning\nOrganising Academy, regional trades council (2024)\n")
    assert "Organising Academy" not in found
    # The same words about work elsewhere are still read.
    assert "Writing end-of-year reports" in names("Experience\nWrote the end-of-year reports\n")


def test_a_practice_sharing_a_service_name_with_another_is_no_skill() -> None:
    line = "Covered a row over the town's family mediation and conflict resolution service"
    assert "Mediation" not in names(f"Experience\n{line}\n")
    assert "Canvassing" in names(
        "Experience\n1-to-1 conversations, door-knocking and estate meetings\n"
    )
