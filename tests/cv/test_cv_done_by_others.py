"""Work a CV says another person or group does: a clause of the work and its doer after "by",
a clause whose subject is another trade after "the", and one person named by their trade with
a "who" clause. Each line is written for the test, in trades other than the CVs that showed
the cause (a planning officer's notes, a video editor's hand-overs)."""

from __future__ import annotations

from tests.support.cv_lines import left, shown


def test_work_done_by_another_named_after_by_is_theirs() -> None:
    # A seed bank's samples go to a lab; a housing officer's surveys go to a contractor.
    assert left("Seed samples were sent to the regional lab and run by their technicians.") == ""
    assert (
        left("Damp surveys are booked by tenants and carried out by the contractor; I chase them")
        == "I chase them"
    )
    assert left("The accounts are then prepared by our bookkeeper; I raise the invoices") == (
        "I raise the invoices"
    )
    found = shown(
        [
            "Experience",
            "Stock condition surveys are ordered by the landlord and checked by a building "
            "surveyor. I write the repair schedules.",
        ]
    )
    assert not {"Survey design", "survey design"} & found


def test_a_method_after_by_is_the_persons_own_work() -> None:
    # "by hand", "by ion chromatography": how the person did it, not who did it.
    line = "Samples were analysed by ion chromatography and logged in LIMS"
    assert left(line) == line
    assert left("Seams are finished by hand on every commission") == (
        "Seams are finished by hand on every commission"
    )
    # Being trained by someone, or work commissioned by clients, stays the person's.
    assert left("Was trained by a master joiner in sash window repair") == (
        "Was trained by a master joiner in sash window repair"
    )
    assert left("Portraits commissioned by private clients, mostly in oils") == (
        "Portraits commissioned by private clients, mostly in oils"
    )


def test_a_clause_whose_subject_is_the_other_trade_is_theirs() -> None:
    assert left("Cut the trailers; the sound designer mixed every episode in Pro Tools") == (
        "Cut the trailers"
    )
    assert left("Lay the pages out; the illustrator drew all the maps in Procreate") == (
        "Lay the pages out"
    )
    found = shown(
        [
            "Experience",
            "Edit the weekly podcast; the producer books guests in Calendly and the "
            "engineer mixed the music beds in Logic Pro.",
        ]
    )
    assert not {"Calendly", "Logic Pro"} & found


def test_one_person_named_by_trade_with_a_who_clause_is_theirs() -> None:
    assert (
        left("Handed the layouts to the printer, who binds in buckram; I set the type")
        == "Handed the layouts to the printer; I set the type"
    )
    found = shown(
        [
            "Experience",
            "Prepared the shot lists for the photographer, who retouches in Capture One; I "
            "styled every shoot.",
        ]
    )
    assert not {"Capture One"} & found
