"""A CV drops the "I": a course still to come or a wish to learn, written without it, is not yet
the person's skill, and spare time named by a label or "outside my job" is an interest."""

from __future__ import annotations

import pytest

from knowledge.cv.audit import audit_text
from knowledge.cv.whose import not_mine


def _found(line: str) -> set[str]:
    text = "\n".join(
        [
            "Dee Hart",
            "Warehouse operative",
            "Experience",
            "2020 - now  Warehouse operative, Millbank Foods",
            "- Picked and packed chilled orders; loaded the vans",
            "Other",
            line,
        ]
    )
    return {skill.name.lower() for skill in audit_text(text, this_year=2026).skills}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Will start a Level 2 bookkeeping course in the spring.", "bookkeeping"),
        ("Would like to train in phlebotomy one day.", "phlebotomy"),
        ("Interested in learning counselling.", "counselling"),
        ("Place confirmed on a forklift course in June.", "forklift operation"),
        ("Applied for a PRINCE2 foundation course, no date yet.", "prince2"),
        ("Outside of my job I take wedding photographs for friends.", "photography"),
        ("Personal interests - photography, sea kayaking", "photography"),
    ],
)
def test_what_is_still_to_come_or_spare_time_is_not_a_skill(line: str, skill: str) -> None:
    assert skill not in _found(line)


def test_work_said_without_a_pronoun_is_still_read() -> None:
    # A line that opens on a verb of the person's own work keeps it.
    assert not_mine("Willing to cover night shifts; trained in manual handling") == (
        "Willing to cover night shifts; trained in manual handling"
    )
    assert not_mine("Applied for grants for the food bank") == (
        "Applied for grants for the food bank"
    )
    assert "counterbalance forklift" in _found("Counterbalance forklift, 4 years")
