"""German CVs: counts, wrapped adjectives, course notes and place names are no names of work."""

from __future__ import annotations

from knowledge.cv.audit import audit_text
from knowledge.cv.german import german_phrases
from knowledge.cv.headings import heading_section


def test_a_count_starts_no_name_of_work_but_a_year_is_skipped() -> None:
    assert list(german_phrases("7 Filialen betreut")) == []
    assert list(german_phrases("2019: Lohnbuchhaltung mit DATEV")) == ["Lohnbuchhaltung"]


def test_fortbildung_opens_the_courses_section() -> None:
    assert heading_section("Aus- und Fortbildung") == "certificates"
    assert heading_section("Fortbildungen") == "certificates"


def test_a_lower_case_word_a_line_ended_on_is_no_skill() -> None:
    text = "\n".join(
        [
            "Kurzprofil",
            "Disponentin mit acht Jahren Erfahrung in der Logistik und bei der Planung von Touren.",
            "Berufserfahrung",
            "Anleitung von Azubis, Tourenplanung, wöchentliche",
            "Fahrzeugkontrollen",
        ]
    )
    names = {name for skill in audit_text(text).skills for name in (skill.name, skill.name.lower())}
    assert "wöchentliche" not in names and "Tourenplanung" in names


def test_the_place_in_the_address_is_no_skill() -> None:
    text = "\n".join(
        [
            "MARA OSTERKAMP",
            "Birkenweg 4",
            "27711 Hollenbrück",
            "Berufserfahrung",
            "seit 2018: Disponentin, Spedition Nord GmbH,",
            "Hollenbrück",
            "Tourenplanung, Frachtabrechnung, Reklamationsbearbeitung",
        ]
    )
    names = {name for skill in audit_text(text).skills for name in (skill.name, skill.name.lower())}
    assert "Hollenbrück" not in names and "Frachtabrechnung" in names
