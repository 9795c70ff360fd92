"""Precision rules that held across the studied batches: the town after an employer on a role's
line, a German compound naming the kind of firm or school, the exams and school time of a German
apprenticeship, and a phrase cut across a clause's words. Each line is written for the test, in
trades other than the CVs that showed the cause (a roofer's, a glazier's, a butcher's, a
cabinet maker's, a florist's, a locksmith's, a librarian's)."""

from __future__ import annotations

from knowledge.cv.names import closes_employer_line, is_organisation
from knowledge.cv.own import item_name, own_words
from knowledge.cv.phrases import Phrase


def _kept(text: str, line: str, source: str = "item") -> list[str]:
    return [phrase.text for phrase in own_words([Phrase(text, line, source)], [])]


def test_the_town_after_an_employer_is_no_skill() -> None:
    assert _kept("Kendal", "2014 | 2020 | Slate & Tile Roofing Ltd, Kendal | Roofer") == []
    assert _kept("Penrith 2012", "Glazier, Clearview Windows, Penrith 2012 -") == []
    assert _kept("Lead flashings", "Roofing, slate roofs, Lead flashings") == ["Lead flashings"]


def test_the_last_part_of_a_list_without_a_role_is_kept() -> None:
    line = "Tools: Photoshop, Lightroom, Excel"
    assert not closes_employer_line("Excel", line)
    assert closes_employer_line("Kendal", "Slate & Tile Roofing Ltd, Kendal")
    assert closes_employer_line("Penrith", "2019 Glazier, Clearview Windows, Penrith")
    # Only the very last part, and only a name: a practice after a dated comma stays a skill.
    assert not closes_employer_line("Glazing", "2019 Glazier, Penrith, glazing")


def test_a_german_compound_naming_a_firm_is_an_organisation() -> None:
    assert is_organisation("Landmetzgerei")
    assert is_organisation("Familienbetrieb")
    assert is_organisation("Landesberufsschule")
    assert not is_organisation("Baumschule")  # a tree nursery: a field of the trade
    assert not is_organisation("Wurstherstellung")
    assert not is_organisation("Betrieb")  # no kind of firm named before it
    assert _kept("Landmetzgerei", "(Landmetzgerei, 8 Mitarbeitende)", "noun") == []


def test_the_exams_of_a_german_apprenticeship_are_no_skills() -> None:
    for name in ("Gesellenprüfung", "Meisterbrief", "Praktikum", "Blockunterricht", "Abschlüsse"):
        assert item_name(name) is None, name
    assert item_name("Prüfung der Schließanlagen") == "Prüfung der Schließanlagen"
    assert item_name("Sachunterricht") == "Sachunterricht"  # a subject taught


def test_a_phrase_cut_across_clause_words_is_no_name() -> None:
    line = "Rekeying and lock changes, on the landlord's instruction"
    assert _kept("On the landlord's instruction", line) == []
    assert _kept("But cataloguing", "Ran the reading groups, but cataloguing took most days") == []
    assert _kept("Rings back when he promises", "punctual, rings back when he promises") == []
    assert _kept("Spines less glue", "mend spines less glue") == []
    assert _kept("Lock changes", line) == ["Lock changes"]
    assert _kept("Cooking for events", "Cooking for events") == ["Cooking for events"]


def test_german_labels_and_headings_name_no_skill() -> None:
    from knowledge.cv.headings import heading_section

    assert heading_section("PLÄNE") == "plans"
    assert heading_section("Persönliches") == "other"
    assert heading_section("Erfolge") == "other"
    for label in ("Aufgaben", "Stufe"):
        assert item_name(label) is None, label


def test_who_holds_a_thing_is_no_skill() -> None:
    assert item_name("Season ticket holder") is None
    assert item_name("Inspector") is None
    assert item_name("Roof inspection") == "Roof inspection"
