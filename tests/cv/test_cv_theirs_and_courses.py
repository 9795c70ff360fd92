"""Skills that are someone else's or only a course's name: tools visitors bring, work a
relative or a research group does, a planned German course, and a course or award named with
its subject."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cv.audit import audit_text
from knowledge.cv.names import names_qualification
from knowledge.cv.whose import not_mine


def shown(lines: Sequence[str]) -> set[str]:
    return {
        name
        for skill in audit_text("\n".join(lines)).skills
        for name in (skill.name, skill.name.lower())
    }


def test_tools_that_visitors_bring_are_theirs() -> None:
    text = "Some bands bring a Logic rig for click tracks, which their drummer runs."
    assert "Logic" not in not_mine(text)
    assert not_mine("The catering is not mine: our chef orders it.") == "."
    # The person's own clause before it stays.
    assert "Mix front of house" in not_mine("Mix front of house; some acts bring an Ableton rig.")


def test_a_group_or_a_relative_doing_the_work_is_theirs() -> None:
    found = shown(
        [
            "Experience",
            "Analyse survey data in Stata and R.",
            "Our statistics unit builds forecasting models in Julia; I read their reports.",
            "My father handles the payroll in Xero.",
        ]
    )
    assert not {"Julia", "Xero", "Payroll"} & found
    assert "Stata" in found


def test_german_work_done_by_someone_else_is_not_the_persons() -> None:
    assert "Lexware" not in not_mine("Die Lohnabrechnung macht meine Schwester mit Lexware.")
    assert (
        not_mine("Mein Kollege betreut den Onlineshop; ich berate Kunden.") == "ich berate Kunden."
    )
    assert not_mine("Geplant: Barista-Ausbildung ab Frühjahr") == ""


def test_a_course_or_award_is_named_by_its_subject_not_as_a_skill() -> None:
    for name in (
        "City & Guilds Floristry",
        "Sachkundenachweis Pflanzenschutz",
        "Meisterkurs Obstbau",
        "Organising Academy",
        "Level 2 Plumbing Apprenticeship",
    ):
        assert names_qualification(name), name
    for name in (
        "Pflanzenschutz",
        "pastry",
        "Ausbildung von Lehrlingen",
        "DATEV Kanzlei-Rechnungswesen",
    ):
        assert not names_qualification(name), name
    found = shown(["Qualifications", "Sachkundenachweis Pflanzenschutz"])
    assert "Sachkundenachweis Pflanzenschutz" not in found
