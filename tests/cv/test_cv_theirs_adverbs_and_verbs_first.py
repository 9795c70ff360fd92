"""Tools of the people a person works with, an adverb read as the object, a noun after "and"
in a line told with -ing, German lines told with the verb first, work told with its verb
before a colon, a listener as a trait and a family firm's name. Each line is written for the
test, in trades other than the CVs that showed the cause (a sound recordist's, a welder's, a
sign painter's, a caretaker's, a tiler's, a gardener's, a gallery assistant's, an
upholsterer's)."""

from __future__ import annotations

from knowledge.cv.german import german_phrases
from tests.support.cv_lines import left, shown


def test_the_tools_of_people_worked_with_are_theirs() -> None:
    line = "The dubbing editors we work with usually cut in Pro Tools, I record the dialogue on set"
    assert "Pro Tools" not in left(line)
    assert "I record the dialogue on set" in left(line)
    names = shown(["Experience", "Sound recordist, 2015 - present", line])
    assert "pro tools" not in names
    mine = shown(["Experience", "Sound recordist, 2015 - present", "I edit in Pro Tools"])
    assert "pro tools" in mine


def test_an_adverb_after_the_verb_is_not_its_object() -> None:
    names = shown(
        [
            "Experience",
            "Welder, Forge Row Fabrications, 2012 - present",
            "I weld mostly in the bay and I inspect just as carefully as I weld",
        ]
    )
    assert not [name for name in names if name.endswith(("mostly", "just"))]
    nurse = shown(
        ["Experience", "Nurse, 2019 - present", "Treated critically injured riders at the roadside"]
    )
    assert any("critically injured riders" in name for name in nurse)


def test_a_bare_verb_after_and_in_a_line_told_with_ing_is_a_noun() -> None:
    framer = shown(
        [
            "Experience",
            "Sign painter, 2010 - present",
            "Painting for galleries and post offices across the county",
            "I am painting for the library and post office this spring",
        ]
    )
    assert not [name for name in framer if name.startswith("posting")]
    notices = shown(
        [
            "Experience",
            "Caretaker, 2010 - present",
            "Write rotas for the cleaners and post notices in the lobby",
        ]
    )
    assert "posting notices" in notices


def test_a_german_line_told_with_the_verb_first_is_named_by_its_objects() -> None:
    tiler = "Verlege Fliesen und verfuge Wandflächen im Bad"
    assert list(german_phrases(tiler)) == ["Fliesen", "Wandflächen"]
    assert list(german_phrases("Berate Kundinnen zu Farben und Formaten")) == []
    assert list(german_phrases("Führe das Lager mit 300 Artikeln")) == []


def test_a_german_noun_ending_in_e_still_names_the_work() -> None:
    assert list(german_phrases("Pflege der Beete und Hecken")) == ["Pflege der Beete"]
    assert list(german_phrases("Hausbesuche in Altenheimen")) == ["Hausbesuche"]
    assert list(german_phrases("2020 Sachkunde Pflanzenschutz")) == ["Sachkunde Pflanzenschutz"]
    assert "Akademie Kassel" in list(german_phrases("Meisterkurs, Akademie Kassel"))


def test_work_told_with_its_verb_before_a_colon_is_the_persons() -> None:
    names = shown(
        [
            "Experience",
            "Gallery assistant, Quayside Arts, 2019 - present",
            "- Plan and install touring exhibitions: hire the vans, check the loans in and out",
        ]
    )
    assert "planning touring exhibitions" in names
    setting = shown(
        [
            "Experience",
            "Volunteer, 2019 - present",
            "- Ran a toy library: lent out toys to families, kept the loans book",
            "Present post: Senior Warden (Band 5), Hillside Reserve",
        ]
    )
    assert not [name for name in setting if name.startswith(("running", "presenting"))]


def test_a_listener_is_a_trait_and_a_family_firm_is_an_employer() -> None:
    names = shown(
        [
            "Experience",
            "Upholsterer, 2012 - present",
            "Hale & Sons; day release at the county college",
            "Skills: deep buttoning, Patient listener, punctual",
        ]
    )
    assert "patient listener" not in names
    assert "hale & sons" not in names
    assert "deep buttoning" in names
