"""The names the audit gives: the CV's practice noun where the taxonomy's name is broader, the
head practice of a verb phrase, and no padding around it."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cv.audit import audit_text
from knowledge.cv.models import SkillFinding

# A ward occupational therapist's CV, written for these tests.
_THERAPIST = [
    "Ama Mensah",
    "Occupational Therapist",
    "Experience",
    "Senior Occupational Therapist, Riverside General, 2019 - present",
    "- Discharge planning with ward teams and families",
    "- Run staff training on falls prevention every term",
    "- Boiler servicing records for the therapy kitchen, checked monthly",
]


def findings(lines: Sequence[str]) -> dict[str, SkillFinding]:
    return {skill.name: skill for skill in audit_text("\n".join(lines)).skills}


def test_an_alias_closed_by_a_gerund_is_the_cvs_name_for_the_practice() -> None:
    found = findings(_THERAPIST)
    # "discharge planning" is a narrower practice than the entry it belongs to
    assert found["Discharge planning"].taxonomy == "Care planning"
    assert "Care planning" not in found
    # "staff training": what readers call it, not "Training and onboarding"
    assert found["Staff training"].taxonomy == "Training and onboarding"
    assert "Training and onboarding" not in found


def test_a_verb_phrase_alias_stays_a_cue_named_by_the_taxonomy() -> None:
    lines = [*_THERAPIST[:4], "- Leading teams through two ward moves"]
    # "leading teams" opens with the gerund: a verb's phrase, so the alias is only a cue
    assert findings(lines)["Leadership"].taxonomy == "Leadership"


# A classic-car mechanic's CV, written for these tests.
_MECHANIC = [
    "Lee Harper",
    "Mechanic",
    "Experience",
    "Workshop Technician, Harper Classics, 2015 - present",
    "- Rebuilt gearboxes and fixed brakes on the hire fleet",
    "- Repaired leaking radiators for two local garages",
    "- Fixed bugs in the booking spreadsheet",
    "- Trained two junior mechanics on the ramp",
    "- Present a weekly five-minute car-care slot on Harbour Radio",
]


def test_a_repair_said_with_any_verb_is_named_as_the_practice() -> None:
    found = findings(_MECHANIC)
    assert {"Gearbox repair", "Brake repair", "Leaking radiator repair"} <= set(found)
    assert not any(name.startswith(("Rebuilding", "Fixing brakes")) for name in found)
    # a fault as the object is what was fixed, not a thing repaired
    assert "Fixing bugs" in found and "Bug repair" not in found


def test_a_rank_or_a_length_of_time_is_padding_not_part_of_the_name() -> None:
    found = findings(_MECHANIC)
    assert "Training mechanics" in found
    assert "Presenting car-care slot" in found
    assert not any("junior" in name or "five-minute" in name for name in found)


# A scientific diver's and fabricator's lines, written for these tests.
_DIVER = [
    "Kit Morgan",
    "Marine Technician",
    "Experience",
    "Dive Technician, Northsea Surveys, 2018 - present",
    "- Plan dive logistics for a survey team of six",
    "- Fabricated food-grade pipework for a dairy",
    "- Mentor a second-year apprentice",
    "- Ran two one-day workshops for volunteers",
]


def test_a_noun_before_a_broad_practices_word_is_the_cvs_narrower_name() -> None:
    found = findings(_DIVER)
    assert found["Dive logistics"].taxonomy == "Supply chain"
    assert found["Food-grade pipework"].taxonomy == "Plumbing"
    assert "Supply chain" not in found and "Plumbing" not in found


def test_a_count_or_a_person_before_a_practices_word_names_no_narrower_practice() -> None:
    names = set(findings(_DIVER))
    assert not any(name.startswith(("Second-year", "One-day", "Two ")) for name in names)


def test_people_an_entry_is_named_for_after_another_practices_verb() -> None:
    lines = [*_DIVER[:4], "- Supervise an apprentice and an improver on site"]
    found = findings(lines)
    assert found["Apprentice supervision"].taxonomy == "Apprentice training"
    trained = findings([*_DIVER[:4], "- Trained three apprentices in rigging"])
    assert trained["Apprentice training"].taxonomy == "Apprentice training"


def test_a_patterns_verb_done_to_people_is_named_as_readers_name_it() -> None:
    found = findings([*_DIVER[:4], "- Lead the dive school: train staff, run the pool sessions"])
    assert found["Staff training"].taxonomy == "Training and onboarding"
    managed = findings([*_DIVER[:4], "- Managing a team of 12 divers"])
    assert managed["Team management"].taxonomy == "Team management"  # the entry's own name


def test_a_german_name_keeps_how_or_where_the_work_is_done() -> None:
    from knowledge.cv.german import german_phrases

    assert list(german_phrases("Verkauf ab Hof und auf Weinmessen")) == ["Verkauf ab Hof"]
    assert list(german_phrases("Pflege von Menschen mit Demenz")) == [
        "Pflege von Menschen mit Demenz"
    ]
    assert list(german_phrases("Anmeldung beim Netzbetreiber")) == ["Anmeldung beim Netzbetreiber"]
    # a longer complement, a number or another preposition still ends the name
    assert list(german_phrases("Messungen nach VDE 0100-600")) == ["Messungen"]
    assert list(german_phrases("Beratung mit Kunden am Telefon")) == ["Beratung"]
    assert list(german_phrases("Bearbeitung von Anträgen auf Wohngeld")) == [
        "Bearbeitung von Anträgen"
    ]
