"""Work under a heading no section names, a person as a verb's object, and a note on how work
is done that says something is booked. Each line is written for the test, in trades and
layouts other than the CVs that showed the cause (a bar manager's, a ferry skipper's, a
plasterer's, a choir leader's)."""

from __future__ import annotations

from tests.support.cv_lines import left, shown


def test_a_section_under_a_heading_no_section_names_is_work_when_it_holds_a_role() -> None:
    # Markdown headings a writer chose ("Behind the bar", "On the ferries"), each above a
    # role and its dates: the practices its lines name with nouns are read as work.
    found = shown(
        [
            "# Dana Price",
            "Bar manager",
            "## Behind the bar",
            "The Copper Kettle, Bar Manager, 2019 – 2024",
            "Cask conditioning and line hygiene, cocktail costing for the spring menu",
            "## On the ferries",
            "Harbour Ferries, Deckhand then Skipper, 2012 – 2019",
            "Radar plotting and chartwork in fog, passenger muster drills",
        ]
    )
    assert {"cask conditioning", "radar plotting"} <= found


def test_a_section_under_a_heading_no_section_names_without_a_role_stays_odds_and_ends() -> None:
    found = shown(
        [
            "# Dana Price",
            "Bar manager",
            "## Experience",
            "The Copper Kettle, Bar Manager, 2019 – 2024",
            "Ran the bar and trained new staff",
            "## Bits and pieces",
            "Sheepdog trials at county level. Fell running.",
        ]
    )
    assert "sheepdog trials" not in found


def test_a_person_as_the_object_names_no_work() -> None:
    # A plasterer who mentors and a cook who built kit: whom the work was for or who did it.
    found = shown(
        [
            "Experience",
            "Plasterer, Smooth Walls Ltd, 2015 - present",
            "Mentor two apprentices on site and give them feedback after every job",
            "Fitted out the van with racking we designed ourselves",
            "Taught myself spray rendering in 2020",
        ]
    )
    assert not {"giving them feedback", "designing ourselves", "teaching myself"} & found
    assert "mentoring two apprentices" in found or "mentoring" in found


def test_a_booked_note_on_work_the_person_does_keeps_the_work() -> None:
    # The note says how the work runs (a hall, translators booked), not that it is to come.
    assert left("Run the Tuesday advice drop-in (new hall, translators booked)") == (
        "Run the Tuesday advice drop-in (new hall, translators booked)"
    )
    assert left("Lead the community choir (summer venue booked)") == (
        "Lead the community choir (summer venue booked)"
    )
    # An item still to come goes with its note, as before.
    assert left("Forklift licence (course booked for May), pallet stacking") == "pallet stacking"
    assert left("Work placement (booked) - Hillside Nursery, spring term") == ""


def test_a_verb_that_only_says_work_was_done_leaves_its_object_as_the_practice() -> None:
    # An electrician, a surveyor and a care coordinator: "carry out", "undertake" and
    # "complete" say only that the work was done; the thing done names it.
    found = shown(
        [
            "Experience",
            "Electrician, Brightline Electrical, 2017 - present",
            "Carried out thermal imaging of distribution boards for two hospitals",
            "Undertook dilapidations inspections for landlords; priced the remedial works",
            "Complete falls assessments for new residents within 48 hours",
        ]
    )
    assert {"thermal imaging", "dilapidations inspections", "falls assessments"} <= found
    # "carried out by" is work another did, and no object follows.
    assert not any("colleagues" in name for name in found)
    assert "carried out by colleagues" not in shown(
        ["Experience", "The dating was carried out by colleagues at the county lab"]
    )


def test_an_item_ending_on_licence_names_what_is_held_not_work() -> None:
    # A plant operator's and a shearer's lists: the licence is held; the work beside it counts.
    found = shown(["Skills", "dumper + roller licence (A09), kerb laying"])
    assert "kerb laying" in found and not any("roller" in name for name in found)
    found = shown(["Skills", "Full clean licence, machine shearing"])
    assert not any(name.startswith("full clean") for name in found)
    # Certificates in the plural may be what the work issues: still read.
    found = shown(["Skills", "Electrical installation certificates, fault finding"])
    assert "fault finding" in found
