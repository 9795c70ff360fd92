"""What is never stored from a message, whatever the reading said (``guards.sift``)."""

from __future__ import annotations

from typing import Any

from agent.interviewer import guards
from agent.interviewer.reading.types import Reading


def fact(field: str, value: Any, subject: str | None = None, span: str = "") -> Reading:
    return Reading("fact", field=field, value=value, subject=subject, span=span)


def fields(sifted: guards.Sifted) -> list[tuple[str | None, Any]]:
    return [(r.field, r.value) for r in sifted.readings if r.act in {"fact", "change"}]


def test_facts_from_a_questions_words_and_text_beside_a_question_are_dropped() -> None:
    question = Reading("question", span="does anyone enjoy insurance appeals, 20 hours of them?")
    readings = [
        question,
        fact("activity.energy", "energising", "coding", span="does anyone enjoy insurance appeals"),
        fact("activity.teaches", "appeals", "coding"),
        fact("capacity.hours_per_week", 34, span="i can give 34 hours"),
    ]
    sifted = guards.sift(readings, "act:energy:Coding", "…")
    assert fields(sifted) == [("capacity.hours_per_week", 34)]


def test_a_declined_question_keeps_the_rest() -> None:
    readings = [fact("capacity.cash_buffer", 3100), fact("capacity.monthly_spending", 3100)]
    sifted = guards.sift(readings, "buffer", "I'd rather not go into savings. $3,100 a month")
    assert sifted.skip and fields(sifted) == [("capacity.monthly_spending", 3100)]
    teaches = guards.sift([fact("activity.teaches", "dunnno skip")], "act:teaches:Guides",
                          "dunnno skip")  # fmt: skip
    assert teaches.skip and fields(teaches) == []


def test_text_holding_a_figure_is_not_stored_as_words() -> None:
    sifted = guards.sift([fact("activity.teaches", "the retainer went up to 42.000 €")],
                         "act:teaches:Retainer", "…")  # fmt: skip
    assert fields(sifted) == [] and sifted.notes == [guards.FIGURE_IN_TEXT]
    said = "I have 12k saved and spend about 2k a month, plus 500 on rent extras"
    sifted = guards.sift([fact("capacity.constraints", "500 on rent extras")], "buffer", said)
    assert fields(sifted) == []  # a bare amount is no constraint
    for kept in [
        "no work before 2027",
        "home by 6",
        "caring for my dad since 2019",
        "caring for Zanzibar-Quokka-4471 after school",
        "room B-204 on Mondays",
    ]:
        sifted = guards.sift([fact("capacity.constraints", kept)], "constraints", kept)
        assert fields(sifted) == [("capacity.constraints", kept)], kept


def test_two_figures_for_one_field_are_not_stored_but_a_change_wins() -> None:
    said = [
        fact("activity.annual_revenue", 41000, "guides"),
        fact("activity.annual_revenue", 3600, "guides"),
        fact("activity.hours_per_week", 6, "guides"),
    ]
    torn = guards.sift(said, "activities", "…")
    assert fields(torn) == [("activity.hours_per_week", 6)]
    assert "two different figures for the annual revenue of guides" in torn.notes[0]
    fixed = guards.sift([fact("capacity.hours_per_week", 44),
                         Reading("change", field="capacity.hours_per_week", value=40)],
                        "skills", "40 hours, not 44")  # fmt: skip
    assert fields(fixed) == [("capacity.hours_per_week", 40)] and fixed.notes == []


def test_wanting_to_plan_a_portfolio_is_no_wish() -> None:
    sifted = guards.sift([Reading("wish", subject="a portfolio career")], "context", "…")
    assert sifted.readings == []
    kept = guards.sift([Reading("wish", subject="a history podcast")], "streams", "…")
    assert len(kept.readings) == 1


def test_asking_to_skip_is_a_skip_not_a_question() -> None:
    text = "I don't know what to answer, sorry. Can we skip?"
    sifted = guards.sift([Reading("question", span="can we skip?")], "act:teaches:Subtitles", text)
    assert sifted.skip and sifted.readings == []


def test_a_message_that_is_one_question_changes_nothing() -> None:
    text = "hmm why does the charity job have to be the anchor, can't the training be it?"
    role = Reading("change", field="stream.role", value="anchor", subject="training")
    readings = [Reading("question", span="why does the charity job have to be the anchor"), role]
    sifted = guards.sift(readings, "streams", text)
    assert [r.act for r in sifted.readings] == ["question"]


def test_hesitation_then_no_idea_declines_the_question() -> None:
    said = "Hm, no idea. Next question please."
    sifted = guards.sift([fact("activity.teaches", said)], "act:teaches:Repair café", said)
    assert sifted.skip and fields(sifted) == []
    kept = guards.sift([fact("activity.teaches", "how kids learn")], "act:teaches:Tutoring",
                       "how kids learn")  # fmt: skip
    assert not kept.skip and fields(kept) == [("activity.teaches", "how kids learn")]
    hours = guards.sift([fact("activity.hours_per_week", 10)], "act:hours:Tutoring",
                        "Not sure, maybe 10 hours.")  # fmt: skip
    assert not hours.skip and fields(hours) == [("activity.hours_per_week", 10)]


def test_a_story_label_or_a_statement_is_no_activity_name() -> None:
    from agent.interviewer.namelike import name

    for said in ["Quick background", "Overstated tat", "Activist through and through",
                 "I meant", "Short version", "The short version"]:  # fmt: skip
        assert name(said) is None, said
    assert name("Background checks") == "Background checks"
    assert name("Short films") == "Short films"


def test_hours_that_bound_a_limit_are_the_constraint_itself() -> None:
    for kept in [
        "a bad hip, so no more than 5 hours of digging a day",
        "migraines: can't do more than 3h at a screen",
        "eczema, max 4 hrs with gloves on",
        "back trouble, 6 hours on my feet tops",
    ]:
        sifted = guards.sift([fact("capacity.constraints", kept)], "constraints", kept)
        assert fields(sifted) == [("capacity.constraints", kept)], kept
    for dropped in [
        "night shifts, 300 a month",
        "my 30 hours at the depot",
        "max £400 on childcare",
    ]:
        sifted = guards.sift([fact("capacity.constraints", dropped)], "constraints", dropped)
        assert fields(sifted) == [], dropped  # an amount, or hours that bound nothing
