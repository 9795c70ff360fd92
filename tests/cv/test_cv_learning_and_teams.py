"""What a CV says the person is still learning or has booked, what a team or firm does, and a
section of time off named by what it is off. Each line is written for the test, in trades and
layouts other than the CVs that showed the cause."""

from __future__ import annotations

from tests.support.cv_lines import left, shown


def test_a_clause_opening_on_learning_with_a_class_or_a_date_is_not_yet_the_persons() -> None:
    # A plasterer learning a language, a nurse starting a course, a chef taking up lessons.
    assert left("Tiling and skimming. Learning Portuguese at night school.") == (
        "Tiling and skimming"
    )
    assert left("Starting Makaton classes in January; I run the baby clinic") == (
        "I run the baby clinic"
    )
    assert left("Also taking up Italian lessons, for the deli") == ""
    assert left("I am starting Excel level 2 at the college in October.") == ""
    found = shown(
        [
            "Experience",
            "Head chef, 2019 - date: menu costing, ordering, kitchen rota",
            "Other",
            "Learning Spanish, my partner's language, with an evening class.",
        ]
    )
    assert not {"spanish"} & found


def test_learning_named_as_work_or_with_no_class_or_date_stays() -> None:
    # "Learning support" and "learning disabilities" name work, not something being learnt.
    line = "Learning support for Year 4 classes, reading and phonics groups"
    assert left(line) == line
    line = "Learning disabilities nursing in the autumn respite service"
    assert left(line) == line
    # Learning in a sentence about work, with no class or date, is left to the other rules.
    line = "Learning the new till system quickly was part of the job"
    assert left(line) == line


def test_a_place_on_a_course_and_a_german_booking_are_not_yet_the_persons() -> None:
    assert left("I have a place on a Xero payroll course in May and will move clients after") == (
        "I"
    )
    assert left("Got a place on the forest school training scheme; I lead nature walks") == (
        "I lead nature walks"
    )
    # A place on a board is no course.
    line = "I have a place on the parish council and chair its planning meetings"
    assert left(line) == line
    assert left("Schweißkurs bei der Handwerkskammer für Juni 2027 angemeldet.") == ""
    assert left("2023 Staplerschein, geplant 2026 Techniker Schule, danach Meister") == (
        "2023 Staplerschein"
    )


def test_a_team_or_firm_named_as_the_subject_does_its_own_work() -> None:
    # A hotel porter's line and a bakery's: the kitchen and the firm are other people.
    assert left("Carry bags and book taxis; the kitchen does room service breakfasts") == (
        "Carry bags and book taxis"
    )
    assert left("The firm installs heat pumps across the county. I do the surveys.") == (
        "I do the surveys"
    )
    # One team named in the singular with a "who" clause: what it does is its own.
    assert left("Sat beside the crew, who rigged and focused the lights; I called the show") == (
        "Sat beside the crew; I called the show"
    )


def test_a_german_team_or_firm_taking_work_on_is_someone_elses() -> None:
    assert left("Die Buchhaltung erledigt jedes Quartal eine Steuerkanzlei-Firma.") == ""
    assert left("Die Fliesenarbeiten übernahm das Subunternehmer-Team; ich verlegte Parkett.") == (
        "ich verlegte Parkett"
    )
    # The person taking a team over stays the person's.
    line = "Ich übernahm 2021 das Team der Spätschicht"
    assert left(line) == line


def test_a_section_of_time_off_named_by_what_it_is_off_is_interests() -> None:
    found = shown(
        [
            "Skills",
            "Bookkeeping, photography for product listings",
            "Off duty",
            "Watercolour painting and a bit of photography. Volunteer at the food bank.",
        ]
    )
    assert "photography for product listings" in found
    assert "photography" not in found
    assert "volunteering" not in found
    found = shown(
        [
            "Skills",
            "Rewires, EICRs, fault finding",
            "Off the tools",
            "Photography, fly fishing",
        ]
    )
    assert "fault finding" in found
    assert "photography" not in found


def test_a_skill_word_inside_a_place_named_with_two_capitalised_words_is_no_skill() -> None:
    # A site or business park named with two words before "Farm" or "Park": a place.
    found = shown(["Experience", "Trials run at Tableau Ridge Research Farm, the college's farm."])
    assert "tableau" not in found
    found = shown(["Experience", "Lab manager, Stanmoor Research Park, 2019 - date"])
    assert "research" not in found
    # The same tool named as a tool stays.
    found = shown(["Skills", "Tableau, QGIS, R"])
    assert "tableau" in found


def test_a_line_labelled_hobby_or_pastimes_is_an_interest() -> None:
    # A baker's and a surveyor's spare time, labelled in the singular or as pastimes.
    found = shown(["Skills", "Sourdough, lamination", "Hobby: photography and pottery"])
    assert "photography" not in found
    assert "sourdough" in found
    found = shown(["Fähigkeiten", "Vermessung, AutoCAD", "Hobby: Fotografie und Imkerei"])
    assert not {"fotografie", "imkerei"} & found
    found = shown(["Skills", "AutoCAD, GPS survey", "Pastimes: photography, choir"])
    assert "photography" not in found


def test_a_booked_or_paused_item_takes_its_where_and_when_with_it() -> None:
    # A nursing student's booked placement; a roofer's course started and paused.
    assert left("Ward placement (booked) - Kingsmead Hospital, winter term") == ""
    assert left("NVQ Level 3 roofing, started, paused; lead work, slating") == (
        "lead work, slating"
    )
    assert left("Bookkeeping course, in progress") == ""
    # A role's header after a dash with no such note stays, and a year after "started" too.
    line = "Ward sister (band 6) - Kingsmead Hospital, night shifts"
    assert left(line) == line
    assert left("Roofing, started 2012") == "Roofing, started 2012"
