"""CVs written in shapes the tuning CVs do not have: lists inside sentences, a list after a
dated role line's colon, a list of work in the lines above the first heading, and a paragraph
whose last sentence is about spare time."""

from __future__ import annotations

from knowledge.cv.fragments import split_fragments
from knowledge.cv.layout import classify
from knowledge.cv.lists import is_list_shaped
from knowledge.cv.own import item_name
from knowledge.cv.skills import find_skills
from knowledge.cv.whose import own_part


def found(lines: list[str]) -> set[str]:
    return {match.name.lower() for match in find_skills(lines)}


def test_a_list_written_as_one_sentence_among_others_is_read_as_a_list() -> None:
    lines = ["Roofer, 9 yrs. Slate repair, gutter cleaning, chimney pointing. Own van."]
    assert split_fragments(lines) == [
        "Roofer, 9 yrs.",
        "Slate repair, gutter cleaning, chimney pointing",
        "Own van.",
    ]
    assert {"slate repair", "gutter cleaning", "chimney pointing"} <= found(lines)


def test_a_sentence_about_work_is_not_split() -> None:
    line = "Looked after a ward of 20 beds. Trained new starters, wrote rotas."
    assert split_fragments([line]) == [line]


def test_a_list_after_a_dated_role_line_is_read_under_the_role_as_label() -> None:
    lines = ["Ran a mobile bike shop 2015-2021: wheel truing, brake bleeding, invoicing."]
    assert split_fragments(lines) == [
        "Ran a mobile bike shop 2015-2021",
        "Ran a mobile bike shop: wheel truing, brake bleeding, invoicing",
    ]
    assert {"wheel truing", "brake bleeding", "invoicing"} <= found(lines)


def test_a_dated_line_with_a_sentence_after_its_colon_stays_whole() -> None:
    line = "Ward sister 2012-2019: I looked after the night shift."
    assert split_fragments([line]) == [line]


def test_a_list_of_work_above_the_first_heading_is_not_a_name_or_title() -> None:
    lines = ["Kim Lowe", "Tiling, grouting, plaster patching, kitchen fitting"]
    kinds = [line.kind for line in classify(lines)]
    assert kinds[0] == "contact" and kinds[1] != "contact"
    assert {"tiling", "grouting", "kitchen fitting"} <= found(lines)


def test_a_title_above_the_first_heading_stays_a_contact_line() -> None:
    lines = ["Kim Lowe", "Site Manager, Harlow Build, Essex", "Reporter, sport, courts, council"]
    assert [line.kind for line in classify(lines)] == ["contact", "contact", "contact"]


def test_a_list_opening_with_an_activity_word_is_a_list() -> None:
    assert is_list_shaped("Quoting, invoicing, VAT returns")
    assert not is_list_shaped("Replaced radiators, valves, pumps")


def test_only_the_sentences_about_spare_time_are_interests() -> None:
    text = (
        "For six years I worked as a porter, where I drove forklifts across the yard. "
        "In my spare time I coach netball."
    )
    (line,) = [own_part(line) for line in classify(["Experience", text])][1:]
    assert line.section != "interests" and "netball" not in line.text
    assert "forklifts" in line.text


def test_a_line_only_about_spare_time_is_still_an_interest() -> None:
    (line,) = [own_part(line) for line in classify(["In my spare time I coach netball."])]
    assert line.section == "interests"


def test_a_grade_a_version_and_a_count_are_not_part_of_a_skill() -> None:
    assert item_name("Grade 6 violin") == "violin"
    assert item_name("Debian 11/12") == "Debian" and item_name("Ubuntu 22.04") == "Ubuntu"
    assert item_name("Windows 11") == "Windows 11"
    assert item_name("40 fume cupboards") is None and item_name("3D printing") == "3D printing"


def test_table_headers_and_a_references_note_are_not_skills() -> None:
    assert item_name("Skill area") is None and item_name("Years") is None
    assert item_name("References available on request") is None


def test_the_work_after_a_dated_table_row_s_role_is_read() -> None:
    row = (
        "seit 03/2018 | Altenpflegerin, Wohnbereich 2, Seniorenheim Lindenhof: "
        "Sturzprophylaxe, Biografiearbeit, Validation nach Feil, Angehörigengespräche"
    )
    head, work = split_fragments([row])
    assert head.startswith("seit 03/2018") and work.startswith("Sturzprophylaxe")
    lines = [
        "Lebenslauf",
        "Berufserfahrung",
        row,
        "Ich arbeite gern mit älteren Menschen und bin seit vielen Jahren in der Pflege tätig.",
    ]
    assert {"sturzprophylaxe", "biografiearbeit", "angehörigengespräche"} <= found(lines)


def test_a_skills_list_split_by_spaced_slashes_gives_each_item() -> None:
    lines = ["Skills", "Hydrotherapy / Makaton signing / hoist transfers"]
    assert {"hydrotherapy", "makaton signing", "hoist transfers"} <= found(lines)
    assert "mower/tedder/baler" in " ".join(found(["Skills", "mower/tedder/baler, fencing"]))


def test_a_line_in_capitals_is_a_heading_even_when_no_list_names_it() -> None:
    lines = ["Ada Quell", "ada@example.org", "Experience", "Lab tech, 2019-2024"]
    lines += ["STORES AND WASTE", "Ordered reagents for six groups.", "SQL"]
    kinds = {line.text: line.kind for line in classify(lines)}
    assert kinds["STORES AND WASTE"] == "heading"
    assert kinds["SQL"] != "heading"  # one short word in capitals may be a skill
    assert "stores and waste" not in found(lines)
