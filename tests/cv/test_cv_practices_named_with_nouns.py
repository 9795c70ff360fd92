"""Practices a line about work names with a noun at the start of a clause ("Capacity planning
for the grid"), and the phrases there that are no practice (a sentence, a sector, a time)."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cv.audit import audit_text
from knowledge.cv.practices import practice_nouns


def shown(lines: Sequence[str]) -> set[str]:
    return {skill.name.lower() for skill in audit_text("\n".join(lines)).skills}


def test_a_clause_opening_with_a_practice_names_it() -> None:
    found = shown(
        [
            "Experience",
            "Systems Administrator, Greyfield Mutual, 2016 - 2024",
            "- Nightly tape backups; capacity planning for the pricing cluster",
            "- Problem records and fault-tree analysis through the change board",
            "- Ostomy care and leg ulcer assessments with the district team",
        ]
    )
    assert {"capacity planning", "fault-tree analysis", "ostomy care"} <= found
    assert "leg ulcer assessments" in found


def test_two_practices_joined_at_the_start_of_a_clause() -> None:
    assert list(practice_nouns("Rivet inspection and sealant application, night shifts")) == [
        "Rivet inspection",
        "sealant application",
    ]


def test_do_before_a_practice_is_no_part_of_it() -> None:
    assert list(practice_nouns("Do cognitive assessments for people after a stroke")) == [
        "cognitive assessments"
    ]


def test_phrases_that_are_no_practice() -> None:
    told = "I research how people budget: payday lending, informal saving, gig working"
    for line in (
        "Closing, opening, banking",  # one word alone is too broad
        "Spearheaded the implementation of a new rota",  # a sentence in the past tense
        "Ten years organising in the private rented sector",  # a person's time
        "Daily checks of the walk-in fridges",  # how often, not what
        "Adult social care reporter for the evening paper",  # a sector
        "Harbourside Community Learning, Tuesday evenings",  # a name
        told,  # a first-person line's topics
    ):
        assert list(practice_nouns(line)) == [], line


def test_a_general_verb_before_a_procedure_names_the_procedure() -> None:
    found = shown(
        [
            "Experience",
            "- Landlord accounts: run affordability checks and hold tenancy reviews",
            "- Won union recognition at two depots; ran store trading on Sundays",
        ]
    )
    assert {"affordability checks", "tenancy reviews"} <= found
    assert not {"union recognition", "store trading"} & found  # a result, a charge


def test_a_second_practice_after_and_shares_the_verb() -> None:
    found = shown(["Experience", "- Prepare the quarterly fuel report and fleet cost analysis"])
    assert "preparing fleet cost analysis" in found
    assert not {"preparing quarterly", "fuel report and fleet"} & found


def test_a_section_no_heading_names_gives_no_practice_nouns() -> None:
    found = shown(
        ["Experience", "- Hedge laying on farms", "EXTRAS", "Cliff running. Kite flying."]
    )
    assert "cliff running" not in found and "kite flying" not in found
