"""What a careless reader takes from a CV and a careful one does not: a move into another trade
the person only wishes for or has applied for, spare time told in a sentence, work watched at
another person's side, and a laboratory named as the place someone worked."""

from __future__ import annotations

import pytest

from knowledge.cv.audit import audit_text
from knowledge.cv.whose import not_mine


def _found(line: str) -> set[str]:
    text = "\n".join(
        [
            "Rosa Pike",
            "Bus driver",
            "Experience",
            "2018 - now  Bus driver, Harlow Coaches",
            "- Drove the 14 and 22 routes; cashed up at the end of each shift",
            "Other",
            line,
        ]
    )
    return {skill.name.lower() for skill in audit_text(text, this_year=2026).skills}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Applying for a place on a radiography degree for 2027", "radiography"),
        ("- Applying to train as a midwife through the NHS scheme", "midwifery"),
        ("- Considering a move into occupational therapy", "occupational therapy"),
        ("- Keen on a career in social work", "social work"),
        ("- Open to learning Salesforce", "salesforce"),
        ("- Conditional offer to study nursing at Keele", "nursing"),
        ("- Bookkeeping - not started yet", "bookkeeping"),
        ("- Photography - would love to learn it properly", "photography"),
        ("Aiming to qualify as a plumber through the adult apprenticeship", "adult apprenticeship"),
    ],
)
def test_a_move_only_wished_for_or_applied_for_is_not_yet_a_skill(line: str, skill: str) -> None:
    assert skill not in _found(line)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Interests include birdwatching and cooking for friends", "cooking"),
        ("When I'm not on shift I paint landscapes in watercolour", "painting landscapes"),
        ("Leisure - pottery, fell running", "pottery"),
        ("Likes: baking, cinema, long walks", "baking"),
    ],
)
def test_spare_time_told_in_a_sentence_or_under_a_label_is_an_interest(
    line: str, skill: str
) -> None:
    assert skill not in _found(line)


def test_work_watched_at_anothers_side_is_theirs() -> None:
    assert not_mine("Shadowed the pharmacist on medication reviews") == ""
    assert not_mine("Filed the notes; shadowing our senior surveyor on party wall work") == (
        "Filed the notes"
    )
    assert "pharmacy" not in _found("- Shadowed the pharmacist on medication reviews")


def test_the_persons_own_work_beside_those_words_is_still_read() -> None:
    # "applying" of a material, and an application that is itself the work
    assert not_mine("Applying sealant to the window frames") == (
        "Applying sealant to the window frames"
    )
    assert not_mine("Applying for grants from two trusts; wrote the bids") == (
        "Applying for grants from two trusts; wrote the bids"
    )
    assert "grant writing" in _found("- Applying for grants from two trusts; wrote the bids")
    assert "counterbalance forklift" in _found("- Counterbalance forklift, open to night shifts")


@pytest.mark.parametrize(
    "line",
    [
        "- Nine years in a food-testing laboratory before I moved to driving",
        "- Samples went to the county soil laboratory every quarter",
        "- Cleaned glassware in the chemistry lab of a sixth-form college",
    ],
)
def test_a_laboratory_named_as_a_workplace_is_no_skill(line: str) -> None:
    assert not {"laboratory techniques", "soil laboratory", "chemistry lab"} & _found(line)


def test_laboratory_work_listed_as_such_is_still_read() -> None:
    assert "lab work" in _found("Lab work: titrations and sample preparation")
    assert "pcr" in _found("Laboratory: PCR, gel electrophoresis")
