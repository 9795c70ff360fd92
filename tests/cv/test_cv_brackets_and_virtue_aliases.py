"""What a German line names in brackets after its work, and a taxonomy alias that is a virtue."""

from __future__ import annotations

from knowledge.cv.audit import audit_text
from knowledge.cv.german import german_phrases


def _names(text: str) -> set[str]:
    return {skill.name for skill in audit_text(text).skills}


def test_brackets_after_a_name_of_work_hold_what_it_was_done_to() -> None:
    line = "Herstellung von Sauerteigbroten (Roggen, Dinkel) im Holzofen"
    assert list(german_phrases(line)) == ["Herstellung von Sauerteigbroten"]
    assert list(german_phrases("Reinigung der Öfen (wöchentlich)")) == ["Reinigung der Öfen"]


def test_a_line_that_opens_with_a_bracket_is_still_read() -> None:
    assert list(german_phrases("(Pflege und Betreuung, 12 Betten)")) == ["Pflege", "Betreuung"]


def test_a_dental_nurses_materials_in_brackets_are_no_skills() -> None:
    text = "\n".join(
        [
            "Lebenslauf",
            "Selin Aydın",
            "Berufserfahrung",
            "seit 2020   Zahnmedizinische Fachangestellte, Praxis Dr. Wendt, Bremen",
            "- Prophylaxe bei Erwachsenen (Zahnstein, Verfärbungen) und Kindern",
            "- Abrechnung von Kassenleistungen (BEMA, GOZ)",
            "Kenntnisse",
            "Software: Dampsoft, MS Office",
        ]
    )
    names = _names(text)
    assert {"Prophylaxe", "Abrechnung von Kassenleistungen", "Dampsoft"} <= names
    assert not names & {"Zahnstein", "Verfärbungen", "GOZ"}


def test_detail_oriented_describes_the_person_and_names_no_skill() -> None:
    text = "\n".join(
        [
            "Quantity surveyor",
            "Experience",
            "2019 - now  Assistant QS, Hallam Build Ltd",
            "- Measure and price variations for fit-out packages",
            "About me",
            "Methodical, detail-oriented and calm on the phone with subcontractors.",
        ]
    )
    names = _names(text)
    assert "Attention to detail" not in names
    assert "Measuring variations" in names


def test_sorgfalt_in_a_german_profile_or_skills_list_is_no_skill() -> None:
    work = [
        "Berufserfahrung",
        "2018 - 2024  Fachkraft für Lagerlogistik, Nordhafen Logistik GmbH",
        "- Kommissionierung, Wareneingangskontrolle, Inventur",
    ]
    profile = ["Lebenslauf", "Kurzprofil", "Bekannt für Sorgfalt und Ruhe im Wareneingang.", *work]
    listed = ["Lebenslauf", "Kenntnisse", "SAP EWM, Staplerschein, Sorgfalt", *work]
    assert not _names("\n".join(profile)) & {"Sorgfalt", "Attention to detail"}
    names = _names("\n".join(listed))
    assert "SAP EWM" in names
    assert not names & {"Sorgfalt", "Attention to detail"}


def test_the_skill_named_as_such_in_a_skills_list_is_still_read() -> None:
    names = _names("Skills\nNEC4 contracts, cost planning, Attention to detail")
    assert "Attention to detail" in names
