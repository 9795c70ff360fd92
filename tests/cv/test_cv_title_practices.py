"""The practice a job title names ("Picture Editor" -> "Picture editing"), and titles that
name none (a rank, a bare "Manager", a sentence)."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cv.audit import audit_text
from knowledge.cv.layout import classify
from knowledge.cv.titles import title_practices


def named(lines: Sequence[str]) -> list[str]:
    return [name for name, _ in title_practices(classify(lines))]


def test_a_role_line_names_its_practice_without_the_rank() -> None:
    lines = [
        "Experience",
        "2019 - now  Senior Kiln Operator & Ceramics Photographer, Ashdown Pottery",
        "2015 - 2019  Head Welder, Brackley Trailers",
    ]
    assert named(lines) == ["Ceramics photography", "Welding"]


def test_two_titles_sharing_one_agent_word() -> None:
    lines = ["Experience", "2020 - present | Bar & Restaurant Manager | The Old Granary"]
    assert named(lines) == ["Bar management", "Restaurant management"]


def test_the_headline_under_the_name() -> None:
    found = {
        s.name.lower()
        for s in audit_text(
            "\n".join(
                [
                    "MORWENNA CALLOWAY-REES",
                    "Translator and subtitle editor",
                    "Experience",
                    "- Subtitle documentaries from Welsh into English",
                ]
            )
        ).skills
    }
    assert {"translation", "subtitle editing"} <= found


def test_titles_that_name_no_practice() -> None:
    lines = [
        "Experience",
        "2018 - 2022  General Manager, Harbour Lights Hotel",  # a bare manager
        "2016 - 2018  Coordinator, Riverside Food Co-op",  # a bare coordinator
        "2012 - 2016  Assistant Engineer, Fenwick Water",  # not an agent we map
    ]
    assert named(lines) == []


def test_the_education_section_names_no_practice() -> None:
    assert named(["Education", "2010 - 2013  BA Photographer training, Falmouth"]) == []


def test_a_manager_names_a_practice_only_as_the_manager_of_a_place() -> None:
    lines = [
        "Experience",
        "2019 - now  Garden Centre Shop Manager, Thornbury Nurseries",
        "2015 - 2019  Partnerships Manager, Riverside Trust",
    ]
    assert named(lines) == ["Garden centre shop management"]


def test_a_german_title_names_its_field() -> None:
    found = {
        s.name
        for s in audit_text(
            "\n".join(
                [
                    "Ruth Albers",
                    "Imkerin im Erwerbsbienenhaltung",
                    "Berufserfahrung",
                    "seit 2018 | Beraterin für Obst- und Gemüsebau, Landwirtschaftskammer",
                    "2012 - 2018 Gärtnerin (Staudenanzucht und Baumschule), Gärtnerei Lenz",
                ]
            )
        ).skills
    }
    assert {"Erwerbsbienenhaltung", "Obstbau", "Gemüsebau", "Staudenanzucht"} <= found
    assert "Baumschule" in found
