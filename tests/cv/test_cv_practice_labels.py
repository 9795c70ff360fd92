"""A list labelled by a practice: its lower-case items are what the practice was done to or
with, not skills of their own; items that name a practice, and named tools, still are."""

from __future__ import annotations

from knowledge.cv.audit import audit_text


def names(line: str) -> set[str]:
    return {
        name
        for skill in audit_text(f"Experience\n{line}").skills
        for name in (skill.name, skill.name.lower())
    }


def test_the_things_a_practice_was_done_to_are_no_skills() -> None:
    found = names("Equipment maintenance: centrifuges, -80 freezers, biosafety cabinets")
    assert not {"centrifuges", "biosafety cabinets"} & found
    found = names("Patch reporting: four market towns, parish councils, magistrates' courts")
    assert not {"parish councils", "magistrates' courts", "four market towns"} & found
    assert "Patch reporting" in found  # the practice itself is the skill


def test_items_that_name_a_practice_or_a_tool_stay() -> None:
    found = names("Heating diagnosing: radiator sizing, system balancing, pumps")
    assert {"Radiator sizing", "System balancing"} <= found
    assert "Pumps" not in found
    assert "Perl" in names("Shell scripting: ksh, Bash, Perl")
    # A one-word label is the list's category, not a practice its items serve.
    assert "reseeding" in names("Grassland: rotational grazing, reseeding, hay meadows")


def test_a_name_cut_short_is_shown_by_its_full_name() -> None:
    found = names("Heat loss calcs and system sizing with the surveyor")
    assert "Heat loss calculation" in found and "Heat loss calcs" not in found
