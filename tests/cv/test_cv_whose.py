"""Skills that are not yet the person's, or are someone else's, and work done to people: what
a careful reader does not list, or lists by the practice's name."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cv.audit import audit_text
from knowledge.cv.people import names_people, people_practice, served_only
from knowledge.cv.whose import not_mine


def shown(lines: Sequence[str]) -> set[str]:
    return {
        name
        for skill in audit_text("\n".join(lines)).skills
        for name in (skill.name, skill.name.lower())
    }


def test_what_the_person_is_only_about_to_learn_is_no_skill() -> None:
    found = shown(
        [
            "Profile",
            "Steady, patient dog groomer. I'm currently learning Italian, and next year I will "
            "start a canine hydrotherapy course.",
            "Experience",
            "Groom and hand-strip terriers; keen to move into veterinary nursing.",
        ]
    )
    assert not {"Italian", "Hydrotherapy", "hydrotherapy", "Nursing"} & found


def test_a_note_that_says_an_item_is_still_to_come_removes_the_item() -> None:
    text = "Skills | sourdough baking; laminated pastry; sugar work (course booked for next spring)"
    assert not_mine(text) == "Skills | sourdough baking; laminated pastry"
    assert not_mine("Tableau, SQL, Looker (viewing reports only)") == "Tableau, SQL"
    # A note that is no promise keeps its item.
    assert not_mine("Excel (pivot tables), SQL") == "Excel (pivot tables), SQL"


def test_someone_elses_tools_and_a_teams_work_are_not_the_persons() -> None:
    found = shown(
        [
            "Experience",
            "Booked venues and speakers; my colleague handles the Salesforce reports.",
            "Sat beside the accounts team, who use Xero and Sage.",
            "Wrote the brochure copy for the marketing team.",
        ]
    )
    assert not {"Salesforce", "Xero", "Sage", "Marketing", "Accounting software"} & found
    assert not_mine("Wrote the brochure copy for the marketing team.") == (
        "Wrote the brochure copy for the team."
    )


def test_the_persons_own_words_around_them_still_count() -> None:
    assert not_mine("Ran the till for the whole team") == "Ran the till for the whole team"
    assert not_mine("Machine learning in Python; outdoor learning sessions") == (
        "Machine learning in Python; outdoor learning sessions"
    )
    assert "Python" in shown(["Skills", "Python, SQL; currently learning Rust"])
    assert "Rust" not in shown(["Skills", "Python, SQL; currently learning Rust"])


def test_german_plans_to_learn_are_no_skill() -> None:
    assert not_mine("Buchhaltung mit DATEV; lerne derzeit Spanisch") == "Buchhaltung mit DATEV"


def test_work_done_to_people_is_named_by_its_practice() -> None:
    assert people_practice("supervise", "three trainee electricians") == "Supervision"
    assert people_practice("hire", "two line cooks") == "Recruitment"
    assert people_practice("mentor", "new volunteers") == "Mentoring"
    assert people_practice("supervise", "the rewiring of a school") is None
    found = shown(["Experience", "Supervised three trainee electricians on site."])
    assert "Supervision" in found
    assert "Supervising trainee electricians" not in found


def test_whom_the_person_served_is_no_skill() -> None:
    assert names_people("the site managers") and not names_people("the site accounts")
    assert served_only("advise", "site managers") and not served_only("advise", "budgets")
    found = shown(["Experience", "Advised site managers on asbestos surveys."])
    assert "Advising site managers" not in found


def test_a_degrees_subject_is_a_qualification_not_a_skill() -> None:
    assert not_mine("MSc (Hons) Marine Biology, University of Portwick, 2014") == (
        "University of Portwick, 2014"
    )
    assert not_mine("BA Economics") == ""
    found = shown(["Education", "BSc Mathematics, Uplands University", "Skills", "Statistics"])
    assert "Mathematics" not in found and "Statistics" in found
    # What follows the subject in brackets still counts ("dissertation: ...").
    assert "(dissertation" in not_mine("MSc Geography (dissertation: QGIS flood maps)")


def test_a_line_about_spare_time_is_an_interest() -> None:
    found = shown(["Experience", "Weekends: volunteer climbing coach at the Peakside wall."])
    assert "Coaching" not in found
    assert "Coaching" not in shown(["Profile", "In my spare time I coach junior chess."])
    # Work done at weekends is still work.
    assert "Bookkeeping" in shown(["Experience", "Bookkeeping for two cafes at weekends."])


def test_a_practice_before_the_kind_of_employer_names_their_sector() -> None:
    found = shown(["Profile", "Python developer for insurance and logistics companies."])
    assert "Supply chain" not in found and "Python" in found
    # A verb before the employers is still the person's work.
    assert "Consulting" in shown(["Profile", "Eight years consulting businesses on energy use."])


def test_an_object_cut_inside_a_numbered_name_is_no_activity() -> None:
    found = shown(["Experience", "Plan and teach a lively Year 3/4 class of 28."])
    assert not any(name.endswith("Year") for name in found)


def test_verbs_sharing_people_keep_only_those_done_to_people() -> None:
    found = shown(["Experience", "I photograph, retouch and mentor junior photographers."])
    assert "Mentoring" in found
    assert not {"Retouching junior photographers", "Photographing junior photographers"} & found


def test_the_same_thing_under_two_verbs_on_two_lines_is_one_skill() -> None:
    found = shown(
        [
            "Profile",
            "I restore sash windows for landlords and housing trusts.",
            "Experience",
            "Repaired sash windows in three terraced streets.",
            "Trained volunteers in hedge laying; managed volunteers on weekend tasks.",
        ]
    )
    windows = [name for name in found if name.endswith("sash windows") and name[0].isupper()]
    assert windows == ["Restoring sash windows"]
    assert "Volunteer management" in found  # the taxonomy names managing volunteers


def test_each_item_of_a_short_list_keeps_its_own_level() -> None:
    skills = {s.name: s for s in audit_text("Skills\nWord (basic), Tableau - expert").skills}
    assert skills["Word"].level == "basic" and skills["Tableau"].level == "expert"
    one_row = {s.name: s for s in audit_text("Skills\nPhlebotomy - intermediate").skills}
    assert one_row["Phlebotomy"].level == "intermediate"


def test_an_adjective_of_praise_or_seniority_gives_no_level() -> None:
    text = "Experience\nStrong Python and solid Java; senior Kubernetes engineer."
    assert all(skill.level is None for skill in audit_text(text).skills)


def test_a_job_title_names_no_skill() -> None:
    found = shown(["Profile", "Postdoctoral researcher in soil science; Kew Research Fellow."])
    assert "Research" not in found
    # A title that is also a verb or the object of one still counts.
    assert "Coaching" in shown(["Experience", "I coach two newly qualified teachers."])


def test_before_a_colon_the_setting_after_it_the_work() -> None:
    found = shown(["Experience", "Ran a winter night shelter: rotas, intake interviews, first aid"])
    assert "Running winter night shelter" not in found and "First aid" in found
    # Without a colon the same words are what was done.
    assert "Organising winter night shelter" in shown(
        ["Experience", "Organised a winter night shelter"]
    )


def test_a_skill_word_compounded_into_a_modifier_names_no_skill() -> None:
    found = shown(["Experience", "Deliver CBT-informed sleep groups and DBT skills sessions"])
    assert "CBT" not in found


def test_chasing_names_a_chore_not_a_skill() -> None:
    found = shown(["Experience", "Chase overdue timesheets and prepare the weekly payroll"])
    assert "Chasing overdue timesheets" not in found and "Payroll" in found
