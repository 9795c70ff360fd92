"""A bulleted line is an item of its own, even in lower case, and an awarding body's name
before a subject names a qualification, not a skill."""

from __future__ import annotations

from knowledge.cv.audit import audit_text
from knowledge.cv.clean import clean_text
from knowledge.cv.skills import unwrap


def test_a_bulleted_line_in_lower_case_is_not_joined_to_the_one_before() -> None:
    cleaned = clean_text("Experience\n  - 4am bake for two shops\n  - order flour and dairy")
    assert cleaned.bulleted == {"4am bake for two shops", "order flour and dairy"}
    assert unwrap(cleaned.lines, cleaned.bulleted) == cleaned.lines
    # A PDF's wrapped line (no bullet) still continues the line before.
    assert unwrap(["Designed the campaign", "management plan"]) == [
        "Designed the campaign management plan"
    ]


def test_bulleted_items_in_lower_case_are_read_one_by_one() -> None:
    text = "EXPERIENCE\n - 4am bake for two shops\n - hire + train Saturday staff (6)\n"
    audit = audit_text(text)
    recruited = [skill for skill in audit.skills if skill.name == "Recruitment"]
    assert recruited and recruited[0].evidence == "hire + train Saturday staff (6)"


def test_an_awarding_body_before_a_subject_names_a_qualification() -> None:
    text = "QUALIFICATIONS\nLevel 3 Food Hygiene, City & Guilds Bakery (2015)\n"
    names = {name for skill in audit_text(text).skills for name in (skill.name, skill.name.lower())}
    assert "City & Guilds Bakery" not in names
    assert "food hygiene" in {name.lower() for name in names}


def test_a_bulleted_line_never_continues_one_that_ends_on_a_small_word() -> None:
    text = (
        "Union work\n- Mapped the site and found the leaders each team listened to\n"
        "- Led the recognition campaign: petition and ballot\n"
    )
    cleaned = clean_text(text)
    assert len(unwrap(cleaned.lines, cleaned.bulleted)) == 3
    assert "Mapping site" in {
        name for skill in audit_text(text).skills for name in (skill.name, skill.name.lower())
    }
