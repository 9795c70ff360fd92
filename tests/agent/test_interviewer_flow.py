"""The interviewer's proposals and journey, driven directly (no agent loop)."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer import flow
from agent.interviewer.propose import propose_streams
from agent.interviewer.schedule import propose_blocks
from agent.plan import Activity, Capacity, Plan, apply
from agent.plan.operations import AddStream

TODAY = dt.date(2026, 11, 22)


def plan_with(capacity: float, *activities: Activity) -> Plan:
    return Plan(capacity=Capacity(hours_per_week=capacity), activities=list(activities),
                core_skill="teaching")  # fmt: skip


JOB = Activity(name="Job", hours_per_week=40, annual_revenue=50_000, volatility="stable")
CONSULTING = Activity(name="Consulting", hours_per_week=12, annual_revenue=20_000)
PODCAST = Activity(name="Podcast", hours_per_week=3)


@pytest.mark.parametrize(
    "plan",
    [
        plan_with(55, JOB, CONSULTING, PODCAST),
        plan_with(25, JOB.model_copy(update={"hours_per_week": 15}), PODCAST),
        plan_with(45, JOB),
        plan_with(40),
    ],
    ids=["three", "carer", "one-job", "nothing"],
)
def test_streams_pass_the_draft_rules_and_fit_capacity(plan: Plan) -> None:
    streams = propose_streams(plan)
    assert 3 <= len(streams) <= 5
    assert sum(s.target_income_share for s in streams) == pytest.approx(100)
    assert sum(s.target_hours for s in streams) <= 0.9 * plan.capacity.hours_per_week + 0.01  # type: ignore[union-attr]
    for stream in streams:
        outcome = apply(plan, AddStream(**stream.as_args()), today=TODAY)  # type: ignore[arg-type]
        assert outcome.accepted, outcome.findings
        plan = outcome.plan
    blocks = propose_blocks(plan)
    for stream in plan.streams:
        hours = sum(b.hours for b in blocks if b.stream_id == stream.id)
        assert hours == pytest.approx(stream.target_hours, abs=1)


def test_the_largest_stable_earner_is_the_anchor() -> None:
    streams = propose_streams(plan_with(55, CONSULTING, JOB, PODCAST))
    anchor = next(s for s in streams if s.role == "anchor")
    assert anchor.name == "Job"
    assert anchor.target_income_share == max(s.target_income_share for s in streams) <= 80


def test_one_answer_can_settle_several_audit_questions() -> None:
    plan = plan_with(50, Activity(name="Uni job"))
    answer = flow.answer("act:hours:Uni job", "40h for 45k, stable", plan, TODAY, [])
    assert answer.calls == [flow.call("update_activity", name="Uni job", hours_per_week=40.0,
                                      annual_revenue=45_000.0, volatility="stable")]  # fmt: skip
    assert set(answer.settle) == {
        "act:hours:Uni job",
        "act:revenue:Uni job",
        "act:volatility:Uni job",
    }


def test_a_skipped_audit_question_is_marked_unknown() -> None:
    answer = flow.skip("act:revenue:Uni job", "What does it bring in?")
    assert answer.calls[0]["name"] == "mark_unknown"
    assert answer.calls[0]["args"]["field"] == "activities[Uni job].annual_revenue"


def test_the_journey_asks_each_activity_in_turn() -> None:
    plan = plan_with(50, Activity(name="A"), Activity(name="B"))
    ids = flow.journey(plan)
    assert ids.index("act:energy:A") < ids.index("act:hours:B") < ids.index("core")
    assert flow.next_question(plan, {"context", "capacity"}) == "constraints"


def test_options_asked_for_at_the_streams_keep_the_hours_of_the_proposal() -> None:
    plan = plan_with(50, Activity(name="Uni job", annual_revenue=45000, hours_per_week=35))
    proposal = [
        {"name": "add_stream", "args": {"name": "Uni job", "role": "anchor", "target_hours": 35}},
        {"name": "add_stream", "args": {"name": "Consulting", "role": "client", "target_hours": 8}},
    ]
    answer = flow.answer("streams", "show me options", plan, TODAY, proposal)
    assert answer.calls == [
        {"name": "show_options", "args": {"top": 3, "hours": {"Uni job": 35, "Consulting": 8}}}
    ]
    shown = [{"rank": 1, "label": "The steady mix"},
             {"rank": 2, "label": "With Consulting, 45 h a week planned"}]  # fmt: skip
    picked = flow.answer("streams", "2", plan, TODAY, proposal, shown)
    assert picked.notes == ["Adopting option 2 (with Consulting, 45 h a week planned)."]


def test_the_currency_the_person_writes_is_recorded_with_the_amount() -> None:
    from agent.interviewer.currency import currency_calls

    plan = plan_with(40, Activity(name="Clinic"))
    revenue = [{"name": "update_activity", "args": {"name": "Clinic", "annual_revenue": 18000}}]
    assert currency_calls("£1,500 a month", plan, revenue) == [
        {"name": "set_currency", "args": {"code": "GBP"}}
    ]
    assert currency_calls("3.500 € im Monat", plan, revenue)[0]["args"] == {"code": "EUR"}
    assert currency_calls("18k a year", plan, revenue) == []  # no currency named
    assert currency_calls("£10k here and $5k there", plan, revenue) == []  # two: not guessed
    hours = [{"name": "update_activity", "args": {"name": "Clinic", "hours_per_week": 8}}]
    assert currency_calls("8 hours, it pays £20 an hour", plan, hours) == []  # no amount kept
    euros = plan.model_copy(update={"currency": "EUR"})
    assert currency_calls("£1,500 a month", euros, revenue) == []  # the plan has one


def test_a_renamed_activity_keeps_what_was_answered_and_no_more() -> None:
    from agent.interviewer.reading.types import Reading
    from agent.interviewer.record import record
    from agent.plan import AddActivity
    from agent.plan import operations as ops

    plan = apply(Plan(), AddActivity(name="Job", hours_per_week=35), today=TODAY).plan
    change = Reading("change", field="activity", value="hospital nursing", subject="Job")
    out = record([change], plan, "act:revenue:Job", set())
    assert [c["name"] for c in out.calls] == ["record_activity", "remove_activity"]
    for c in out.calls:
        step = ops.AddActivity if c["name"] == "record_activity" else ops.RemoveActivity
        plan = apply(plan, step(**c["args"]), today=TODAY).plan
    renamed = plan.activities[0]
    assert renamed.name == "Hospital nursing" and renamed.answered == ["hours_per_week"]


def test_a_warning_of_the_rules_is_said_once_in_plain_words_with_its_code_last() -> None:
    from agent.interviewer.harness import MemoryPlanner
    from evals.conversations import ACADEMIC_REBOOT

    talk = MemoryPlanner(TODAY)
    script = [("make consulting 9 hours" if m == "make consulting 8 hours" else m)
              for m in ACADEMIC_REBOOT]  # fmt: skip
    notes = [line for m in script for line in talk.say(m).splitlines()
             if line.startswith("A note from the rules")]  # fmt: skip
    assert notes == [
        "A note from the rules: the streams plan 49 h of 50 h, leaving less than 10 % slack "
        "(at most 45 h); free 4 h a week so there is room to refuse bad work and rest (PC008)."
    ]


def test_the_anchor_keeps_the_largest_share_beside_two_large_clients() -> None:
    lessons = Activity(name="Lessons", hours_per_week=6, annual_revenue=9_360, volatility="stable")
    gigs = Activity(name="Gigs", hours_per_week=15, annual_revenue=17_280, volatility="variable")
    mixing = Activity(name="Mixing", hours_per_week=8, annual_revenue=9_000, volatility="variable")
    packs = Activity(name="Sample packs", hours_per_week=2, annual_revenue=1_080)
    sessions = Activity(name="Session work", hours_per_week=3, annual_revenue=17_280)
    plan = plan_with(38, lessons, gigs, mixing, packs, sessions)
    streams = propose_streams(plan)
    anchor = next(s for s in streams if s.role == "anchor")
    assert anchor.target_income_share == max(s.target_income_share for s in streams)
    assert sum(s.target_income_share for s in streams) == pytest.approx(100)
    for stream in streams:  # every stream of the proposal passes the rules
        outcome = apply(plan, AddStream(**stream.as_args()), today=TODAY)  # type: ignore[arg-type]
        assert outcome.accepted, outcome.findings
        plan = outcome.plan


def test_a_small_steady_side_income_is_no_anchor_beside_a_much_larger_trade() -> None:
    """A self-employed electrician's variable £45k beside a £3k steady evening class: the trade is
    the anchor (PC004 warns it is not stable); a steady earner is chosen when it brings at least
    half the largest income."""
    from agent.interviewer.propose import pick_anchor
    from agent.plan.models import Activity

    trade = Activity(name="Electrical work", annual_revenue=45000, hours_per_week=40,
                     volatility="variable")  # fmt: skip
    evening = Activity(name="Evening class", annual_revenue=3000, hours_per_week=3,
                       volatility="stable")  # fmt: skip
    retainer = Activity(name="Retainer", annual_revenue=25000, hours_per_week=20,
                        volatility="stable")  # fmt: skip
    assert pick_anchor([trade, evening]) is trade
    assert pick_anchor([trade, evening, retainer]) is retainer
