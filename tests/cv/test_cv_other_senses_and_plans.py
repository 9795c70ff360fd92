"""Words in another trade's sense, work done to the person, what is still to come, nouns a
past-tense line joins with "and" after a preposition, and items that are a state, a place or a
trait. Each line is written for the test, in trades other than the CVs that showed the cause (a
paramedic's, a site manager's, a geologist's, a shepherd's, a decorator's, a lab's)."""

from __future__ import annotations

from tests.support.cv_lines import left, shown


def test_on_call_names_incident_response_only_beside_the_software_trade() -> None:
    # A paramedic's on-call is a duty rota, not a platform team's incident work.
    duty = shown(
        [
            "Experience",
            "Paramedic, County Ambulance Service, 2016 - present",
            "Triage and treat patients on scene; on-call for the air desk two nights a month",
        ]
    )
    assert "incident response" not in duty
    platform = shown(
        [
            "Skills: Go, Kubernetes, Prometheus",
            "Platform engineer, 2019 - present",
            "Share the on-call rota for the payments API",
        ]
    )
    assert "incident response" in platform


def test_induction_is_onboarding_only_as_a_new_starters() -> None:
    own_or_clinical = shown(
        [
            "Experience",
            "Newly qualified teacher, Hillside Primary, 2025 - present, in my induction year",
            "Theatre nurse: assist with the induction and recovery of day-case patients",
        ]
    )
    assert "training and onboarding" not in own_or_clinical
    starters = shown(
        [
            "Experience",
            "Site manager, Brick & Beam Ltd, 2018 - present",
            "Wrote and ran a two-week induction for new apprentices and labourers",
        ]
    )
    assert "training and onboarding" in starters


def test_a_campaign_of_fieldwork_is_no_campaign_management() -> None:
    science = shown(
        [
            "Experience",
            "Field geologist, 2017 - present",
            "Led four drilling campaigns and two survey campaigns in the uplands",
        ]
    )
    assert "campaign management" not in science
    cause = shown(["Experience", "Organiser, 2019 - present", "Ran campaigns for fair rents"])
    assert "campaign management" in cause


def test_work_done_to_the_person_is_not_theirs() -> None:
    learnt = shown(
        [
            "Experience",
            "Shepherd, Hill Farm, 2010 - present",
            "Two winters lambing in Wales, which taught me to tube-feed weak lambs",
        ]
    )
    assert "teaching" not in learnt
    assert "teaching" in shown(["Experience", "Tutor, 2019 - present", "Taught evening classes"])


def test_lines_under_a_heading_of_what_is_to_come_give_no_skills() -> None:
    lines = [
        "Experience",
        "Decorator, Fresh Coat Ltd, 2018 - present",
        "Prepare surfaces and paint interiors",
        "",
        "COMING UP",
        "Mentor two apprentices in spray finishing",
    ]
    assert "mentoring" in shown([line for line in lines if line != "COMING UP"])
    found = shown(lines)
    assert "mentoring" not in found
    assert "painting interiors" in found


def test_a_place_taken_on_something_to_come_is_not_yet_the_persons() -> None:
    kept = left("Run the Saturday stall. From March I am down to supervise the new stall.")
    assert kept.startswith("Run the Saturday stall") and "supervise" not in kept
    assert "Makaton" not in left("Put my name down for a Makaton course in May.")


def test_the_trade_of_the_people_worked_alongside_is_theirs() -> None:
    assert "Makaton" not in left("I have taught alongside Makaton tutors at two schools")
    assert (
        left("Worked alongside the surgeons in theatre")
        == "Worked alongside the surgeons in theatre"
    )


def test_in_a_line_told_in_the_past_a_bare_verb_ending_a_prepositions_nouns_is_a_noun() -> None:
    found = shown(
        [
            "Experience",
            "Alarm engineer, 2015 - present",
            "Fitted door entry panels in offices and care homes",
            "Delivered parcels to the corner shop and post office",
        ]
    )
    assert not {"caring homes", "posting office"} & found
    present = shown(
        ["Experience", "Painter, 2020 - present", "Prepare surfaces and paint interiors"]
    )
    assert "painting interiors" in present


def test_a_sentence_adverb_is_no_object() -> None:
    found = shown(
        ["Experience", "Welder, 2014 - present", "No course was near, so I trained anyway"]
    )
    assert "training anyway" not in found


def test_traits_states_and_places_of_study_are_no_skills() -> None:
    found = shown(
        [
            "Skills",
            "Meticulous, unflappable, thorough",
            "Certificates",
            "CSCS Gold Card, SMSTS | current",
            "Training",
            "Welding course, Riverside college, 2019",
        ]
    )
    assert not {"meticulous", "unflappable", "thorough", "current", "riverside college"} & found


def test_a_word_inside_an_acronyms_spelled_out_name_is_no_practice() -> None:
    # An agency's "TMS: translation memory system" and a ward's "common audit framework (CAF)"
    # name one system each; the whole spelled-out name of a practice ("cognitive behavioural
    # therapy (CBT)") still names it.
    lines = [
        "Experience",
        "Project coordinator, 2018 - present",
        "Look after the TMS: translation memory system, for three agencies",
        "File the ward's returns under the common audit framework (CAF) each quarter",
    ]
    found = shown(lines)
    assert not {"translation", "auditing"} & found
    therapy = shown(
        ["Experience", "Therapist, 2019 - present", "Deliver cognitive behavioural therapy (CBT)"]
    )
    assert "cbt" in therapy or "cognitive behavioural therapy" in therapy


def test_a_bracketed_list_in_work_done_by_others_is_theirs() -> None:
    kept = left(
        "Site tickets. The big jobs (re-roofing, the chimney stacks) are done by a contract gang; "
        "I do the scaffolding."
    )
    assert "re-roofing" not in kept and "I do the scaffolding" in kept
