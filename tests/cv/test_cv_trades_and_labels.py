"""Skills of the families the taxonomy was thin on (farming, the counter and the stockroom,
bookkeeping and payroll, trades, teaching, organising, research and media), a skills list
labelled in any section, a long dated sentence about work, and work not (yet) the person's.

Every line here was written for these tests, in the plainest words people in each trade use.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cv.audit import audit_text
from knowledge.cv.layout import classify
from knowledge.cv.whose import not_mine


def shown(lines: Sequence[str]) -> set[str]:
    return {skill.name.lower() for skill in audit_text("\n".join(lines)).skills}


def test_a_skills_label_makes_a_skills_list_in_any_section() -> None:
    lines = [
        "Dana Pike  07700 900111",
        "Counter assistant, The Bun Stop, Leeds  2021-now",
        "Skills: cake decorating, cash handling + card terminals, stock rotation, sourdough",
    ]
    kinds = classify(lines)
    assert kinds[2].kind == "list" and kinds[2].section == "skills"
    found = shown(lines)
    assert {"cake decorating", "stock rotation", "sourdough"} <= found
    # The same line labelled as interests is still no skill.
    assert "sourdough" not in shown([*lines[:2], "Interests: sourdough, fell walking"])


def test_a_bulleted_label_still_labels_its_list() -> None:
    line = "* Machinery: tractor and loader work, quad bike, hedge cutter"
    assert classify(["Experience", line])[1].body.startswith("tractor")


def test_a_long_dated_sentence_is_work_not_a_role_header() -> None:
    lines = [
        "Experience",
        "Hedge laying on my own account since 2017, mostly for estates and the county council "
        "in the winter months, and some new planting in the spring.",
    ]
    line = classify(lines)[1]
    assert line.kind == "text"
    assert "hedge laying" in shown(lines)


def test_a_short_dated_role_line_stays_a_header() -> None:
    lines = ["Experience", "Farm worker, Low Gill Farm, Kendal (2016 - present)"]
    assert classify(lines)[1].kind == "header"


def test_farm_work_is_read_by_its_practices() -> None:
    found = shown(
        [
            "Experience",
            "Stockman on a 300-cow suckler herd; calving, foot trimming and rotational grazing",
            "Lambing 600 ewes each spring; keep the flock records and movement records",
            "Put up stock fencing and lay hedges in the winter",
        ]
    )
    assert {"calving", "foot trimming", "rotational grazing", "lambing"} <= found
    assert "livestock record keeping" in found
    assert {"fencing", "hedge laying"} <= found


def test_counter_and_stockroom_skills_are_named() -> None:
    found = shown(
        [
            "Skills",
            "latte art, EPOS, cash handling, stocktakes, allergen awareness, personal licence",
        ]
    )
    assert {"latte art", "epos", "cash handling", "stocktakes", "allergen awareness"} <= found
    assert "personal licence" in found


def test_books_and_payroll_are_named_by_their_practice() -> None:
    found = shown(
        [
            "Experience",
            "Kept the books for a garden centre and two plumbers",
            "Credit control and month-end close for a builders' merchant",
            "Paid SSP and SMP, ran pension auto-enrolment, sent RTI submissions each pay day",
            "Took minutes at the trustees' meetings",
        ]
    )
    assert {"bookkeeping", "credit control", "month-end close", "pension auto-enrolment"} <= found
    assert {"rti submissions", "minute taking"} <= found
    assert {"ssp", "smp"} & found


def test_trade_work_and_site_tickets_are_named() -> None:
    found = shown(
        [
            "Experience",
            "Commissioning of air source heat pumps; heat loss calculations for every survey",
            "Periodic inspection and testing of rented flats; rewires and emergency lighting",
            "Comfortable working at height; IPAF and confined space entry tickets",
        ]
    )
    assert {"commissioning", "heat loss calculation", "periodic inspection"} <= found
    assert {"emergency lighting", "working at height", "ipaf"} <= found


def test_teaching_organising_research_and_media_practices_are_named() -> None:
    found = shown(
        [
            "Experience",
            "EAL support for new arrivals and a weekly Forest School afternoon",
            "Housing casework for members; power mapping and direct action training",
            "Identify beetles to species for the county survey; mixed-effects models in R",
            "Colour grading and sound design for short documentaries",
        ]
    )
    assert {"eal support", "forest school", "casework", "power mapping", "direct action"} <= found
    assert {"species identification", "mixed-effects modelling"} <= found
    assert {"colour grading", "sound design"} <= found


def test_organising_with_people_is_community_organising() -> None:
    found = shown(["Experience", "Spent four years organising with residents on two estates"])
    assert "community organising" in found


def test_colour_grading_is_no_marking_and_a_gardening_club_is_no_landscaping() -> None:
    found = shown(
        ["Experience", "Colour grading in Resolve", "Ran the after-school gardening club"]
    )
    assert "assessment and grading" not in found and "landscaping" not in found
    assert "gardening" in found


def test_working_freelance_is_no_entrepreneurship() -> None:
    found = shown(["Profile", "Freelance sound recordist, self-employed since 2015."])
    assert "entrepreneurship" not in found


def test_a_clause_saying_others_do_the_work_gives_no_skill() -> None:
    assert not_mine("Shearing is done by a local gang; I wrap the fleeces") == (
        "I wrap the fleeces"
    )
    assert "shearing" not in shown(["Experience", "Shearing is done by a local gang"])


def test_teaching_oneself_and_a_booked_course_are_not_yet_skills() -> None:
    found = shown(
        [
            "Experience",
            "Currently teaching myself SQL from a library book.",
            "Booked: phlebotomy course",
            "Dementia care course (starts in May)",
        ]
    )
    assert not {"sql", "phlebotomy", "dementia care"} & found


def test_a_driving_licence_and_a_line_about_observations_name_no_skill() -> None:
    found = shown(["Experience", "Wrote up observations for each school visit"])
    assert "vital signs monitoring" not in found


def test_one_word_inside_a_longer_skill_name_is_that_skill() -> None:
    found = shown(["Skills", "food hygiene, science communication"])
    assert {"food hygiene", "science communication"} <= found
    assert not {"hygiene", "infection control", "communications"} & found
    # Two words inside a longer name may be a skill of their own.
    both = shown(["Experience", "Ran Linux and Windows virtual servers for the lab"])
    assert {"windows server", "virtual servers"} <= both


def test_a_skill_word_inside_a_business_name_is_no_skill() -> None:
    found = shown(
        [
            "Experience",
            "Labels and menus for Excel Hill Bakery and the Tableau House hotel",
            "Shop fit-out for Agile Lettings; research labs refit for the university",
        ]
    )
    assert not {"excel", "tableau", "agile development", "research"} & found


def test_reception_before_a_school_year_is_a_class_not_a_front_desk() -> None:
    assert "reception" not in shown(["Experience", "Taught phonics from Reception to Year 2"])
    assert "reception" in shown(["Skills", "reception, switchboard, diary management"])


def test_school_exam_subjects_are_qualifications() -> None:
    found = shown(["Education", "8 GCSEs incl. English and Maths; A levels in French, Biology"])
    assert not {"english", "mathematics", "french"} & found


def test_words_that_merely_mention_suppliers_briefings_or_launches_name_no_practice() -> None:
    found = shown(
        [
            "Experience",
            "Ordering with 12 suppliers; led the pre-shift briefings",
            "Launched a Sunday brunch menu",
        ]
    )
    assert not {"vendor management", "report writing", "product launch"} & found
    assert "report writing" in shown(["Experience", "Wrote ministerial briefings"])


def test_grant_complaint_and_commissioning_work_said_with_a_verb_is_named() -> None:
    found = shown(
        [
            "Experience",
            "Wrote the charity's first grant bids; dealt with customer complaints",
            "Commissioned new heat pump installs across the county",
            "Supported people living with dementia in their own homes",
        ]
    )
    assert {"grant writing", "complaint handling", "commissioning", "dementia care"} <= found


def test_more_languages_are_known() -> None:
    found = shown(["Languages", "Shona, isiZulu, Afrikaans, Sinhala"])
    assert {"shona", "isizulu", "afrikaans", "sinhala"} <= found


def test_leading_a_shift_is_shift_leadership() -> None:
    assert "shift leadership" in shown(["Experience", "Lead the late shift of five carers"])
    assert "shift leadership" not in shown(["Experience", "Worked late shifts on the ward"])


def test_research_practices_said_with_a_verb_are_named() -> None:
    found = shown(
        [
            "Experience",
            "Designed a postal questionnaire for 400 allotment holders",
            "Co-supervise three MSc projects on river restoration",
            "Field experiments with exclusion cages on two moors",
        ]
    )
    assert {"survey design", "research supervision", "field experiments"} <= found


def test_on_air_is_broadcasting_only_as_one_word() -> None:
    assert "broadcasting" not in shown(["Experience", "Now mostly on air source heat pumps"])
    assert "broadcasting" in shown(["Experience", "On-air presenter for the breakfast show"])


def test_a_passive_without_someone_else_and_a_plain_negative_stay_the_persons() -> None:
    assert not_mine("All bookkeeping is done in Xero") == "All bookkeeping is done in Xero"
    assert not_mine("Payroll was handled by me") == "Payroll was handled by me"
    assert not_mine("Has not missed a payroll deadline") == "Has not missed a payroll deadline"
    assert not_mine("Shearing is contracted out") == ""
