"""Terse achievement lines: a spaced plus joins verbs like "and", and the till's "cash up"
is cash handling in any tense."""

from __future__ import annotations

from knowledge.cv.audit import audit_text


def names(line: str) -> set[str]:
    return {
        name
        for skill in audit_text(f"Experience\n{line}").skills
        for name in (skill.name, skill.name.lower())
    }


def test_a_spaced_plus_joins_two_verbs_that_share_an_object() -> None:
    assert {"Recruitment", "Training Saturday staff"} <= names("hire + train Saturday staff (6)")
    # A plus between numbers of things is no second verb.
    assert names("4am bake for 2 shops + 3 wholesale cafes") == set()


def test_cashing_up_is_cash_handling_in_any_tense() -> None:
    assert "Cash handling" in names("cash up, end-of-day Z reads, card machine")
    assert "Cash handling" in names("Cashed up the tills and banked the takings")
    assert "Cash handling" not in names("Raised cash for the upkeep of the hall")


def test_lead_before_one_title_is_part_of_the_title() -> None:
    assert "Leading electrician" not in names("Lead electrician on domestic rewires and refits")
    assert "Leading electricians" in names("Led the electricians on site")


def test_a_rep_is_a_title_so_the_practice_is_named_by_the_taxonomy() -> None:
    found = names("I have been a union rep for six years at the depot")
    assert "Union rep" not in found
    assert "Trade union organising" in found
