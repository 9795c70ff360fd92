"""A title said with its employer by name ("I work as a deckhand with Stena Line") is the
title; a time or a doing with its object is never read as a role ("In September", "sell the
leftovers"); work said by a verb of its own beside a job, at one's own place, is named
without that place; a role asked about is a question, not a change; "finalise" alone and
"not just yet" answer the finalise question; "I don't want to overdo it" drops no stream."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, Reading, StreamView, read

NONE = PlanView()
PLAN = PlanView(
    streams=(
        StreamView("bakery shifts", "anchor", 30),
        StreamView("tutoring", "client", 5),
        StreamView("cake classes", "seed", 2),
    )
)


def names(message: str, ask: str = "context") -> dict[str, bool]:
    """Each activity named, with whether it is read surely."""
    return {
        str(r.value): r.confident
        for r in read(message, NONE, ask)
        if r.act == "fact" and r.field == "activity"
    }


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("I work as a deckhand with Stena Line", "deckhand"),
        ("I'm a lifeguard up at Bondi", "lifeguard"),
        ("Hi, I'm a lollipop lady at Greenfield Primary", "lollipop lady"),
    ],
)
def test_a_title_said_with_its_employer_by_name_is_the_title(message: str, title: str) -> None:
    assert names(message) == {title: True}


def test_a_title_at_night_keeps_the_time_out_of_the_place() -> None:
    """ "at night" is when, not an employer: the title stays as it was read."""
    assert "cook" in names("I'm a cook at night and I knit jumpers")


def test_a_month_is_never_a_role() -> None:
    read_names = names(
        "I'm a deckhand at a marina. In September and October I press cider for the village."
    )
    assert not any(n.casefold().startswith("in ") for n in read_names)


def test_selling_what_the_work_makes_is_no_work_of_its_own() -> None:
    read_names = names("plumber. keep bees on the side, jar honey, sell the leftovers")
    assert "sell the leftovers" not in read_names
    assert "plumber" in read_names


def test_work_by_its_own_verb_at_home_beside_a_job_is_named_without_the_place() -> None:
    read_names = names("I work as a deckhand with Stena Line, and I bind books in my shed")
    assert read_names == {"deckhand": True, "bind books": True}


def test_a_role_asked_about_is_a_question_not_a_change() -> None:
    readings = read("tutoring 6 hours please, and what does seed mean", PLAN, "streams")
    assert any(r.act == "question" for r in readings)
    assert not any(r.field == "stream.role" for r in readings)
    assert any(r.field == "stream.target_hours" and r.value == 6 for r in readings)


def test_a_role_given_beside_a_question_about_another_is_still_given() -> None:
    readings = read("make tutoring the seed, what's the anchor for then?", PLAN, "streams")
    roles = [(r.subject, r.value) for r in readings if r.field == "stream.role"]
    assert ("tutoring", "seed") in roles


def confirm(message: str) -> list[Reading]:
    return [r for r in read(message, PLAN, "finalise") if r.act == "confirm"]


@pytest.mark.parametrize("message", ["finalise", "Ndiyo, finalize it please", "confirm"])
def test_the_act_asked_for_in_its_own_word_is_a_yes(message: str) -> None:
    assert [r.value for r in confirm(message)] == [True]


@pytest.mark.parametrize("message", ["not just yet", "hmm not quite yet, give me a day"])
def test_not_quite_yet_is_a_no_for_now(message: str) -> None:
    assert [r.value for r in confirm(message)] == [False]


def test_not_wanting_to_overdo_it_drops_no_stream() -> None:
    readings = read("keep the cake classes at 2, I don't want to overdo it", PLAN, "streams")
    assert not any(r.act == "wish" and r.remove for r in readings)


def test_not_wanting_a_stream_still_drops_it() -> None:
    readings = read("I don't want the cake classes", PLAN, "streams")
    assert any(r.act == "wish" and r.remove and r.subject == "cake classes" for r in readings)


def test_a_change_asked_of_it_after_the_stream_is_named_is_a_request() -> None:
    readings = read(
        "The cake classes sound nice. Could it be 3 hours and make it client?", PLAN, "streams"
    )
    changes = {(r.field, r.value, str(r.subject).casefold()) for r in readings if r.act == "change"}
    assert ("stream.target_hours", 3, "cake classes") in changes
    assert ("stream.role", "client", "cake classes") in changes


def test_change_it_to_other_work_renames_the_stream_spoken_of() -> None:
    readings = read("Cake classes are too fiddly. Change it to bread classes.", PLAN, "streams")
    changes = [(r.field, r.value, str(r.subject).casefold()) for r in readings if r.act == "change"]
    assert changes == [("stream.name", "bread classes", "cake classes")]


@pytest.mark.parametrize("message", ["change it to weekends", "change it to client"])
def test_change_it_to_a_time_or_a_role_is_no_new_name(message: str) -> None:
    readings = read(f"cake classes: {message}", PLAN, "streams")
    assert not any(r.field == "stream.name" for r in readings)


def test_a_limit_named_then_spelled_out_on_the_same_weekends_is_one_limit() -> None:
    said = [
        str(r.value)
        for r in read(
            "access weekends, every second weekend I have my daughter", NONE, "constraints"
        )
        if r.field == "capacity.constraints"
    ]
    assert len(said) == 1
    assert "every second weekend" in said[0]


@pytest.mark.parametrize(
    ("message", "date"),
    [
        ("after the harvest, so October third", "october 3rd"),
        ("15.10. / October fifteenth", "october 15th"),
        ("march the twentieth works", "march 20th"),
    ],
)
def test_a_day_said_as_a_word_after_its_month_is_the_day(message: str, date: str) -> None:
    dates = [r.value for r in read(message, NONE, "review") if r.field == "review.date"]
    assert dates == [date]


def test_may_first_is_too_often_a_verb_to_be_a_date() -> None:
    assert not any(r.field == "review.date" for r in read("may first", NONE, "review"))


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("glazier self employed swindon 15 year", "glazier"),
        ("tiler self-employed since 2015", "tiler"),
    ],
)
def test_self_employed_said_after_a_title_ends_it(message: str, title: str) -> None:
    readings = read(message, NONE, "context")
    assert [r.value for r in readings if r.field == "activity" and r.confident] == [title]
    assert ("context", "general") in {(r.field, r.value) for r in readings}


def test_self_employed_said_before_a_title_keeps_the_title() -> None:
    named = [
        r.value
        for r in read("i'm a self employed joiner", NONE, "context")
        if r.field == "activity"
    ]
    assert len(named) == 1
    assert str(named[0]).endswith("joiner")


@pytest.mark.parametrize(
    "message",
    ["oh id rather not say tbh its depressing", "haha I'd rather not say, it's a bit sad"],
)
def test_a_refusal_with_how_it_feels_is_a_skip(message: str) -> None:
    assert [r.act for r in read(message, NONE, "buffer")] == ["skip"]


def test_a_figure_with_how_it_feels_is_still_the_figure() -> None:
    readings = read("about 2k, it's depressing", NONE, "buffer")
    assert not any(r.act == "skip" for r in readings)
