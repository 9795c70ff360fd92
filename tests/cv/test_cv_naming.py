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
