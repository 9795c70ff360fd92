"""Names of work and acts at a proposal said tersely or in passing: examples of what a work
deals in, tasks of a job, one work in two forms of a word, a rename that points back, an undo
with its reason, a decision put off, thanks said with a number word."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, StreamView, read
from agent.interviewer.reading.acts import undo, yes_no
from evals.utterances_score import names_match

EMPTY = PlanView()
BAKER = PlanView(
    capacity=45,
    activities=("bakery shifts", "sourdough classes", "wedding cakes"),
    streams=(
        StreamView("bakery shifts", "anchor", 30),
        StreamView("wedding cakes", "client", 8),
        StreamView("sourdough classes", "seed", 3),
    ),
)


def _names(message: str, ask: str = "context") -> list[str]:
    return [
        str(r.value).casefold()
        for r in read(message, EMPTY, ask)
        if r.act == "fact" and r.field == "activity"
    ]


def _sure(message: str, ask: str, view: PlanView = EMPTY) -> list[tuple[object, ...]]:
    return [
        (r.act, r.field, str(r.value).casefold(), (r.subject or "").casefold() or None)
        for r in read(message, view, ask)
        if r.act in {"fact", "change", "wish"} and r.confident
    ]


# Examples of what a work deals in, said after it, are no work of their own.


def test_kinds_said_mostly_after_the_work_name_no_work() -> None:
    message = "bus driver in hull. restore old bikes for people on commission, racers mostly"
    names = _names(message)
    assert not any("racer" in n for n in names)
    assert "bus driver" in names


def test_things_made_said_bare_in_the_plural_name_no_work() -> None:
    names = _names("I'm a postie. I knit for the craft fair, jumpers and tea cosies.")
    assert not any("jumper" in n for n in names)
    assert "postie" in names


def test_an_occasion_said_with_the_odd_is_no_role() -> None:
    names = _names("I'm a fiddler, I play at ceilidhs and pubs, the odd harvest supper.")
    assert "fiddler" in names
    assert not any("supper" in n for n in names)


def test_a_role_said_alone_after_a_greeting_is_still_read() -> None:
    assert "plasterer" in _names("Hiya, plasterer, self employed")


# Tasks of a job said with "I do the ..." after it.


def test_tasks_of_a_job_said_after_it_are_no_work() -> None:
    names = _names("I'm a porter at the hospital, I do the linen runs and the bins.")
    assert not any("linen" in n for n in names)


def test_work_done_for_others_after_a_job_is_still_work() -> None:
    names = _names("I'm a nurse, I do the books for two small shops")
    assert len(names) == 2


# One work in two forms of one word is named once.


def test_a_doing_that_restates_the_role_is_not_a_second_work() -> None:
    names = _names("I'm a roofer in Leeds, roofing and guttering for the council.")
    assert "roofer" in names
    assert "roofing" not in names


# A rename that points back at a phrase is asked back, never stored as the name "that".


def test_a_new_name_that_only_points_back_is_not_stored() -> None:
    message = "Classes for adults, hmm. Maybe for teenagers? Change it to that"
    said = _sure(message, "streams", BAKER)
    assert not any(r[1] == "stream.name" for r in said)


# An undo with the reason after it; slang for "never mind".


def test_an_undo_with_its_reason_after_it_is_an_undo() -> None:
    acts = [r.act for r in read("nvm, undo that, forgot I have exams in may", BAKER, "streams")]
    assert acts == ["undo"]


def test_a_reason_alone_is_no_undo() -> None:
    assert not undo("forgot I start evening classes in march")
    assert not undo("the cakes stay, because I love them")


# The decision put off, said to the reader by a pet name, with a part of the plan named.


def test_a_decision_put_off_over_a_part_of_the_plan_is_not_yet() -> None:
    readings = read("Hang on, pet, I want to sleep on the shares for a day", BAKER, "finalise")
    assert [(r.act, r.value) for r in readings] == [("confirm", False)]


def test_finalise_said_last_after_a_word_of_the_persons_own_is_a_yes() -> None:
    assert yes_no("sorted so, finalise") is True
    assert yes_no("could you finalise?") is not True


def test_thanks_said_with_a_number_word_is_no_figure() -> None:
    readings = read("Yes finalise, thanks a million", BAKER, "finalise")
    assert [(r.act, r.value) for r in readings] == [("confirm", True)]


# Removal said as "take it off".


def test_take_it_off_drops_the_stream_named_before() -> None:
    message = "the sourdough classes should be my cousin's thing, take it off"
    readings = read(message, BAKER, "streams")
    assert any(r.act == "wish" and r.remove and r.subject == "sourdough classes" for r in readings)


def test_take_hours_off_a_stream_is_no_removal() -> None:
    readings = read("take 2 off the wedding cakes", BAKER, "streams")
    assert not any(r.act == "wish" and r.remove for r in readings)


# The scorer: a verb and its doing are one form of a word, as the evals docs say.


def test_a_verb_ending_in_e_matches_its_doing() -> None:
    assert names_match("restoring pianos", "restore old pianos")
    assert names_match("producer", "produce")
    assert not names_match("youth work", "social worker")


# A feeling said of the good times, then a cost after "but" that no label reads: asked back.


def test_a_cost_after_but_leaves_the_feeling_unsure() -> None:
    view = PlanView(activities=("night porter",))
    message = "I love it when the regulars are in, but 58 hours and no weekends off"
    readings = read(message, view, "act:energy:night porter")
    assert not any(r.field == "activity.energy" and r.confident for r in readings)


def test_a_feeling_after_but_is_still_the_verdict() -> None:
    view = PlanView(activities=("night porter",))
    readings = read("long shifts but I love it", view, "act:energy:night porter")
    assert [r.value for r in readings if r.field == "activity.energy"] == ["energising"]
