"""Facts that wait for another (savings before the weekly hours, months of savings before the
spending, a wish before the proposal) are never lost, even when the question they wait for is
skipped or left unknown: the reply says they are kept, and they go into the plan when it is
answered."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.state import latest_state

TODAY = dt.date(2026, 12, 5)


def _to_capacity_asked_twice() -> MemoryPlanner:
    talk = MemoryPlanner(TODAY)
    for line in ["hello", "general", "the rota decides that", "no idea really"]:
        talk.say(line)
    return talk


def test_savings_said_when_the_hours_are_left_unknown_are_kept_for_them() -> None:
    talk = MemoryPlanner(TODAY)
    talk.say("hello")
    talk.say("general")
    talk.say("the rota decides that")  # no hours: asked again, with its options
    reply = talk.say("about 6 months saved, spend 1.8k a month")
    assert "10,800" in reply  # what was heard is said back
    assert talk.plan.capacity is None  # nothing can be stored before the weekly hours
    talk.say("my capacity is 45 hours")
    assert talk.plan.capacity is not None
    assert talk.plan.capacity.hours_per_week == 45
    assert talk.plan.capacity.monthly_spending == 1_800
    assert talk.plan.capacity.cash_buffer == 10_800


def test_hours_given_after_they_were_left_unknown_are_no_longer_listed_as_unknown() -> None:
    talk = _to_capacity_asked_twice()
    assert [u.field for u in talk.plan.unknowns] == ["capacity.hours_per_week"]
    talk.say("actually my capacity is 40 hours a week")
    assert talk.plan.capacity is not None and talk.plan.capacity.hours_per_week == 40
    assert talk.plan.unknowns == []


def test_facts_told_at_the_first_question_survive_a_skip_at_the_second() -> None:
    talk = MemoryPlanner(TODAY)
    talk.start()
    first = talk.say("I'm in tech. I do freelance design, 10 hours a week, 15k a year. I have "
                     "about 20k saved and spend 2.5k a month.")  # fmt: skip
    assert "I'll record your savings of 20,000 and spending of 2,500 a month" in first
    skipped = talk.say("skip")  # the weekly hours: left unknown
    assert "I'm keeping your savings of 20,000 and spending of 2,500 a month" in skipped
    talk.say("that's all")
    talk.say("my capacity is 40 hours a week")
    plan = talk.plan
    assert plan.profile.context == "tech"
    [design] = plan.activities
    assert (design.hours_per_week, design.annual_revenue) == (10, 15_000)
    assert plan.capacity is not None
    assert plan.capacity.hours_per_week == 40
    assert (plan.capacity.cash_buffer, plan.capacity.monthly_spending) == (20_000, 2_500)
    assert plan.unknowns == []


def test_months_of_savings_told_first_survive_the_spending_question_skipped() -> None:
    talk = MemoryPlanner(TODAY)
    talk.start()
    first = talk.say("I work in tech, I can do 40 hours a week and I have about 6 months of "
                     "savings")  # fmt: skip
    assert "6 months of savings once I have your monthly spending" in first
    talk.say("skip")  # the constraints
    skipped = talk.say("skip")  # the spending
    assert "I'm keeping your 6 months of savings" in skipped
    talk.say("I spend about 2k a month")
    assert talk.plan.capacity is not None
    assert talk.plan.capacity.hours_per_week == 40
    assert talk.plan.capacity.monthly_spending == 2_000
    assert talk.plan.capacity.cash_buffer == 12_000
    assert talk.plan.profile.context == "tech"


def test_a_wish_said_at_a_question_asked_twice_waits_for_the_proposal() -> None:
    talk = MemoryPlanner(TODAY)
    talk.start()
    talk.say("tech")
    talk.say("the rota decides that")  # no hours: asked again, with a way to skip
    reply = talk.say("I'd love to start a podcast one day, 3 hours a week")
    assert "podcast" in reply.lower()
    assert "capacity.hours_per_week" in {u.field for u in talk.plan.unknowns}  # left, not lost
    state = latest_state(talk.messages)
    assert state is not None
    assert [str(w["stream"]).lower() for w in state.wishes] == ["podcast"]


def test_savings_said_as_months_and_an_amount_keep_the_amount_when_spending_comes() -> None:
    talk = MemoryPlanner(TODAY)
    talk.start()
    talk.say("government")
    talk.say("38 hours, nothing limits it")
    first = talk.say("roughly four months i reckon, £9,500 in an isa")
    assert "once I have your monthly spending" not in first  # nothing waits for the spending
    talk.say("about 2,600 a month")
    assert talk.plan.capacity is not None
    assert talk.plan.capacity.cash_buffer == 9_500  # not 4 × 2,600 = 10,400
    assert talk.plan.capacity.monthly_spending == 2_600
