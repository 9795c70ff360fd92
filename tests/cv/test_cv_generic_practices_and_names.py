"""A practice word many trades share narrowed by another trade's noun, a capitalised name kept
whole as a verb's object, and skills in the person's words shown with a capital."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cv.audit import audit_text
from knowledge.cv.models import SkillFinding
from knowledge.cv.words import capitalised

# A dispensing optician's CV, written for these tests.
_OPTICIAN = [
    "Sam Okafor",
    "Dispensing Optician",
    "Experience",
    "Dispensing Optician, Harbour Eyecare, 2018 - present",
    "- Deliver the Low Vision Service at two branches",
    "- Help with weekly audits alongside the practice owner",
    "- Carry out frame audits and card payment reconciliation at close",
    "Skills",
    "prescription reconciliation, lens fitting, frame adjustments, iPad booking apps, "
    "eBay listings",
]


def findings(lines: Sequence[str]) -> dict[str, SkillFinding]:
    return {skill.name: skill for skill in audit_text("\n".join(lines)).skills}


def test_another_trades_noun_before_a_shared_practice_names_its_own_practice() -> None:
    found = findings(_OPTICIAN)
    assert found["Prescription reconciliation"].family == "own"
    assert found["Frame audits"].family == "own"
    assert "Reconciliation" not in found
    # a word of the practice's own family keeps its entry, shown by the CV's words
    assert found["Payment reconciliation"].taxonomy == "Reconciliation"


def test_audits_said_only_by_how_often_name_no_practice() -> None:
    found = findings(_OPTICIAN)
    assert "Auditing" not in found
    # in a finance line, the same word is still the family's auditing
    finance = findings(["Experience", "Prepared the audit file and answered the auditors."])
    assert "Auditing" in finance


def test_a_capitalised_name_after_a_verb_is_kept_whole() -> None:
    names = set(findings(_OPTICIAN))
    assert "Delivering Low Vision Service" in names
    assert not any(name.endswith(" Vision Service") and "Low" not in name for name in names)


def test_a_named_programme_after_a_verb_is_no_skill() -> None:
    names = set(findings(["Experience", "- Ran the Healthy Start Scheme for new parents"]))
    assert not any("Healthy" in name or "Start Scheme" in name for name in names)


def test_skills_in_the_persons_words_are_shown_with_a_capital() -> None:
    names = set(findings(_OPTICIAN))
    assert {"Lens fitting", "Frame adjustments"} <= names
    assert "lens fitting" not in names
    assert capitalised("iPad booking apps") == "iPad booking apps"
    assert capitalised("eBay listings") == "eBay listings"
    assert capitalised("vaccination") == "Vaccination"


def test_a_list_item_that_describes_is_not_taken_as_a_skills_name() -> None:
    found = findings(
        [
            "Dana Price",
            "Skills",
            "Software | Xero, Word for the weekly rota, I mostly use QuickBooks",
            "Equipment | a label printer for the stockroom, Own ladders and tools",
        ]
    )
    names = set(found)
    assert "Word for the weekly rota" not in names
    assert not any(name.startswith(("I ", "A ", "Own ")) for name in names)
    # the tools themselves are still found, by their own or the taxonomy's name
    assert any(found[name].taxonomy == "Accounting software" for name in names)
    assert "Xero" in names
