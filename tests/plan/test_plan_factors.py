"""Shared risk factors: the operations, correlated scenarios, diversification and PC023."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from plan_helpers import AS_OF, codes, example
from pydantic import ValidationError

from agent.plan import AddActivity, AddRiskFactor, Plan, RemoveRiskFactor, apply
from agent.plan.correlated import (
    SHARED_FACTOR_MAX_SHARE,
    diversification,
    factor_scenarios,
    pc023_shared_factor,
)
from agent.plan.explore import explore
from agent.plan.factors import derived_factor, exposures, factor_key, stream_factors
from agent.plan.models import Capacity, RiskFactor, Stream

COUNCIL = RiskFactor(kind="client", label="Westshire council")
SAME_COUNCIL = RiskFactor(kind="client", label="the Westshire  Council")
KINDS = ["client", "sector", "season", "platform", "automation"]
LABELS = ["Westshire council", "the Westshire Council", "summer", "Etsy", "higher education"]


def _stream(sid: str, share: float, revenue: float, hours: float = 5.0, **extra: object) -> Stream:
    return Stream(id=sid, name=sid.title(), role="client", target_hours=hours,
                  target_income_share=share, expected_revenue=revenue, **extra)  # fmt: skip


def _plan(*streams: Stream, spending: float | None = 2000, buffer: float | None = 6000) -> Plan:
    capacity = Capacity(hours_per_week=40, monthly_spending=spending, cash_buffer=buffer)
    return Plan(capacity=capacity, streams=list(streams))


# --- the operations -------------------------------------------------------------------------


def test_a_factor_is_recorded_on_a_stream_and_removed_again() -> None:
    plan = example("union-organiser")
    sid = plan.streams[0].id
    added = apply(plan, AddRiskFactor(kind="client", label=" Westshire council ", stream_id=sid),
                  today=AS_OF)  # fmt: skip
    assert added.accepted
    assert added.plan.streams[0].factors == [COUNCIL]
    removed = apply(added.plan, RemoveRiskFactor(kind="client", label="the westshire COUNCIL",
                                                 stream_id=sid), today=AS_OF)  # fmt: skip
    assert removed.accepted and removed.plan.streams[0].factors == []


def test_a_factor_is_recorded_on_an_activity_by_its_name() -> None:
    plan = apply(Plan(), AddActivity(name="Council contract", hours_per_week=10), today=AS_OF).plan
    outcome = apply(plan, AddRiskFactor(kind="client", label="Westshire council",
                                        activity="council contract"), today=AS_OF)  # fmt: skip
    assert outcome.accepted and outcome.plan.activities[0].factors == [COUNCIL]


def test_the_same_factor_twice_is_refused_and_the_plan_kept() -> None:
    plan = example("union-organiser")
    op = AddRiskFactor(kind="client", label="Westshire council", stream_id=plan.streams[0].id)
    once = apply(plan, op, today=AS_OF).plan
    twice = apply(once, op, today=AS_OF)
    assert not twice.accepted and twice.plan == once
    assert twice.findings and twice.findings[0].fix


def test_a_missing_stream_or_factor_gets_an_error_that_says_what_exists() -> None:
    plan = example("union-organiser")
    missing = apply(plan, AddRiskFactor(kind="season", label="summer", stream_id="nope"),
                    today=AS_OF)  # fmt: skip
    assert not missing.accepted and plan.streams[0].id in missing.findings[0].fix
    absent = apply(plan, RemoveRiskFactor(kind="season", label="summer",
                                          stream_id=plan.streams[0].id), today=AS_OF)  # fmt: skip
    assert not absent.accepted and absent.plan == plan


@pytest.mark.parametrize(
    "targets", [{}, {"stream_id": "a", "activity": "b"}], ids=["neither", "both"]
)
def test_a_factor_needs_exactly_one_target(targets: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="stream_id"):
        AddRiskFactor(kind="client", label="x", **targets)


def test_a_blank_label_is_refused_with_an_example() -> None:
    with pytest.raises(ValidationError, match="name the factor"):
        AddRiskFactor(kind="client", label="   ", stream_id="a")


# --- derived factors, scenarios, score, rule -------------------------------------------------


def test_commoditising_time_for_money_work_carries_an_automation_factor() -> None:
    writing = _stream("copy", 50, 20000, work_kind="writing")
    assert derived_factor(writing) == RiskFactor(kind="automation", label="routine writing")
    low = writing.model_copy(update={"automation_exposure": "low"})
    assert derived_factor(low) is None and stream_factors(low) == []
    teaching = _stream("class", 50, 20000, work_kind="teaching")
    assert derived_factor(teaching) is None


def test_a_shared_client_stops_both_streams_in_one_scenario() -> None:
    plan = _plan(
        _stream("a", 50, 30000, hours=20, factors=[COUNCIL]),
        _stream("b", 30, 12000, hours=8, factors=[SAME_COUNCIL]),
        _stream("c", 20, 6000, hours=6),
    )  # fmt: skip
    [shared] = factor_scenarios(plan, shared_only=True)
    assert shared.stream_ids == ["a", "b"]
    assert shared.income_share_left == 20 and shared.annual_revenue_left == 6000
    assert shared.hours_left == 6
    assert shared.monthly_shortfall == 1500 and shared.buffer_months == 4.0
    assert "Westshire council cuts its budget" in shared.summary
    assert "4 months" in shared.summary


def test_pc023_warns_above_the_share_and_names_the_factor() -> None:
    shared = [COUNCIL]
    plan = _plan(_stream("a", 50, 1, factors=shared), _stream("b", 30, 1, factors=shared),
                 _stream("c", 20, 1))  # fmt: skip
    [finding] = pc023_shared_factor(plan)
    assert finding.severity == "warning" and "Westshire council" in finding.message
    assert "80 %" in finding.message
    under = _plan(_stream("a", 30, 1, factors=shared), _stream("b", 20, 1, factors=shared),
                  _stream("c", 50, 1))  # fmt: skip
    assert SHARED_FACTOR_MAX_SHARE >= 30 + 20 and pc023_shared_factor(under) == []


def test_four_equal_independent_streams_get_full_marks_and_one_factor_zero() -> None:
    streams = [_stream(s, 25, 10000) for s in "abcd"]
    assert diversification(_plan(*streams)).value == 5.0
    one = [s.model_copy(update={"factors": [COUNCIL]}) for s in streams]
    score = diversification(_plan(*one))
    assert score.value == 0.0 and score.independent_value == 5.0
    assert any("Westshire council" in r for r in score.reasons)


def test_a_plan_without_income_scores_zero_and_says_why() -> None:
    score = diversification(_plan(_stream("a", 0, 0)))
    assert score.value == 0 and "no income" in score.reasons[0]


# --- properties --------------------------------------------------------------------------------

_STREAMS = st.lists(
    st.tuples(
        st.floats(0, 100, allow_nan=False),
        st.floats(0, 1e5, allow_nan=False),
        st.floats(0, 40, allow_nan=False),
        st.sampled_from(["other", "writing", "teaching", "coding"]),
        st.sets(st.tuples(st.sampled_from(KINDS), st.sampled_from(LABELS)), max_size=3),
    ),
    min_size=1,
    max_size=6,
)


def _random_plan(rows: list[tuple[float, float, float, str, set[tuple[str, str]]]]) -> Plan:
    streams = [
        _stream(f"s{i}", share, revenue, hours, work_kind=kind,
                factors=[RiskFactor(kind=k, label=label) for k, label in sorted(found)])  # type: ignore[arg-type]
        for i, (share, revenue, hours, kind, found) in enumerate(rows)
    ]  # fmt: skip
    return _plan(*streams)


@settings(max_examples=80, deadline=None)
@given(_STREAMS, st.data())
def test_adding_a_factor_never_raises_the_diversification_score(
    rows: list[tuple[float, float, float, str, set[tuple[str, str]]]], data: st.DataObject
) -> None:
    plan = _random_plan(rows)
    index = data.draw(st.integers(0, len(plan.streams) - 1))
    factor = RiskFactor(kind=data.draw(st.sampled_from(KINDS)),  # type: ignore[arg-type]
                        label=data.draw(st.sampled_from(LABELS)))  # fmt: skip
    target = plan.streams[index]
    if factor in target.factors:
        return
    widened = target.model_copy(update={"factors": [*target.factors, factor]})
    after = plan.model_copy(update={"streams": [*plan.streams[:index], widened,
                                                *plan.streams[index + 1 :]]})  # fmt: skip
    assert diversification(after).value <= diversification(plan).value
    assert diversification(plan).value <= diversification(plan).independent_value


@settings(max_examples=80, deadline=None)
@given(_STREAMS)
def test_a_scenario_never_leaves_more_than_the_untouched_streams(
    rows: list[tuple[float, float, float, str, set[tuple[str, str]]]],
) -> None:
    plan = _random_plan(rows)
    for scenario in factor_scenarios(plan):
        untouched = [s for s in plan.streams if s.id not in scenario.stream_ids]
        assert scenario.annual_revenue_left <= sum(s.expected_revenue for s in untouched) + 1e-6
        assert scenario.income_share_left <= sum(s.target_income_share for s in untouched) + 1e-6
        assert scenario.hours_left <= sum(s.target_hours for s in untouched) + 1e-6
        hit = [s for s in plan.streams if s.id in scenario.stream_ids]
        assert hit and all(
            factor_key(scenario.factor) in {factor_key(f) for f in stream_factors(s)} for s in hit
        )
    recorded = {(f.kind, f.label.casefold().removeprefix("the ")) for s in plan.streams
                for f in s.factors}  # fmt: skip
    found = {
        (e.factor.kind, e.factor.label.casefold().removeprefix("the ")) for e in exposures(plan)
    }
    assert recorded <= found


# --- the two youth-worker examples ---------------------------------------------------------------


def test_same_three_scores_but_different_shared_factors_rank_differently() -> None:
    from agent.plan import scores

    one, spread = example("youth-worker-one-funder"), example("youth-worker-spread")
    assert scores(one) == scores(spread)
    d_one, d_spread = diversification(one), diversification(spread)
    assert d_one.value < d_spread.value
    assert any("Westshire council" in r for r in d_one.reasons)
    assert any("further education" in r for r in d_spread.reasons)
    assert "PC023" in codes(one, severity="warning") and "PC023" not in codes(spread)
    today = dt.date(2026, 12, 1)
    ranked_one = explore(one, today=today).candidates
    ranked_spread = explore(spread, today=today).candidates
    assert [c.label for c in ranked_one] != [c.label for c in ranked_spread]
    assert ranked_one[0].removes == ["Westshire council"]
    assert "removes the shared risk on 'Westshire council'" in ranked_one[0].reason
    assert all(c.diversification > d_one.value for c in ranked_one)
