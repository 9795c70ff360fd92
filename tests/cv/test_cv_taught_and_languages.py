"""What a line says the person does, not what it mentions: a subject taught is teaching, a
complaint investigated is an investigation, and the CV's own language is a skill only where
the CV lists it or uses it for work."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cv.audit import audit_text


def shown(lines: Sequence[str]) -> set[str]:
    return {
        name
        for skill in audit_text("\n".join(["Experience", *lines])).skills
        for name in (skill.name, skill.name.lower())
    }


def test_a_subject_taught_is_named_as_its_teaching() -> None:
    found = shown(["I plan and teach Functional Skills English and maths to adult learners."])
    assert {"English teaching", "Maths teaching"} <= found
    assert not {"Mathematics", "English"} & found
    # An exam board's level before the subject is the class taught, not the person's exams.
    assert "Maths teaching" in shown(["Taught GCSE chemistry and maths to Years 10 and 11."])


def test_a_subject_not_taught_is_still_read_as_itself() -> None:
    assert "Mathematics" in shown(["Skills: mathematics, statistics, data analysis"])
    # School exams of the person's own are qualifications, as before.
    assert not {"Mathematics", "English"} & shown(["9 GCSEs incl. English and Maths"])
    # Teaching colleagues a tool names no subject taught.
    assert "Excel teaching" not in shown(["Sit with older colleagues to teach them Excel."])


def test_investigating_complaints_is_not_complaint_handling() -> None:
    found = shown(["Investigate noise nuisance complaints, including overnight monitoring."])
    assert "Complaint handling" not in found
    assert "Complaint handling" in shown(["Dealt with customer complaints and refunds."])


def test_the_cvs_own_language_is_a_skill_only_where_listed_or_used() -> None:
    # Listed: a languages line names the CV's own language as one of the person's.
    assert {"English", "Urdu"} <= shown(["Languages: English, Urdu (spoken)"])
    # Used for work: kept.
    assert "English" in shown(["Wrote the branch leaflets in English and Urdu."])
    # A register, not a language: "plain English" says how the person explains things.
    assert "English" not in shown(
        ["Reliable and tidy; I explain things to customers in plain English."]
    )


def test_two_languages_joined_in_one_item_are_named_apart() -> None:
    found = shown(["Sprachen", "Deutsch und Englisch (beide Muttersprache), Spanisch (B1)"])
    assert {"Deutsch", "Englisch", "Spanisch"} <= found
    assert "Deutsch und Englisch" not in found


def test_a_word_inside_a_compound_modifier_names_no_skill() -> None:
    found = shown(["Ran maths-through-cooking sessions for parents and children."])
    assert not {"Cooking", "Mathematics"} & found
    # A skill whose own name holds hyphens still counts.
    assert "end-of-life care" in {
        name.lower() for name in shown(["Palliative and end-of-life care"])
    }
