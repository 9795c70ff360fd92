"""A line labelled as still to come, a course hedged after a dash, results passed on with no
word of what they are of, a German colleague's work, a German name of work with two objects,
the kinds of client served, a registration held, the club worked with, a junior sports side
written with a space, and people sent on to other help. Each line is written for the test, in
trades other than the CVs that showed the cause (a farrier's, a plasterer's, a hydrologist's, a
caseworker's, a carpenter's, a bookkeeper's, a chiropodist's, a sports coach's, a parish
warden's)."""

from __future__ import annotations

from knowledge.cv.german import german_phrases
from knowledge.cv.own import item_name
from tests.support.cv_lines import left, shown

_ROLE = ["Experience", "Farrier, Hoof & Anvil, 2015 - present", "Shoe and trim working horses"]


def test_a_line_labelled_as_still_to_come_names_nothing() -> None:
    tickets = ["TICKETS", "Forklift (counterbalance), Emergency first aid at work"]
    names = shown([*_ROLE, *tickets, "Booked: MIG welding, April", "Next: telehandler, June"])
    assert not [name for name in names if "telehandler" in name or "welding" in name]
    assert not {"april", "june"} & names
    held = shown([*_ROLE, *tickets, "MIG welding, telehandler"])
    assert "mig welding" in held


def test_a_course_asked_for_after_a_dash_is_not_held() -> None:
    line = "Lime plastering course - asked for it, maybe next year"
    assert "plastering" not in left(line).lower()
    names = shown(["Experience", "Plasterer, 2012 - present", "Skim walls and ceilings", line])
    assert not [name for name in names if "lime" in name or name in {"maybe", "asked for it"}]


def test_results_passed_on_name_no_practice() -> None:
    names = shown(
        [
            "Experience",
            "Hydrologist, River Trust, 2016 - present",
            "Sampled river flows each month and wrote up the results for the board",
            "Report quarterly figures to the funders",
            "Write up the notes afterwards",
        ]
    )
    assert not [name for name in names if name.endswith(("results", "figures", "notes"))]
    kept = shown(["Experience", "Caseworker, 2016 - present", "Write up case notes after visits"])
    assert "writing case notes" in kept


def test_presenting_results_is_still_a_practice() -> None:
    names = shown(
        ["Experience", "Analyst, 2016 - present", "Present the results to the trustees each year"]
    )
    assert any(name.startswith("presenting") for name in names)


def test_a_german_colleague_named_after_the_verb_does_that_work() -> None:
    line = "Die Dachstühle baut bei uns der Meister, Herr Brandt, ich schneide die Sparren zu."
    cut = left(line)
    assert "Dachstühle" not in cut
    assert "Herr Brandt" not in cut
    assert "ich schneide die Sparren zu" in cut


def test_a_person_with_a_title_of_address_is_no_skill() -> None:
    assert item_name("Herr Lindqvist") is None
    assert item_name("Mrs Okafor") is None
    assert item_name("Dry stone walling") == "Dry stone walling"


def test_a_german_name_of_work_with_two_objects_keeps_the_first() -> None:
    assert list(german_phrases("Wartung von Kettensägen und Freischneidern")) == [
        "Wartung von Kettensägen"
    ]
    # One compound cut at its hyphen and a gendered pair each name one thing.
    assert list(german_phrases("Erstellung der Monats- und Jahresberichte")) == [
        "Erstellung der Monats- und Jahresberichte"
    ]
    assert list(german_phrases("Beratung von Mieterinnen und Mietern")) == [
        "Beratung von Mieterinnen und Mietern"
    ]


def test_an_abbreviation_does_not_end_a_german_clause() -> None:
    assert list(german_phrases("Abgabe per Post bzw. online")) == ["Abgabe per Post"]


def test_the_kinds_of_client_served_are_not_work() -> None:
    line = "Did the VAT returns for 20 clients: two florists, a bakery and a garage"
    assert "bakery" not in left(line)
    assert "VAT returns" in left(line)
    names = shown(["Experience", "Bookkeeper, 2014 - present", line])
    assert not [name for name in names if "bakery" in name or "florist" in name]


def test_a_registration_is_not_work() -> None:
    line = "Registered with the county council for ear piercing"
    assert left(line) == ""
    names = shown(["Experience", "Chiropodist, 2014 - present", "Treat corns and calluses", line])
    assert not [name for name in names if "piercing" in name or "registered" in name]


def test_the_club_worked_with_names_no_practice() -> None:
    line = "Ran a fun run with the athletics club and the parish council"
    assert "athletics" not in left(line)


def test_a_junior_side_written_with_a_space_is_spare_time() -> None:
    names = shown(
        [
            "Experience",
            "Warehouse operative, 2014 - present",
            "Drive forklifts. Coach the under 12s netball on Sundays.",
        ]
    )
    assert "coaching" not in names


def test_sending_people_on_is_signposting_and_where_to_is_not() -> None:
    names = shown(
        [
            "Experience",
            "Parish warden, 2018 - present",
            "Signpost older residents to the lunch club and the befriending service",
        ]
    )
    assert "signposting" in names
    assert not [name for name in names if "befriending" in name]
    # Nobody sent on, only where to: no signposting said of the person.
    told = shown(["Experience", "Clerk, 2018 - present", "I signpost to the county helpline."])
    assert "signposting" not in told
