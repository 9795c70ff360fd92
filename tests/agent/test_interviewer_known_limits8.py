"""Known limits seen in trials (eighth pass), each closed by its general cause and tested here
in other words: other trades, other registers."""

from __future__ import annotations

import datetime as dt

from agent.interviewer import assent, flow
from agent.interviewer.reading import PlanView, acts, names, read
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)


def _facts(message: str, ask: str, *work: str) -> list[tuple[str, object, object]]:
    view = PlanView(activities=tuple(work))
    return [(r.field or r.act, r.value, r.subject) for r in read(message, view, ask)]


# --- more work of the job's own trade, said by a kind of its own -----------------------------


def test_more_work_of_the_same_trade_is_no_figure_of_the_job() -> None:
    for said, name in (
        ("plus per diem nursing shifts, about 6 hours a week", "per diem nursing shifts"),
        ("plus agency midwifery shifts, about 6 hours a week", "agency midwifery shifts"),
    ):
        facts = _facts(said, "activities", "Ward midwife" if "midwif" in said else "ICU nurse")
        assert ("activity", name, None) in facts, facts
        assert ("activity.hours_per_week", 6.0, name) in facts, facts
    # the job said by its trade alone, or by its whole name, is still the job
    assert ("activity.hours_per_week", 6.0, "ICU nurse") in _facts(
        "plus the nursing, about 6 hours a week", "activities", "ICU nurse"
    )
    assert ("activity.hours_per_week", 6.0, "ward cleaning") in _facts(
        "also ward cleaning is 6 hours now", "activities", "ward cleaning"
    )


def test_a_kind_beyond_a_recorded_name_needs_a_word_of_its_own() -> None:
    assert names.kind_beyond("locum pharmacy shifts", "Hospital pharmacist")
    assert not names.kind_beyond("nursing shifts", "ICU nurse")  # shifts say no kind
    assert not names.kind_beyond("dog walking", "ICU nurse")  # shares no word


def test_per_diem_work_is_offered_and_recorded_as_work_of_its_own() -> None:
    planner, reply = conversation(
        TODAY,
        "I'm a theatre nurse, 37 hours a week, 41k a year",
        "general",
        "45",
        "none",
        "5k saved, 1.5k a month",
        "plus per diem nursing shifts at a private clinic, about 6 hours a week",
    )
    hours = {a.name: a.hours_per_week for a in planner.plan.activities}
    assert hours["Theatre nurse"] == 37
    assert hours.get("Per diem nursing shifts at a private clinic") == 6, hours
    assert "per diem" in reply.casefold()


def test_per_still_opens_no_name_when_it_says_a_rate() -> None:
    assert not names.well_formed("per hour rate")
    assert names.well_formed("per diem supply teaching")


# --- one source for the words of a yes ---------------------------------------------------------


def test_the_words_that_take_up_an_offer_hold_the_plain_yeses_of_the_yes_reader() -> None:
    for word in assent.PLAIN_YES:
        assert assent.YES.match(word), word
        assert word in assent.TAKING_UP
    assert names.assent_only("yeah add those two")
    assert names.assent_only("ok please, both")
    assert not names.assent_only("yes the pottery")
    assert not names.assent_only("sure thing")  # as before: "sure" takes up no offer alone


def test_the_dialog_reads_a_yes_by_the_one_reader_of_both_kinds() -> None:
    said = {
        "n": False,  # the plain answers' words
        "never": False,
        "lol yes": True,
        "please do": True,
        "okay": True,
        "sounds fine to me": True,  # a judgement of the proposal
        "hold on, not yet": False,
        "what about fridays": None,
    }
    for text, expected in said.items():
        assert acts.answer_yes_no(text) is expected, text
        assert flow._yes(text) is expected, text


# --- a figure put right beside the figure it replaces ---------------------------------------


def test_a_bare_correction_at_the_income_question_is_the_income() -> None:
    for said in ("120 not 160", "oops, 120 instead of 160", "120 rather than 160"):
        facts = _facts(said, "act:revenue:Bike repairs", "Bike repairs")
        assert facts == [("activity.annual_revenue", 120.0, "Bike repairs")], (said, facts)
    # a count beside a fee is still asked back, not read as the year's money
    readings = read("3 not 4, about 90 each", PlanView(activities=("Bike repairs",)),
                    "act:revenue:Bike repairs")  # fmt: skip
    assert readings and not any(r.confident for r in readings)


# --- a share of full time said with the hours it comes to -----------------------------------


def test_a_share_of_full_time_beside_its_hours_gives_the_hours() -> None:
    for said in ("0.4 is 15 hours officially", "0.4 = 15h", "0.4, so about 15 hours"):
        facts = _facts(said, "act:hours:Tutor", "Tutor")
        assert facts == [("activity.hours_per_week", 15.0, "Tutor")], (said, facts)
    # a bare fraction alone at the hours question is still read as it is
    assert _facts("0.5", "act:hours:Tutor", "Tutor") == [("activity.hours_per_week", 0.5, "Tutor")]
