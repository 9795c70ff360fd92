"""What a careful reader never takes for a skill: referees, publications, addresses, employers,
qualifications, table labels and the pieces of a sentence a verb phrase cuts too short."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cv.audit import audit_text
from knowledge.cv.headings import heading_section
from knowledge.cv.layout import classify
from knowledge.cv.names import is_contact, is_organisation
from knowledge.cv.phrases import _verb_phrases


def shown(lines: Sequence[str]) -> set[str]:
    return {
        name
        for skill in audit_text("\n".join(lines)).skills
        for name in (skill.name, skill.name.lower())
    }


def test_headings_with_a_count_a_qualifier_or_a_joined_word_are_headings() -> None:
    assert heading_section("SELECTED PUBLICATIONS (5 of 11)") == "publications"
    assert heading_section("Selected outputs") == "publications"
    assert heading_section("REFEREES") == "references"
    assert heading_section("OUTSIDE WORK") == "interests"
    assert heading_section("Skills at a glance") == "skills"
    assert heading_section("Aus- und Weiterbildung") == "certificates"
    assert heading_section("Research interests") == "profile"
    assert heading_section("Social media (Instagram, X)") is None  # a skill with examples


def test_publications_and_referees_give_no_skills() -> None:
    lines = [
        "Skills",
        "Field: sediment coring, quadrat surveys",
        "SELECTED PUBLICATIONS (3 of 8)",
        "Okafor B., Lind P. & Ruiz M. (2023) Dune grasses and storm surge. Coastal Letters 4: 1-9.",
        "REFEREES",
        "Dr Hana Ivers (supervisor), University of Fenmouth",
    ]
    found = shown(lines)
    assert "Sediment coring" in found
    assert not {"Okafor B", "Coastal Letters 4", "REFEREES", "University of Fenmouth"} & found


def test_addresses_and_postcodes_are_contact_lines() -> None:
    assert is_contact("12 Mill Lane, Ashby, AB3 9QT") and is_contact("Birkenweg 4")
    assert is_contact("40210 Düsseldorf")
    assert not is_contact("Training 3 staff a week") and not is_contact("Weg 4 new ideas")


def test_employers_schools_and_bodies_are_no_own_words() -> None:
    assert is_organisation("University of Fenmouth") and is_organisation("Lessing-Gymnasium Köln")
    assert is_organisation("Landkreis Oberau") and not is_organisation("school visits")
    lines = ["Kenntnisse", "Lohnbuchhaltung, Allgemeine Hochschulreife, Geprüfte Buchhalterin"]
    found = shown(lines)
    assert "Allgemeine Hochschulreife" not in found and "Geprüfte Buchhalterin" not in found


def test_a_table_rows_first_cell_labels_its_list() -> None:
    lines = ["Skills", "Area | What I do", "Business | quoting, invoicing, site surveys"]
    found = shown(lines)
    assert not {"Business", "What I do", "Area"} & found and "Site surveys" in found


def test_an_interests_label_makes_its_line_interests() -> None:
    lines = ["Experience", "Organised street parties for the residents' association.",
             "Interests: climbing, my garden, making zines."]  # fmt: skip
    assert not {"climbing", "my garden", "making zines"} & shown(lines)
    line = classify(lines)[2]
    assert line.section == "interests"


def test_a_role_with_its_dates_to_date_is_a_header() -> None:
    lines = ["Experience", "Oakfield Primary School, Westmere, 2019 - date", "Teach Year 4."]
    assert classify(lines)[1].kind == "header"
    assert not {"Westmere", "date"} & shown(lines)


def test_verb_phrases_stop_short_of_of_and_join_shared_heads() -> None:
    texts = {p.text for p in _verb_phrases("Led the migration of a billing system to AWS")}
    assert texts == set()  # what was migrated follows "of"
    texts = {p.text for p in _verb_phrases("Recruit and train a team of 12 volunteers")}
    assert texts == {"recruit team", "train team"}
    texts = {p.text for p in _verb_phrases("Write routine and complex reports for committee")}
    assert texts == {"write routine and complex reports"}
    texts = {p.text for p in _verb_phrases("Wrote reports and newsletters for members")}
    assert texts == {"write reports"}


def test_a_title_after_lead_is_no_activity() -> None:
    found = shown(["Experience", "Lead Solar Panel Technician - Brightfield Energy Partners"])
    assert not any("Technician" in name for name in found)


def test_to_before_a_verb_is_no_new_clause() -> None:
    """ "Fit models to shoot density data": "to" after an object starts no activity."""
    texts = {p.text for p in _verb_phrases("Read fault logs to plan jobs for the crew")}
    assert "plan jobs" not in texts


def test_supervising_students_is_not_team_management_but_supervising_staff_is_named() -> None:
    found = {
        s.taxonomy or s.name for s in audit_text("Experience\nSupervise two PhD students").skills
    }
    assert "Team management" not in found
    assert "Team management" in {
        s.taxonomy for s in audit_text("Experience\nManaged a team of 9 carers").skills
    }


def test_a_skills_words_inside_a_bodys_name_or_a_card_are_no_skill() -> None:
    found = shown(["I teach an evening class at Westbury Adult Learning Centre.",
                   "CSCS card, IPAF ticket."])  # fmt: skip
    assert "adult learning" not in {name.lower() for name in found} and "CSCS" not in found


def test_volunteer_before_a_noun_is_not_volunteering() -> None:
    def taxonomy(text: str) -> set[str]:
        return {s.taxonomy or s.name for s in audit_text(f"Experience\n{text}").skills}

    assert "Volunteering" not in taxonomy("Recruited a volunteer team and wrote the handbook.")
    assert "Volunteering" in taxonomy("Volunteer at the Riverside food bank on Saturdays.")
    assert "Volunteering" in taxonomy("Volunteer: runs the stall at the market.")


def test_a_lists_label_names_its_category_not_a_skill() -> None:
    found = {s.taxonomy or s.name for s in audit_text(
        "Skills\nCommunication: scientific writing, public engagement"
    ).skills}  # fmt: skip
    assert "Communications" not in found and "Scientific writing" in found


def test_an_exams_state_and_a_label_inside_an_item_are_no_skill() -> None:
    found = shown(["Skills", "CIMA: BA1, BA2 passed; studying BA3",
                   "Night Shift (weekly, 80 episodes): edit, show notes"])  # fmt: skip
    assert not {"BA2 passed", "studying BA3", "Night Shift : edit"} & found


def test_a_line_ending_on_an_article_continues_on_the_next() -> None:
    from knowledge.cv.skills import unwrap

    assert unwrap(["Zwölf Jahre Erfahrung in der", "Kommunalverwaltung."]) == [
        "Zwölf Jahre Erfahrung in der Kommunalverwaltung."
    ]


def test_a_labelled_list_in_lower_case_is_a_list_outside_a_skills_section() -> None:
    lines = ["Experience", "Grassland: rotational grazing, soil testing, reseeding, silage making",
             "Stock: deliveries, stock counts, shrinkage kept under 1.2%"]  # fmt: skip
    classified = classify(lines)
    assert classified[1].skills_context and classified[2].skills_context
    found = shown(lines)
    assert "Rotational grazing" in found and "Silage making" in found
    assert not any("%" in name for name in found)


def test_a_verb_after_and_needs_an_action_before_it() -> None:
    texts = {p.text for p in _verb_phrases("Breakdown and repair calls across the county")}
    assert not texts
    texts = {p.text for p in _verb_phrases("Fault finding on inverters, pitch systems and drives")}
    assert "pitch systems" not in texts
    texts = {p.text for p in _verb_phrases("Logged rushes and managed media for editors")}
    assert "manage media" in texts


def test_a_language_before_a_name_is_part_of_the_name() -> None:
    found = shown(["Profile", "Shepherd with 400 Welsh Mountain ewes on the hill."])
    assert "Welsh" not in found
    assert "Welsh" in shown(["Languages", "Welsh and English"])


def test_a_handle_is_contact_and_a_bracketed_note_is_no_skill() -> None:
    assert is_contact("Instagram @jo.draws")
    found = {s.taxonomy or s.name for s in audit_text(
        "Skills\nWorkday (HR), Google Sheets (pivot tables), Canva"
    ).skills}  # fmt: skip
    assert "Human resources" not in found and "Excel" not in found and "Canva" in found


def test_a_languages_sections_lower_case_notes_are_no_skills() -> None:
    found = shown(["Languages", "Cymraeg - iaith gyntaf; English; isiXhosa"])
    assert "Iaith gyntaf" not in found and "isiXhosa" in found


def test_a_table_row_with_dates_title_and_work_reads_the_work() -> None:
    from knowledge.cv.skills import split_rows

    work = "Kreditoren- und Debitorenbuchhaltung für 14 Gesellschaften; Mahnwesen"
    row = f"2019 - 2024 | Buchhalterin, Firma GmbH | {work}"
    assert split_rows([row]) == [
        "2019 - 2024 | Buchhalterin, Firma GmbH",
        work,
    ]
    profile = "Ich bin Buchhalterin mit zehn Jahren Erfahrung in der und für die Immobilienbranche."
    found = shown(["Kurzprofil", profile, "Berufserfahrung", row])
    assert {"Kreditorenbuchhaltung", "Debitorenbuchhaltung", "Mahnwesen"} <= found


def test_tickets_open_a_certificates_section() -> None:
    assert heading_section("QUALIFICATIONS & TICKETS") == "education"
    assert heading_section("TICKETS") == "certificates"
    assert "Confined space entry" in shown(["TICKETS", "Confined space entry (medium risk)"])
