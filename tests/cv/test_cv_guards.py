"""Each false positive and miss seen on real CVs, as a test: names, titles, modifiers, short
aliases, levels, verb phrases, hyphens at line ends, German, and own words."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cv.audit import audit_text
from knowledge.cv.clean import clean_text
from knowledge.cv.phrases import _verb_phrases
from knowledge.cv.skills import find_skills


def names(lines: Sequence[str]) -> set[str]:
    return {match.skill.name for match in find_skills(lines)}


def levels(text: str) -> dict[str, str | None]:
    return {skill.taxonomy or skill.name: skill.level for skill in audit_text(text).skills}


EXPERIENCE = ["Experience", "Software Engineer Jun 2021 - Dec 2022"]


def test_hp_ux_in_a_list_of_unix_systems_is_not_ux_design() -> None:
    found = names(["Managed 50+ Unix-based systems (Solaris, HP-UX, Linux) for campus email."])
    assert "UX design" not in found and "Linux" in found


def test_an_employer_line_is_not_a_skill() -> None:
    lines = [*EXPERIENCE, "Figma • San Francisco, CA", "Built the plugin marketplace search."]
    assert "Figma" not in names(lines)
    assert "Figma" in names(["Skills", "Figma, Sketch, InDesign"])  # named as a tool, it is one


def test_conflict_resolution_algorithms_are_not_mediation() -> None:
    line = (
        "Implemented an offline-first sync engine using SQLite and conflict resolution algorithms"
    )
    assert "Mediation" not in names([line])
    assert "Mediation" in names(["Trained in conflict resolution for tenants' disputes"])


def test_a_reconciliation_service_is_software_not_reconciliation_work() -> None:
    assert "Reconciliation" not in names(
        ["Led migration of a legacy payment reconciliation service"]
    )
    assert "Reconciliation" in names(["Monthly bank reconciliation for nine clients"])


def test_customer_feedback_is_not_customer_service() -> None:
    assert "Customer service" not in names(
        ["Fixed bugs and feature requests from customer feedback"]
    )


def test_a_job_title_is_not_a_skill() -> None:
    lines = ["Alex Doe", "Product Manager", "Experience", "Product Manager, Acme Ltd, 2019 - 2024",
             "Held positions of Equipment Officer and Training Officer."]  # fmt: skip
    found = names(lines)
    assert "Product management" not in found and "Training and onboarding" not in found


def test_cloud_native_is_no_level_but_expert_in_is() -> None:
    text = (
        "Summary\nManaged Kubernetes service on Google Kubernetes Engine to develop cloud-native "
        "applications.\nExpert in containerisation with Docker.\n"
    )
    found = levels(text)
    assert found["Kubernetes"] is None and found["Google Cloud"] is None
    assert found["Docker"] == "expert"
    assert levels("Languages\nEnglish (native)")["English"] == "expert"


def test_short_aliases_only_as_tokens_in_a_skills_context() -> None:
    assert "R" in names(["Skills", "R, Stata, SPSS"]) and "R" in names(
        ["Statistics in R and Python"]
    )
    assert "Go" not in names(["Ready to go the extra mile; Go-Live of the new till system"])
    assert "UX design" not in names(["Worked on HP-UX servers at night"])


def test_one_skill_is_reported_once() -> None:
    found = [m.name for m in find_skills(["Skills", "Python, Python 3, python", "Python scripts"])]
    assert found == ["Python"]
    tools = find_skills(["Skills", "Photoshop, Illustrator", "Retouched photos in Photoshop"])
    assert [(m.name, m.skill.name) for m in tools] == [
        ("Photoshop", "Adobe Creative Suite"), ("Illustrator", "Adobe Creative Suite")]  # fmt: skip


def test_data_processing_pipelines_and_windows_virtual_servers_are_found() -> None:
    assert "Data pipelines" in names(["Designed real-time data processing pipelines in Kafka"])
    found = names(["Self-managed Linux and Windows virtual servers for other groups"])
    assert {"Windows Server", "Virtualisation", "Linux"} <= found


def test_verb_phrases_split_over_shared_objects() -> None:
    assert [p.text for p in _verb_phrases("Hire, train and schedule staff for two kitchens")] == [
        "hire staff", "train staff", "schedule staff"]  # fmt: skip
    assert [p.text for p in _verb_phrases("Quoted and invoiced jobs for homeowners")] == [
        "quote jobs", "invoice jobs"]  # fmt: skip
    assert [p.text for p in _verb_phrases("Manage 2 fundraising officers")] == [
        "manage fundraising officers"
    ]


def test_a_hyphen_at_a_line_end_is_kept_in_a_compound_and_joined_in_a_word() -> None:
    lines = clean_text(
        "commitment to open-source and community-\ndriven development\nmanage-\nment"
    ).lines
    assert lines == ["commitment to open-source and community-driven development", "management"]
    audit = audit_text("Projects\nCommitted to open source and community-\ndriven development\n")
    assert "Community building" in audit.taxonomy_names()


def test_skills_the_taxonomy_lacks_are_kept_in_the_persons_words() -> None:
    audit = audit_text("Jo Bloggs\nSkills\nHydrotherapy, Makaton signing, Python\n")
    own = {s.name: s for s in audit.skills if s.method == "own words"}
    assert set(own) == {"Hydrotherapy", "Makaton signing"}
    assert own["Hydrotherapy"].family == "own" and own["Hydrotherapy"].evidence
    assert "Python" in audit.skill_names()


def test_places_schools_and_headings_are_not_own_words() -> None:
    text = (
        "Dr Jo Tan\nCo-founder, Petrichor Bio | Cambridge, UK\nEducation\n"
        "PhD Microbiology, University of Tokyo, 2016\nLinks\nlinkedin.com/in/jo\nJo Tan\n"
    )
    assert [s.name for s in audit_text(text).skills if s.method == "own words"] == []


def test_a_german_cv_reads_headings_and_skill_words_and_says_so() -> None:
    text = (
        "Anna Schmidt\nBerufserfahrung\nPflegefachkraft, Klinikum Nord | 2015 - heute\n"
        "Wundversorgung und Medikamentengabe auf der Inneren\nDienstplanung für 12 Kolleginnen\n"
        "Kenntnisse\nPalliativpflege, Erste Hilfe, SAP\nSprachen\nDeutsch (Muttersprache), "
        "Englisch (gut)\n"
    )
    audit = audit_text(text)
    found = set(audit.taxonomy_names())
    assert {"Wound care", "Medication administration", "Rota planning", "Palliative care",
            "Emergency medical care", "German", "English"} <= found  # fmt: skip
    # Shown in the CV's own words where they name the skill more exactly.
    assert {"Wundversorgung", "Palliativpflege", "Erste Hilfe"} <= set(audit.skill_names())
    assert audit.language == "de"
    assert any("German" in note and "fewer skills" in note for note in audit.warnings)
    assert audit_text("Skills\nPython and teaching the team\n").language == "en"


def test_a_skill_is_shown_by_the_cvs_name_when_that_is_more_exact() -> None:
    found = {m.name: m.skill.name for m in find_skills(["Summary",
             "Paediatric first aid; mapped sites in QGIS; hiring for the summer"])}  # fmt: skip
    assert found["first aid"] == "Emergency medical care"  # a noun phrase names it
    assert found["QGIS"] == "Geographic information systems"  # a named tool
    assert found["Recruitment"] == "Recruitment"  # "hiring" is only a cue
    listed = {
        m.name: m.skill.name for m in find_skills(["Skills", "Boiler installation and servicing"])
    }
    assert listed == {"Boiler installation and servicing": "Heating installation"}


def test_a_sentences_words_are_no_name() -> None:
    found = {m.name for m in find_skills(["Summary", "Meet with clients to discuss their needs"])}
    assert "meet with clients" not in {name.casefold() for name in found}
