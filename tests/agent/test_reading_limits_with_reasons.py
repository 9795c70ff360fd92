"""A limit said with why it holds stays one constraint: the state of someone's body after a
comma, or a short clause joined by "and" that bounds nothing of its own. Inputs in other
words than the messages that showed it."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read

NURSE = PlanView(capacity=40, activities=("ward nursing", "first aid courses"))


def _limits(message: str) -> list[object]:
    return [r.value for r in read(message, NURSE, "constraints") if r.act == "fact"]


def test_the_state_of_the_body_after_a_limit_is_its_reason() -> None:
    assert _limits("no lifting shifts after 6pm, my knees are shot by the evening") == [
        "no lifting shifts after 6pm, my knees are shot by the evening"
    ]


def test_a_short_clause_going_on_with_the_same_people_stays_with_its_limit() -> None:
    assert _limits("Fridays my son has therapy and I take him") == [
        "Fridays my son has therapy, I take him"
    ]


def test_a_new_cause_after_and_is_a_limit_of_its_own() -> None:
    assert _limits("I mind my niece on mondays, and my wrist limits long typing") == [
        "I mind my niece on mondays",
        "wrist limits long typing",
    ]


def test_two_limits_on_different_days_stay_two() -> None:
    assert _limits("no Sundays, and I can't do Wednesday evenings") == [
        "no Sundays",
        "I cannot do Wednesday evenings",
    ]


# At the time-blocks question, blocks bound to a changing roster.


def test_blocks_bound_to_a_changing_rota_are_a_limit() -> None:
    said = [r.value for r in read("they have to fit around my rota, it moves every fortnight",
                                  NURSE, "blocks") if r.act == "fact"]  # fmt: skip
    assert said == ["they have to fit around my rota, it moves every fortnight"]


def test_blocks_that_suit_the_person_are_no_limit() -> None:
    assert [r.act for r in read("those blocks suit me fine", NURSE, "blocks")] == ["confirm"]
