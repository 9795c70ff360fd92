"""Configuration search: every option passes the rules, adopting goes through the operations."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plan_helpers import example

from agent.plan import AddActivity, AddSkill, Plan, SetCapacity, SetCoreSkill, apply, check
from agent.plan.explore import ExploreError, adopt, explore
from agent.plan.operations import RemoveStream

TODAY = dt.date(2026, 11, 22)


def build(steps: list[object]) -> Plan:
    """A plan from operations, failing on any refusal."""
    plan = Plan()
    for step in steps:
        outcome = apply(plan, step, today=TODAY)  # type: ignore[arg-type]
        assert outcome.accepted, outcome.findings
        plan = outcome.plan
    return plan


def audit_only(capacity: float = 45) -> Plan:
    """A plan with an audit and no streams: the usual state before designing streams."""
    return build(
        [
            SetCapacity(hours_per_week=capacity, cash_buffer=12000, monthly_spending=3000),
            AddActivity(name="Salaried analyst", annual_revenue=52000, hours_per_week=38,
                        volatility="stable", teaches="how firms decide"),
            AddActivity(name="Freelance dashboards", annual_revenue=9000, hours_per_week=5,
                        teaches="what small clients need"),
            AddActivity(name="Teaching a night course", annual_revenue=3000, hours_per_week=3,
                        energy="energising"),
            AddActivity(name="Community data meetup", hours_per_week=2, energy="energising"),
            AddActivity(name="Admin for a friend's shop", annual_revenue=1500, hours_per_week=2,
                        energy="draining"),
            AddSkill(name="data visualisation", excitement=5, under_used=True),
            SetCoreSkill(name="decision analysis"),
        ]
    )  # fmt: skip


def errors(plan: Plan) -> list[str]:
    """Codes of the final-check errors."""
    return [f.code for f in check(plan, final=True, today=TODAY) if f.severity == "error"]


def test_options_from_an_audit_pass_every_rule_and_are_ranked() -> None:
    result = explore(audit_only(), today=TODAY, top=5)
    assert len(result.candidates) == 5
    assert [c.rank for c in result.candidates] == [1, 2, 3, 4, 5]
    totals = [c.total for c in result.candidates]
    assert totals == sorted(totals, reverse=True)
    for c in result.candidates:
        assert errors(c.plan) == []
        assert sum(s.target_income_share for s in c.streams) == pytest.approx(100)
        assert 3 <= len(c.streams) <= 5
        assert [s.role for s in c.streams].count("anchor") == 1
        assert c.reason and "resilience" in c.reason


def test_adopting_an_option_gives_its_plan_through_the_operations() -> None:
    plan = audit_only()
    best = explore(plan, today=TODAY).candidates[0]
    outcome = adopt(plan, best.operations, today=TODAY)
    assert outcome.accepted
    assert outcome.plan == best.plan
    assert plan.streams == []  # the input plan is never changed


def test_adopting_on_a_plan_it_was_not_made_for_is_refused_and_keeps_the_plan() -> None:
    plan = example("freelance-academic")
    option = explore(plan, today=TODAY).candidates[0]
    other = apply(plan, RemoveStream(stream_id="research-projects"), today=TODAY).plan
    outcome = adopt(other, option.operations, today=TODAY)
    assert not outcome.accepted
    assert outcome.plan == other
    assert {f.code for f in outcome.findings} == {"OP001"}


def test_the_search_is_deterministic() -> None:
    plan = example("union-organiser")
    first = explore(plan, today=TODAY, top=4)
    again = explore(plan, today=TODAY, top=4)
    assert first.model_dump() == again.model_dump()


def test_options_replace_existing_streams_and_keep_everything_else() -> None:
    plan = example("caregiver")
    for c in explore(plan, today=TODAY, top=3).candidates:
        assert errors(c.plan) == []
        assert c.plan.activities == plan.activities
        assert c.plan.skills == plan.skills
        assert c.plan.capacity == plan.capacity
        assert c.plan.planned_hours <= 0.9 * 25 + 1e-9


def test_a_stale_review_is_moved_inside_the_window() -> None:
    plan = example("tech-worker")
    later = TODAY + dt.timedelta(days=200)
    for c in explore(plan, today=later, top=2).candidates:
        assert c.plan.review is not None
        assert later <= c.plan.review.date <= later + dt.timedelta(days=91)


@pytest.mark.parametrize(
    ("plan", "needs"),
    [
        (Plan(), "capacity"),
        (build([SetCapacity(hours_per_week=30)]), "core skill"),
        (build([SetCapacity(hours_per_week=30), SetCoreSkill(name="x")]), "audit"),
    ],
)
def test_a_plan_without_what_the_search_needs_is_refused(plan: Plan, needs: str) -> None:
    with pytest.raises(ExploreError) as info:
        explore(plan, today=TODAY)
    assert needs in info.value.message
    assert info.value.fix


activity = st.builds(
    AddActivity,
    name=st.sampled_from(["Job", "Consulting", "Writing a book", "Meetup", "Course", "Shop"]),
    annual_revenue=st.sampled_from([0.0, 800.0, 6000.0, 20000.0, 60000.0]),
    hours_per_week=st.sampled_from([0.0, 2.0, 6.0, 15.0, 38.0, 60.0]),
    volatility=st.sampled_from(["stable", "variable"]),
    energy=st.sampled_from(["energising", "neutral", "draining"]),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    activities=st.lists(activity, min_size=1, max_size=5, unique_by=lambda a: a.name),
    capacity=st.sampled_from([12.0, 25.0, 40.0, 55.0, 80.0]),
    buffer=st.sampled_from([None, 0.0, 10000.0]),
)
def test_every_option_passes_the_final_check(
    activities: list[AddActivity], capacity: float, buffer: float | None
) -> None:
    plan = build(
        [
            SetCapacity(hours_per_week=capacity, cash_buffer=buffer, monthly_spending=2500),
            *activities,
            AddSkill(name="facilitation", excitement=4, under_used=True),
            SetCoreSkill(name="systems thinking"),
        ]
    )
    for c in explore(plan, today=TODAY, top=5).candidates:
        assert errors(c.plan) == []
        assert adopt(plan, c.operations, today=TODAY).plan == c.plan


def test_options_are_labelled_by_what_sets_them_apart() -> None:
    found = explore(audit_only(), today=TODAY, top=5).candidates
    labels = [c.label for c in found]
    assert len(set(labels)) == len(labels) >= 3
    everyone = set.intersection(*({s.name for s in c.streams} for c in found))
    for c in found:
        assert not c.label.lower().startswith(("bold", "balanced", "steady")), c.label
        own = {s.name for s in c.streams} - everyone  # streams only some options have
        figures = re.search(r"\d+(\.\d)? (h a week planned|% of income)", c.label)
        assert any(f"with {name}" in c.label for name in own) or figures, c.label


def test_options_keep_the_hours_the_person_set() -> None:
    plan = audit_only()
    found = explore(plan, today=TODAY, top=5, hours={"freelance dashboards": 7}).candidates
    kept = [s for c in found for s in c.streams if s.name == "Freelance dashboards"]
    assert kept and all(s.target_hours == 7 for s in kept)
    adopted = adopt(plan, found[0].operations, today=TODAY)
    assert adopted.accepted
    set_by_person = {s.name: s.target_hours for s in adopted.plan.streams if s.role != "anchor"}
    for c in explore(adopted.plan, today=TODAY, top=5).candidates:
        for s in c.streams:
            if s.name in set_by_person and s.role != "anchor":
                assert s.target_hours == set_by_person[s.name], (c.label, s.name)


def test_a_reason_sets_income_targets_beside_todays_revenue() -> None:
    best = explore(audit_only(), today=TODAY, top=1).candidates[0]
    anchor = best.streams[0]
    share = round(100 * 52000 / (52000 + 9000 + 3000 + 1500))
    assert best.reason.startswith(
        f"{anchor.name!r} anchors {anchor.target_income_share:g} % of the target income; "
        f"today it earns {share} % of your income"
    )


def test_a_reason_says_the_warnings_kept_in_words() -> None:
    warned = [c for c in explore(audit_only(), today=TODAY, top=5).candidates if c.warnings]
    assert warned
    for c in warned:
        assert "warnings: PC" not in c.reason
        assert all(f"({code})" in c.reason for code in c.warnings), c.reason
        assert "a warning: no stream is a seed" in c.reason or "PC016" not in c.warnings
