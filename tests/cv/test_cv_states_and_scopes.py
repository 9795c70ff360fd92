"""A licence's state, a certificate's scope, a table's header and a clause's own subject are
no skills."""

from __future__ import annotations

from knowledge.cv.audit import audit_text
from knowledge.cv.layout import Line
from knowledge.cv.own import item_name
from knowledge.cv.phrases import phrases


def names(text: str) -> set[str]:
    return {skill.name for skill in audit_text(text).skills}


def test_the_state_of_a_licence_or_course_is_no_skill() -> None:
    found = names("Licences\nC+E, clean, no points\nDriver CPC card valid to 2028.")
    assert not {"Clean", "No points"} & found
    assert not any("valid" in name.lower() for name in found)
    assert not {"Started", "Paused"} & names("Courses\nRHS Level 2, started, paused")


def test_what_one_certificate_covers_is_its_scope_not_a_list_of_skills() -> None:
    found = names("Tickets\nADR certificate: packages and tanks, class 3 (fuels)")
    assert not any("tanks" in name.lower() or "class" in name.lower() for name in found)
    # A list under a plural heading still names its items.
    assert {"First aid", "Food hygiene"} <= names("Certificates: first aid, food hygiene")


def test_a_table_header_row_names_no_skill() -> None:
    # "Dates | Setting | Role": the cells of a table's header are labels.
    assert [item_name(cell) for cell in ("Dates", "Setting", "Role")] == [None, None, None]


def test_an_object_stops_before_a_pronoun_that_opens_a_clause() -> None:
    found = names("Experience\nI scan fragile volumes and write condition reports they work from")
    assert "Writing condition reports" in found
    assert not any(name.endswith(("they", "they work")) for name in found)


def test_a_name_cut_inside_a_quotation_is_no_skill() -> None:
    text = "\n".join(
        [
            "Berufserfahrung",
            "2019 - heute Referentin, Ministerium für Umwelt",
            "Erstellung von Vorlagen, Sprechzetteln und Reden für die Ministerin",
            "Koordinierung der Abstimmung mit den Fachreferaten",
            '• Lehre: Seminar „Einführung in die Policy-Analyse"',
        ]
    )
    found = names(text)
    assert "Erstellung von Vorlagen" in found
    assert not any("„" in name for name in found)


def test_a_verbs_particle_is_not_its_object() -> None:
    found = names("Experience\nWe review together and I report back to the board")
    assert not any(name.endswith(("together", "back")) for name in found)
    assert "Giving medication" in names("Experience\nGive out medication on the morning rounds")


def test_a_german_line_told_in_the_first_person_gives_no_names_of_work() -> None:
    text = "\n".join(
        [
            "PROFIL",
            "Referentin mit acht Jahren Erfahrung an der Schnittstelle von Verwaltung,",
            "Wissenschaft und Zivilgesellschaft. Ich bereite Sachverhalte für die Leitung auf.",
            "BERUFSERFAHRUNG",
            "2019 - heute Referentin, Ministerium für Umwelt",
            "Erstellung von Vorlagen und Reden für die Ministerin",
            "SONSTIGES",
            "Gutachter schätzen meine Dokumentation; die Gutachten schreiben sie.",
        ]
    )
    found = names(text)
    # The work and its first object; the second object stays in the evidence line.
    assert "Erstellung von Vorlagen" in found
    assert not {"Wissenschaft", "Zivilgesellschaft"} & found
    assert not any("schätzen" in name for name in found)


def test_german_names_of_work_come_only_from_lines_not_told_in_the_first_person() -> None:
    def line(text: str) -> Line:
        return Line(text, "experience", "text", text, False)

    told = line("Wissenschaft und Zivilgesellschaft. Ich bereite Sachverhalte auf")
    plain = line("Wissenschaft und Zivilgesellschaft")
    assert [p.text for p in phrases([told], german=True)] == []
    assert [p.text for p in phrases([plain], german=True)] == ["Wissenschaft", "Zivilgesellschaft"]


def test_an_object_of_people_stops_before_what_they_do() -> None:
    # ("support" with the served group alone names no skill: a verb that does is used here)
    found = names("Experience\nI train adults living with learning disabilities")
    assert "Training adults" in found
    assert not any("living" in name for name in found)
