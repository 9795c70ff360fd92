"""What a CV says the person does not do, work people of another trade do (named in the
plural), a course the person has only enrolled on, and verbs done with others or again
("co-wrote", "re-laid"). Each line is written for the test, in trades and layouts other than
the CVs that showed the cause (a framer's notes, a site manager's, a sign writer's)."""

from __future__ import annotations

from tests.support.cv_lines import left, shown


def test_a_clause_the_person_says_they_do_not_do_is_not_theirs() -> None:
    # A picture framer and a sign writer say what they leave to others.
    assert left("I cut mounts and join frames; I do not do conservation glazing") == (
        "I cut mounts and join frames"
    )
    assert left("I hand-letter shopfronts, but I have never used a vinyl plotter.") == (
        "I hand-letter shopfronts, but"
    )
    assert left("Ran the bar and the floor staff. We didn't cater for the weddings.") == (
        "Ran the bar and the floor staff"
    )
    # Where the person speaks again after a comma, the rest is theirs.
    assert left("I don't draw the plans, I price them from the drawings") == (
        "I price them from the drawings"
    )


def test_saying_one_still_does_it_or_never_misses_it_stays() -> None:
    assert left("I haven't stopped restoring clocks at weekends") == (
        "I haven't stopped restoring clocks at weekends"
    )
    assert left("I never miss a site inspection") == "I never miss a site inspection"
    # No "I" or "we": a sentence about the work, not about the person.
    assert left("Photoshop never crashed on us") == "Photoshop never crashed on us"


def test_a_tool_the_person_says_they_do_not_use_is_not_found() -> None:
    found = shown(
        [
            "Experience",
            "Sign Writer, Gilt Edge Signs, 2018 - present",
            "I design every board by hand on tracing paper; I do not use Photoshop.",
        ]
    )
    assert "Photoshop" not in found


def test_people_of_another_trade_in_the_plural_do_their_own_work() -> None:
    # A site manager and a wedding planner name the trades that do the work.
    assert left("Ran the programme; the bricklayers built the party walls") == ("Ran the programme")
    assert left("Book the venues; the florists arrange the tables, I brief them") == (
        "Book the venues; I brief them"
    )
    assert left("Cleared the site while the scaffolders did the tie testing.") == (
        "Cleared the site"
    )
    found = shown(
        [
            "Experience",
            "Site Manager, Hollin Build, 2016 - present",
            "I run the site diary; the electricians test and certify every circuit.",
        ]
    )
    assert not {"electrical testing", "Electrical testing"} & found


def test_people_in_the_plural_before_a_word_that_is_no_verb_stay() -> None:
    assert left("the painters and decorators were on site for a week") == (
        "the painters and decorators were on site for a week"
    )
    assert left("Trained the supervisors' deputies in first aid") == (
        "Trained the supervisors' deputies in first aid"
    )


def test_a_course_only_enrolled_on_is_not_a_skill() -> None:
    assert left("Level 3 Diploma in Counselling - weekends, enrolled, starts Sept.") == ""
    assert left("Welding, enrolled") == ""
    # A course finished, or the person's enrolling of others, stays.
    assert left("Enrolled learners onto the forklift course") == (
        "Enrolled learners onto the forklift course"
    )


def test_a_verb_done_with_others_or_again_is_the_verb() -> None:
    found = shown(
        [
            "Experience",
            "Sign Writer, Gilt Edge Signs, 2018 - present",
            "- Co-designed shopfront fascias with the conservation officer",
            "- Re-painted pub signs in the original colours",
        ]
    )
    assert {"Designing shopfront fascias", "Painting pub signs"} <= found
