"""Text repair: mojibake, icon-font names, template placeholders, doubled LinkedIn fields."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from knowledge.cv.clean import clean_text, fix_mojibake, undouble
from tests.cv.fixtures import mojibake


def test_mojibake_is_repaired() -> None:
    original = "Développeur — café “naïve” – Straße"
    fixed, count = fix_mojibake(mojibake(original))
    assert fixed == original
    assert count > 0


def test_double_mojibake_is_repaired() -> None:
    original = "Résumé – Zoë"
    assert fix_mojibake(mojibake(mojibake(original)))[0] == original


def test_clean_text_is_left_alone() -> None:
    text = "Ångström, São Paulo, naïve café – 10 €, Â propos"
    assert fix_mojibake(text) == (text, 0)


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60))
def test_repair_never_breaks_well_formed_text_into_worse(text: str) -> None:
    repaired, _ = fix_mojibake(mojibake(text))
    assert repaired == text or len(repaired) <= len(mojibake(text))


def test_icon_font_names_and_glyphs_are_stripped() -> None:
    raw = "♂¶obile-alt (123) 456-7890\n/linkedin-in apennyworth\n/github apennyworth\nfa-envelope x"
    cleaned = clean_text(raw)
    assert cleaned.lines == ["(123) 456-7890", "apennyworth", "apennyworth", "x"]
    assert cleaned.icons_removed >= 4


def test_private_use_glyphs_are_stripped() -> None:
    assert clean_text("\uf0e0 Email me\n\uf095 Call").lines == ["Email me", "Call"]


def test_placeholders_are_removed_and_reported() -> None:
    cleaned = clean_text(
        "[Your Name]\n{{ email }}\n<Company Name>, 2019\nLorem ipsum dolor\nC++ <3"
    )
    assert cleaned.lines == ["2019", "C++ <3"]
    assert {"[Your Name]", "{{ email }}", "<Company Name>", "Lorem ipsum"} <= set(
        cleaned.placeholders
    )


def test_doubled_linkedin_fields_keep_one_copy() -> None:
    assert undouble("Sr. System Reliability EngineerSr. System Reliability Engineer") == (
        "Sr. System Reliability Engineer"
    )
    assert undouble("WeyerhaeuserWeyerhaeuser") == "Weyerhaeuser"
    assert undouble("Acme Ltd Acme Ltd 3 mos") == "Acme Ltd 3 mos"
    assert undouble("Python and Go") == "Python and Go"


def test_markdown_marks_bullets_and_hyphenation_are_tidied() -> None:
    cleaned = clean_text("## Skills\n- **Python**, SQL\n• Devel-\noping tools\n\n")
    assert cleaned.lines == ["Skills", "Python, SQL", "Developing tools"]
