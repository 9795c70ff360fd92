"""Every person reaches a plan: no question, and no question back, is asked a third time
while the person says the same thing again; work the person cannot answer about is left
after two questions; and a list that names work already offered under another ending does not
add that work twice."""

from __future__ import annotations

import datetime as dt

from agent.interviewer import asked_twice, unknown_work
from agent.interviewer.decision import Decision
from agent.interviewer.harness import MemoryPlanner
from agent.plan.models import Activity, Plan

TODAY = dt.date(2026, 11, 22)


def _planner(*lines: str) -> MemoryPlanner:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in lines:
        planner.say(line)
    return planner


def _question(reply: str) -> str:
    return reply.strip().split("\n\n")[-1]


# --- a question back said again and again --------------------------------------------------


def test_a_figure_placed_nowhere_is_asked_back_twice_then_left_out() -> None:
    planner = _planner("general", "45 hours", "none", "6k saved, 2k a month",
                       "Plastering: 30 h a week, 40k a year.", "that's all", "stable")  # fmt: skip
    said = "Update: the van deliveries are 12 hours a week now."
    replies = [planner.say(said) for _ in range(3)]
    heard = [r for r in replies if "I heard 12 h a week as a new figure" in r]
    assert len(heard) == 2
    assert asked_twice.LEFT_OUT in replies[2]
    plastering = next(a for a in planner.plan.activities if a.name == "Plastering")
    assert plastering.hours_per_week == 30  # nothing stored that was not placed


def test_the_same_question_back_is_counted_without_the_list_it_names() -> None:
    asked: dict[str, int] = {}
    first = {"say": "I heard 9 h a week as a new figure (Choir, Tutoring), which is it for?"}
    later = {"say": "I heard 9 h a week as a new figure (Choir, Tutoring, Dog walking), which "
             "is it for?"}  # fmt: skip
    other = {"say": "I heard 4 h a week as a new figure (Choir), which is it for?"}
    for item in (first, later):
        decision = Decision(confirm=[item])
        assert not asked_twice.drop_repeated(decision, asked)
        assert decision.confirm == [item]
    third = Decision(confirm=[dict(first), other])
    assert asked_twice.drop_repeated(third, asked)
    assert third.confirm == [other] and asked_twice.LEFT_OUT in third.notes


# --- an answer the reading doubts, said again -------------------------------------------------


def test_a_doubted_figure_said_again_does_not_hold_the_question_for_ever() -> None:
    story = ("So: the school office job, 18 hours a week, 21k a year. And window cleaning for "
             "four shops, about 5 hours a week, €150 a month from each of them.")  # fmt: skip
    planner = _planner("general", "40 hours", "none", "6k saved, 2k a month", story)
    first = _question(planner.say("It teaches me how a school actually runs."))
    again = [_question(planner.say(story)) for _ in range(4)]
    # The question open when the story came back is not asked a third time in a row.
    assert not all(q.startswith(first.split("?")[0]) for q in again[:3])


# --- work the person does not know as theirs ------------------------------------------------


def test_two_questions_left_about_one_work_leave_its_other_questions_too() -> None:
    planner = _planner("general", "38 hours", "none", "3k saved, 1.8k a month",
                       "Joinery: 30 h a week, 36k a year.", "that's all")  # fmt: skip
    lost = "Sorry, what do you mean? Could you ask that another way?"
    replies = [planner.say(lost) for _ in range(4)]
    assert unknown_work.note("Joinery") in replies[3]
    assert "Which skills do you have?" in replies[3]
    joinery = planner.plan.activities[0]
    assert joinery.hours_per_week == 30 and joinery.annual_revenue == 36000


def test_one_question_left_leaves_the_work_s_next_question_asked() -> None:
    plan = Plan(activities=[Activity(name="Choir leading", hours_per_week=3)])
    rest, stuck_on = unknown_work.leave_rest("act:teaches:Choir leading", plan, set(), "")
    assert rest == [] and stuck_on == "Choir leading"
    rest, _ = unknown_work.leave_rest("act:energy:Choir leading", plan,
                                      {"act:teaches:Choir leading"}, "Choir leading")  # fmt: skip
    assert "act:energy:Choir leading" not in rest
    assert "act:volatility:Choir leading" in rest and "act:teaches:Choir leading" not in rest


# --- work offered from the opening, named again in the list -----------------------------------


def test_a_list_naming_offered_work_with_another_ending_adds_it_once() -> None:
    planner = _planner(
        "Hello, I am illustrator in Lyon but commissions are going down. I teach drawing in a "
        "school 10 hours per week, 9k a year.",
        "general", "35", "none", "4k saved, 1.5k a month",
        "Ok: drawing school 10 h, 9k, stable. Illustration 15 h, 12k last year, it changes a lot.",
    )  # fmt: skip
    named = [a.name for a in planner.plan.activities]
    assert "Illustration" in named and "Illustrator" not in named


def test_an_apology_before_asking_again_is_no_correction_that_keeps_the_question() -> None:
    planner = _planner("general", "30 hours", "none", "2k saved, 1.2k a month",
                       "Dog grooming: 25 h a week, 22k a year.", "that's all")  # fmt: skip
    first = planner.say("Sorry, could you ask that another way?")
    second = planner.say("Sorry, could you ask that another way?")
    assert "Put another way" in first
    assert "Let's leave that one for now" in second
    assert "Is the income from Dog grooming stable" not in _question(second)


def test_names_told_with_another_ending_or_a_key_held_down_are_kin() -> None:
    from agent.interviewer import names

    assert names.kin("Photographer", "Photoggraphy for weddings")
    assert names.kin("Accountant", "Accounting")
    assert not names.kin("Consulting", "Construction")
    assert not names.kin("Community work", "Communications")


# --- taking out work typed with slips -------------------------------------------------------


def test_work_taken_out_in_words_typed_with_slips_is_taken_out() -> None:
    planner = _planner("general", "40", "none", "3k saved, 2k a month",
                       "Roofing: 32 h a week, 38k a year. Gutters: 4 h a week, 3k a year.",
                       "that's all")  # fmt: skip
    reply = planner.say("'Gutterz' isn't one of my acttivities, please reemove it.")
    assert "taken out" in reply
    assert [a.name for a in planner.plan.activities] == ["Roofing"]


def test_a_name_alike_two_recorded_names_takes_out_neither() -> None:
    from agent.interviewer import names

    assert names.typed_as("Wood wrk", ["Wood work", "Word work"]) is None
    assert names.typed_as("Bakery shfits", ["Bakery shifts", "Choir"]) == "Bakery shifts"


def test_a_question_back_put_again_after_an_aside_counts_as_asked() -> None:
    planner = _planner("general", "40 hours", "none", "5k saved, 2k a month",
                       "Bricklaying: 35 h a week, 42k a year.", "that's all", "stable")  # fmt: skip
    said = "Update: the market stall is 7 hours a week now."
    first = planner.say(said)
    aside = planner.say("sorry, phone call, one sec")
    third = planner.say(said)
    assert "I heard 7 h a week as a new figure" in first
    assert "I heard 7 h a week as a new figure" in aside
    assert "I heard 7 h a week as a new figure" not in third
    assert asked_twice.LEFT_OUT in third
