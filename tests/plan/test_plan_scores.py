"""Scores and the shock test: formulas on hand-checked plans."""

from __future__ import annotations

import pytest
from plan_helpers import edit_stream, example

from agent.plan import Capacity, Plan, Stream, scores, shock_test


def _plan(*streams: Stream, capacity: Capacity | None = None) -> Plan:
    return Plan(streams=list(streams), capacity=capacity)


def test_single_stable_job_scores_low_resilience_and_ownership() -> None:
    job = Stream(id="job", name="Job", role="anchor", target_hours=40, target_income_share=100,
                 volatility="stable")  # fmt: skip
    result = scores(_plan(job, capacity=Capacity(hours_per_week=40)))
    # diversification 0, stable 1, income left 0 -> 1 + 4 * 0.2
    assert result.resilience.value == pytest.approx(1.8)
    assert result.autonomy.value == 1.0  # every hour bound to the employer, no slack
    assert result.ownership.value == 1.0


def test_seed_pattern_50_25_15_10_scores_near_three() -> None:
    streams = [
        Stream(id="a", name="A", role="anchor", target_hours=20, target_income_share=50,
               volatility="stable"),
        Stream(id="c", name="C", role="client", target_hours=10, target_income_share=25),
        Stream(id="l", name="L", role="leverage", target_hours=6, target_income_share=15),
        Stream(id="s", name="S", role="seed", target_hours=4, target_income_share=10),
    ]  # fmt: skip
    result = scores(_plan(*streams, capacity=Capacity(hours_per_week=44)))
    hhi = 0.5**2 + 0.25**2 + 0.15**2 + 0.1**2
    expected = 1 + 4 * (0.4 * (1 - hhi) / 0.75 + 0.2 * 0.5 + 0.4 * 0.5)
    assert result.resilience.value == pytest.approx(expected, abs=0.01)
    slack = 1 - 40 / 44
    assert result.autonomy.value == pytest.approx(1 + 4 * (0.7 * 0.5 + 0.3 * slack / 0.2), abs=0.01)
    assert result.ownership.value == pytest.approx(3.0, abs=0.01)


def test_empty_plan_scores_one_with_reasons() -> None:
    result = scores(Plan())
    assert {result.resilience.value, result.autonomy.value, result.ownership.value} == {1.0}
    assert result.resilience.reasons and result.autonomy.reasons


def test_shock_test_months_of_buffer() -> None:
    plan = example("freelance-academic")
    plan = plan.model_copy(
        update={"capacity": Capacity(hours_per_week=45, cash_buffer=20000, monthly_spending=10000)}
    )
    by_id = {r.stream_id: r for r in shock_test(plan)}
    anchor = by_id["retainer-consulting"]
    # Others earn 42000 + 18000 + 6000 = 66000 a year = 5500 a month; 4500 short a month.
    assert anchor.annual_revenue_left == 66000
    assert anchor.income_share_lost == 45 and anchor.income_share_left == 55
    assert anchor.monthly_shortfall == pytest.approx(4500)
    assert anchor.buffer_months == pytest.approx(4.4)
    assert "4.4 months" in anchor.summary


def test_shock_test_without_spending_says_what_to_state() -> None:
    plan = edit_stream(example("caregiver"), "accounts-role")
    plan = plan.model_copy(update={"capacity": Capacity(hours_per_week=25)})
    result = shock_test(plan)[0]
    assert result.buffer_months is None and result.monthly_shortfall is None
    assert "monthly spending" in result.summary


def test_shock_test_covered_spending_never_draws_the_buffer() -> None:
    plan = example("freelance-academic")
    seed = next(r for r in shock_test(plan) if r.stream_id == "open-science-community")
    assert seed.monthly_shortfall == 0 and seed.buffer_months is None
    assert "covers" in seed.summary
