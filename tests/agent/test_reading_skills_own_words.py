"""Skills said as people list them: a longer doing beside short items, detours, laughter."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read

EMPTY = PlanView(capacity=None, activities=(), skills=(), streams=())


def skills(message: str, ask: str = "skills") -> list[str]:
    return [str(r.value) for r in read(message, EMPTY, ask) if r.field == "skill" and r.confident]


def test_a_longer_doing_in_a_list_of_short_items_is_a_skill() -> None:
    found = skills("welding, rigging, keeping a crew safe on a windy roof")
    assert found == ["welding", "rigging", "keeping a crew safe on a windy roof"]


def test_laughter_after_the_last_item_is_no_part_of_it() -> None:
    found = skills("bookkeeping, payroll, chasing late invoices from big clients haha")
    assert found[-1] == "chasing late invoices from big clients"


def test_a_long_clause_telling_something_is_no_skill() -> None:
    found = skills("payroll, VAT, the cat has just knocked my tea over the keyboard")
    assert found == ["payroll", "VAT"]


def test_a_long_clause_that_is_no_doing_stays_out() -> None:
    assert skills("payroll, VAT, the last six years in a big accountancy firm") == [
        "payroll",
        "VAT",
    ]


def test_a_detour_to_another_topic_names_no_skill() -> None:
    assert skills("oh wait, back to spending first - rent went up, it's more like 1400") == []
    assert skills("before skills: the tutoring is 6 hours now, not 4") == []
