"""Headings, table header cells and people named in German lines are no skills."""

from __future__ import annotations

from knowledge.cv.audit import audit_text
from knowledge.cv.headings import heading_section


def names(text: str) -> set[str]:
    return {name for skill in audit_text(text).skills for name in (skill.name, skill.name.lower())}


def test_short_and_joined_headings_open_their_section() -> None:
    assert heading_section("QUALS") == "education"
    assert heading_section("Education and registration") == "education"
    assert heading_section("Professional registration") == "certificates"
    found = names("EXPERIENCE\nBaker, 2016-2020\nQUALS\nLevel 2 Food Hygiene\n")
    assert "QUALS" not in found


def test_a_tables_header_cells_are_no_skills() -> None:
    found = names("Skills\nArea | Detail\nSystems | SystmOne, Excel\n")
    assert "Detail" not in found and "SystmOne" in found
    assert "Abschluss" not in names(
        "Ausbildung\nJahr | Abschluss\n2016 | Verwaltungsfachangestellte\n"
    )


def test_people_in_a_german_line_about_work_are_no_skills() -> None:
    found = names(
        "Berufserfahrung\n"
        "Anleitung von zwei Gärtnerinnen, Saisonkräften und Freiwilligen an den Mitmachtagen\n"
    )
    assert not {"Saisonkräften", "Freiwilligen"} & found
    assert any(name.startswith("Anleitung") for name in found)


def test_a_kind_of_work_or_a_note_in_brackets_still_opens_a_section() -> None:
    assert heading_section("Union work (unpaid)") == "experience"
    assert heading_section("Paid work") == "experience"
    assert heading_section("Teaching experience") == "experience"
    assert heading_section("Community work") == "volunteering"
    assert heading_section("Learning") == "education"
    assert heading_section("I love my work") is None
    assert heading_section("Social media (Instagram, X)") is None
