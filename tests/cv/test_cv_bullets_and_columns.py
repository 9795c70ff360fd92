"""Lines a layout loses: a bullet item written in lower case under a role's header, a sidebar
list under a heading no known section names, and a phrase wrapped after a preposition."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cv.audit import audit_text


def shown(lines: Sequence[str]) -> set[str]:
    return {
        name
        for skill in audit_text("\n".join(lines)).skills
        for name in (skill.name, skill.name.lower())
    }


def test_lower_case_bullets_are_not_read_as_one_header_line() -> None:
    found = shown(
        [
            "EXPERIENCE",
            "Harbour Rowing Club (charity, two boathouses)",
            "Manager, 2018 – now",
            "• repair hulls and oars in the boat shed",
            "• write grant applications to sports trusts",
        ]
    )
    lowered = {name.lower() for name in found}
    assert "grant applications" in lowered or "grant writing" in lowered
    assert any("hull" in name for name in lowered)


def test_a_column_of_names_under_an_unnamed_heading_is_a_list() -> None:
    found = shown(
        [
            "EXPERIENCE",
            "Lifeguard, Fenmoor Lido, 2019 – now",
            "Watch the pool and run the swimming lessons",
            "WATERCRAFT",
            "Open water rescue",
            "Spinal board handling",
            "Poolside oxygen",
            "OTHER",
            "Chlorine dosing",
            "Water quality",
            "testing",
        ]
    )
    lowered = {name.lower() for name in found}
    listed = {"open water rescue", "spinal board handling", "chlorine dosing"}
    assert listed | {"water quality testing"} <= lowered


def test_sentences_under_an_unnamed_heading_stay_sentences() -> None:
    found = shown(
        [
            "LAB WORK",
            "Managed the cold room and ordered reagents for the group.",
            "Trained new students on the confocal microscope every term.",
        ]
    )
    assert "Managed the cold room and ordered reagents for the group" not in found
    assert not any(name.startswith("Trained new students") for name in found)
