"""What a job is about that is no skill of the person's: work passed on or done by another
trade, what is still being learnt, a place or a thing named by the practice done there, the
opposite of a practice, and another person's title. Each line is written for the test, in
trades other than the CVs that showed the cause."""

from __future__ import annotations

from knowledge.cv.audit import audit_text
from tests.support.cv_lines import left, shown


def test_work_referred_to_someone_else_is_theirs() -> None:
    # A garage refers the bodywork, a pharmacist refers patients to physiotherapy.
    assert left("Refer bodywork and paint repairs to the panel shop on the estate.") == ""
    assert (
        left("Signposted patients to physiotherapy; ran the flu clinic on Saturdays.")
        == "ran the flu clinic on Saturdays"
    )
    found = shown(
        [
            "Experience",
            "Service and MOT prep for family cars; refer bodywork and paint spraying to the "
            "panel shop next door.",
        ]
    )
    assert not {"Paint spraying", "paint spraying", "Spray painting"} & found


def test_referrals_the_person_makes_still_count() -> None:
    # "make referrals" is the person's work, and "refer to" with no object refers to a text.
    for kept in (
        "Make safeguarding referrals to the local authority",
        "Referred to as the go-to person for rotas",
    ):
        assert left(kept) == kept


def test_a_clause_whose_subject_is_another_trade_is_theirs() -> None:
    assert left("Our bookkeeper reconciles the accounts in Xero; I raise the invoices") == (
        "I raise the invoices"
    )
    assert left("Plan the menus, and our head baker proves the bread.") == "Plan the menus"
    found = shown(
        [
            "Experience",
            "Run the front of house for a 60-cover bistro. Our sommelier orders the wine in "
            "Vinosmith; I draw up the weekly rota.",
        ]
    )
    assert "Vinosmith" not in found
    # The person's own clause is still read.
    assert "Rota planning" in found or "rota planning" in found


def test_the_work_of_a_group_after_a_comma_is_the_groups() -> None:
    assert (
        left("I recruit the stewards, who marshal the car parks and sell the programmes.")
        == "I recruit the stewards"
    )


def test_work_said_to_be_someone_elses_is_not_the_persons() -> None:
    cores = "Collect the soil cores for the survey"
    assert left(f"{cores} (the mapping is his)") == cores
    found = shown(["Experience", "Take the site photographs; the drone survey is theirs."])
    assert not {"Drone survey", "drone survey"} & found


def test_a_language_still_being_learnt_is_no_skill() -> None:
    assert "Portuguese" not in shown(
        ["Other", "Allotment and choir. I am also learning Portuguese on Tuesday nights."]
    )
    # A language the person speaks is kept.
    assert "Portuguese" in shown(["Languages: English, Portuguese (fluent)"])


def test_a_german_line_labelled_by_its_start_date_is_still_to_come() -> None:
    assert left("Ab Frühjahr 2027: Lehrgang Baumkontrolle") == ""
    assert left("Ab 2027: Meisterschule") == ""
    assert left("Seit 2019: Baumkontrolle nach FLL") == "Seit 2019: Baumkontrolle nach FLL"


def test_a_place_named_by_the_practice_done_there_is_no_practice() -> None:
    found = shown(
        [
            "Experience",
            "Cover the dispensary counter and the stock room when the branch is short.",
            "Taught art to two nursery classes and ran the school's pottery studio.",
        ]
    )
    assert not {"Dispensing", "dispensing", "Nursery", "Pottery", "pottery"} & found


def test_a_thing_named_by_the_practice_it_serves_is_no_practice() -> None:
    found = shown(
        [
            "Experience",
            "Built visual scheduling boards for the ward and laminated the allergen sheets.",
        ]
    )
    assert not {"Scheduling", "scheduling", "Allergen management"} & found


def test_the_same_practice_before_its_own_work_still_counts() -> None:
    # The guard is the place or thing after it; the practice on its own is kept.
    found = shown(["Experience", "Covered reception and the phones for a busy surgery."])
    assert "Reception" in found
    assert "Reception" not in shown(["Experience", "Sat at the reception desk on Mondays."])


def test_non_before_a_practice_names_its_opposite() -> None:
    found = shown(["Experience", "Edit non-fiction and trade titles for two publishers."])
    assert not {"Fiction", "fiction", "Creative writing"} & found


def test_two_documents_sharing_one_word_are_documents() -> None:
    found = shown(
        [
            "Certificates",
            "IPAF 3a and 3b; Gas Safe domestic and commercial tickets; PASMA (2024)",
        ]
    )
    assert not {"Gas Safe", "Heating installation"} & found


def test_a_title_after_a_possessive_is_another_person() -> None:
    found = shown(
        [
            "Experience",
            "Prioritise the repair queue each morning with my team leader and the planners.",
        ]
    )
    assert "Leadership" not in found


def test_coordinated_heads_before_of_name_no_activity() -> None:
    found = shown(
        [
            "Experience",
            "Restore the fronts and backs of antique cabinets for two dealers.",
        ]
    )
    assert not {"Restoring fronts", "restoring fronts"} & found


def test_support_for_the_served_group_alone_names_no_skill() -> None:
    found = shown(
        [
            "Experience",
            "Support residents at mealtimes and on outings.",
            "Supported newly arrived refugees through their asylum claims.",
        ]
    )
    assert not {"Supporting residents", "supporting residents"} & found
    # A group the line narrows is the person's work with them, and stays.
    assert "Supporting newly arrived refugees" in found


def test_working_together_with_someone_names_the_partner() -> None:
    from knowledge.cv.german import german_phrases

    line = "Zusammenarbeit mit Wirtschaftsprüfer und Bank, Erstellung der Liquiditätsplanung"
    assert list(german_phrases(line)) == ["Erstellung der Liquiditätsplanung"]
    assert list(german_phrases("Kooperation mit der Gemeindeverwaltung")) == []
    found = shown(
        [
            "Berufserfahrung",
            "Buchhaltung für drei Arztpraxen; Abstimmung der Konten, Zusammenarbeit mit "
            "Steuerberater und Lohnbüro",
        ]
    )
    assert not {"Steuerberater", "Certified Public Accountant"} & found


def test_a_title_after_with_or_for_is_another_person() -> None:
    found = shown(["Experience", "Plan the week's site visits with the team leader."])
    assert "Leadership" not in found


def test_people_named_by_their_area_of_work_are_people() -> None:
    found = shown(["Experience", "Write the weekly rota for the reception staff at a GP surgery."])
    assert "Reception" not in found


def test_a_product_named_in_a_list_is_shown_without_its_version() -> None:
    names = [skill.name for skill in audit_text("Skills\nPlatforms: Ubuntu 20.04/22.04").skills]
    assert names == ["Ubuntu"]


def test_a_line_that_only_closes_a_bracket_continues_the_one_before() -> None:
    from knowledge.cv.skills import unwrap

    wrapped = ["Resurfaced two car parks for the parish (drainage, kerbs,", "Markierungen)"]
    assert unwrap(wrapped) == [
        "Resurfaced two car parks for the parish (drainage, kerbs, Markierungen)"
    ]
    # A line that opens a bracket of its own is a line of its own.
    lines = ["Charts (Flourish,", "Tableau dashboards) | French (basic)"]
    assert unwrap(lines) == lines
    # A body's name cut by the wrap is read whole, not as a practice.
    found = shown(
        [
            "Experience",
            "Soil carbon survey of upland farms (three years, funded by the Northern Soil Research",
            "Council)",
        ]
    )
    assert "Research" not in found
