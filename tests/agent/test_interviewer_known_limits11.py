"""Known limits seen in trials (eleventh pass), each closed by its general cause and tested here
in other words: other trades, other households."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.dialog import NOT_READ, OFF_TOPIC
from agent.interviewer.reading import PlanView, StreamView, read
from agent.interviewer.which_asked import work_asked
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)


def _facts(message: str, ask: str, view: PlanView) -> list[tuple[str, object, object, bool]]:
    return [(r.field or r.act, r.value, r.subject, r.confident) for r in read(message, view, ask)]


# --- a stream named by one short word of its name ---------------------------------------------


def _streams(*held: tuple[str, str, float]) -> PlanView:
    return PlanView(
        activities=tuple(n for n, _r, _h in held),
        streams=tuple(StreamView(n, r, h) for n, r, h in held),
    )


def test_a_stream_named_by_a_short_word_only_it_has_takes_its_new_role() -> None:
    view = _streams(("Dog grooming", "anchor", 20.0), ("Pub quizzes", "seed", 4.0))
    facts = _facts("make the pub the client", "review", view)
    assert ("stream.role", "client", "Pub quizzes", True) in facts, facts


def test_a_short_word_two_streams_share_names_neither() -> None:
    view = _streams(("Pub kitchen", "anchor", 20.0), ("Pub quizzes", "seed", 4.0))
    facts = _facts("make the pub the client", "review", view)
    assert not [f for f in facts if str(f[0]).startswith("stream.") and f[3]], facts


# --- limits told as a situation after "none" --------------------------------------------------


def _limits(answer: str) -> tuple[list[str], str]:
    planner, reply = conversation(TODAY, "general", "28", answer)
    capacity = planner.plan.capacity
    return (list(capacity.constraints) if capacity else []), reply


def test_a_limit_said_as_the_one_exception_after_none_is_kept_in_the_persons_words() -> None:
    for answer, words in (
        ("nothing much, unless my dad has a hospital day", "dad has a hospital day"),
        ("none, except when the twins are home sick", "when the twins are home sick"),
    ):
        said, reply = _limits(answer)
        assert len(said) == 1 and words in said[0], (answer, said, reply)


def test_a_limit_said_only_as_when_it_bites_is_a_limit_not_a_remark() -> None:
    said, reply = _limits("only when my sister needs me for the school pick-up")
    assert said and "sister needs me" in said[0], (said, reply)


def test_none_alone_still_records_no_limit() -> None:
    said, reply = _limits("nope, nothing")
    assert said == [], (said, reply)


# --- thousands grouped by spaces, with no currency --------------------------------------------


def test_thousands_grouped_by_spaces_are_one_amount_without_a_currency() -> None:
    view = PlanView(activities=("Boat repairs",))
    ask = "act:revenue:Boat repairs"
    alone = _facts("31 000", ask, view)
    assert alone == [("activity.annual_revenue", 31000.0, "Boat repairs", True)], alone
    monthly = _facts("roughly 2 500 a month", ask, view)
    assert monthly == [("activity.annual_revenue", 30000.0, "Boat repairs", True)], monthly


def test_spaced_thousands_beside_other_figures_are_never_stored_as_a_guess() -> None:
    view = PlanView(activities=("Boat repairs",))
    facts = _facts("a hull 7 000, maybe 4-6 hulls a year", "act:revenue:Boat repairs", view)
    assert not [f for f in facts if f[0] == "activity.annual_revenue" and f[3]], facts


def test_spaced_thousands_take_the_plans_currency_in_the_conversation() -> None:
    planner, _reply = conversation(
        TODAY, "I sell ceramics, 20 hours a week, €18k a year", "general", "30", "none",
        "4 000 saved, I spend 1 500 a month",
    )  # fmt: skip
    capacity = planner.plan.capacity
    assert capacity is not None
    assert (capacity.cash_buffer, capacity.monthly_spending) == (4000.0, 1500.0)
    assert planner.plan.currency == "EUR"


# --- a working day said by the clock, in the ways regions say it ------------------------------


def test_a_clock_day_is_read_the_same_whatever_word_joins_its_ends() -> None:
    view = PlanView(activities=("Bakery",))
    for said in ("7 while 3, 4 days a week", "7 til 3, 4 days", "from 7 to 3, 4 days a week"):
        facts = _facts(said, "act:hours:Bakery", view)
        assert facts == [("activity.hours_per_week", 32.0, "Bakery", True)], (said, facts)


# --- a question back naming the asked work and another ----------------------------------------


def test_which_work_is_asked_is_said_back_and_nothing_is_stored() -> None:
    planner, reply = conversation(
        TODAY, "general", "30", "none", "2k saved, 1.2k a month",
        "I teach pilates and I repair bikes", "sorry, the pilates or the bikes?",
    )  # fmt: skip
    hours = [a.hours_per_week for a in planner.plan.activities]
    assert reply.startswith("This question is about Teaching pilates;"), reply
    assert "guidance" not in reply and set(hours) == {0.0}, (reply, hours)


def test_which_work_is_said_only_for_the_asked_work() -> None:
    works = ["Bike repairs", "Teaching pilates"]
    asked = "act:hours:Bike repairs"
    assert work_asked("which one?", asked, works) == "This question is about Bike repairs."
    assert work_asked("is it for the pilates or the bikes?", asked, works) == (
        "This question is about Bike repairs; I'll ask about Teaching pilates in its turn."
    )
    assert work_asked("is that 10 or 12?", asked, works) is None
    assert work_asked("which one?", "capacity", works) is None


# --- feelings outside the scale at the energy question ----------------------------------------


def _energy(answer: str) -> tuple[str, str]:
    planner, reply = conversation(
        TODAY, "I run a repair café, 12 hours a week, about 6k a year, steady", "general", "30",
        "none", "3k saved, 1.4k a month", "that's all", "fixing toasters", answer,
    )  # fmt: skip
    return planner.plan.activities[0].energy, reply


def test_worth_felt_in_the_work_is_its_energy_and_its_opposite_drains() -> None:
    assert _energy("honestly very rewarding")[0] == "energising"
    assert _energy("quite satisfying")[0] == "energising"
    assert _energy("a bit thankless")[0] == "draining"
    assert _energy("not that rewarding")[0] == "draining"


def test_one_unclear_word_at_the_energy_question_is_asked_again_not_waved_off() -> None:
    _energy_read, reply = _energy("interesting")
    assert reply.startswith(NOT_READ) and not reply.startswith(OFF_TOPIC), reply
    assert "energise" in reply


# --- a change of nights said of the workplace of work on record -------------------------------


def test_nights_changed_at_the_workplace_of_work_on_record_make_no_new_work() -> None:
    planner, reply = conversation(
        TODAY, "general", "I do pub bar work, 5 nights a week, 7 hour shifts, about 24k a year",
        "actually the pub is 4 nights not 5 now",
    )  # fmt: skip
    works = [(a.name, a.hours_per_week) for a in planner.plan.activities]
    assert len(works) == 1 and works[0][1] == 35.0, (works, reply)
