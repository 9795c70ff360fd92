"""A skill phrase starts and ends on a word of its name: not on a joining word, an article, a
preposition or the count it was cut at, and not on a verb that names nothing done. A word
broken at a line end is joined again, a compound keeping its hyphen. Each line is written for
the test, in trades other than the CVs that showed the cause."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cv.audit import audit_text
from knowledge.cv.bounds import trimmed
from knowledge.cv.clean import clean_text
from knowledge.cv.german import german_phrases
from knowledge.cv.lists import list_items
from knowledge.cv.phrases import _verb_phrases


def shown(lines: Sequence[str]) -> list[str]:
    return [skill.name for skill in audit_text("\n".join(lines)).skills]


def objects(line: str) -> list[tuple[str | None, str | None]]:
    return [(phrase.verb, phrase.object) for phrase in _verb_phrases(line)]


def test_a_german_name_cut_at_a_count_ends_on_its_noun() -> None:
    # A childminder's and an orchard keeper's lines: "von etwa 40", "von rund 300".
    assert list(german_phrases("Betreuung einer Gruppe von etwa 40 Kindern im Hort")) == [
        "Betreuung einer Gruppe"
    ]
    assert list(german_phrases("Pflege eines Bestands von rund 300 Obstbäumen")) == [
        "Pflege eines Bestands"
    ]
    assert list(german_phrases("Schnitt der Hecken bis zu 3 m Höhe")) == ["Schnitt der Hecken"]


def test_an_english_object_cut_at_a_count_ends_on_its_noun() -> None:
    assert objects("Assessed pupils aged 5 to 11 for reading delays") == [("assess", "pupils")]
    assert "Assessing pupils" in shown(
        ["Experience", "Assessed pupils aged 5 to 11 for reading delays"]
    )
    # A name with a number inside still goes on: "Year 9 options evenings" is not cut at "9".
    assert objects("Ran Year 9 options evenings") == [("run", "Year 9 options evenings")]


def test_a_list_item_does_not_start_with_the_word_that_joined_it() -> None:
    assert list_items("Sanding, priming, then painting") == ["Sanding", "priming", "painting"]
    assert list_items("(Dulux, Farrow & Ball) and colour matching") == ["colour matching"]
    found = shown(["Skills", "Sanding, priming, then painting", "Wallpapering"])
    assert "Painting" in found and not any(name.lower().startswith("then") for name in found)


def test_a_level_or_figure_at_the_end_of_an_item_stays_for_its_own_rules() -> None:
    # "NVQ Level 3" and "returns down 12 to 4" keep their numbers: the item's rules read them.
    assert list_items("Forklift, NVQ Level 3") == ["Forklift", "NVQ Level 3"]
    assert trimmed(["returns", "down", "12"], numbers=False) == ["returns", "down", "12"]
    assert trimmed(["learners", "aged", "16"]) == ["learners"]


def test_a_verb_that_names_nothing_done_is_no_object() -> None:
    # "Orders" is a verb's form, but "come" is what the orders do, not what was ordered.
    assert objects("Orders come in by phone and email.") == []
    assert not any("come" in name.lower() for name in shown(["Experience", "Orders come in."]))


def test_a_number_with_capitals_is_part_of_the_name() -> None:
    # A plumber's "6G" and a surveyor's "3D" are names, not counts dropped from the object.
    assert objects("Repaired 6G pipe joints") == [("repair", "6G pipe joints")]
    assert objects("Designed 3D site models") == [("design", "3D site models")]


def test_a_compound_broken_at_a_line_end_keeps_its_hyphen() -> None:
    assert clean_text("Ran co-\noperative games for the under-fives").lines == [
        "Ran co-operative games for the under-fives"
    ]
    # Both words stand elsewhere in the text: the hyphen joins two words.
    assert clean_text("Taught mixed-\nability groups; ability sets were mixed").lines == [
        "Taught mixed-ability groups; ability sets were mixed"
    ]


def test_a_word_split_into_syllables_at_a_line_end_is_joined() -> None:
    assert clean_text("Kept the ledgers and recon-\nciled the accounts").lines == [
        "Kept the ledgers and reconciled the accounts"
    ]
    assert clean_text("Did the monthly stock-\n  taking").lines == ["Did the monthly stocktaking"]


def test_a_verb_particle_at_the_end_stays() -> None:
    # "Closing up", "handing over": the particle is part of the practice's name.
    assert list_items("Till, closing up, handing over") == ["Till", "closing up", "handing over"]
