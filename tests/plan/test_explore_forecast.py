"""Cash-flow forecast: ordered lines, reproducible draws, the seed ramp and the buffer."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from plan_helpers import example

from agent.plan import Capacity, Plan, Stream
from agent.plan.forecast import forecast

TODAY = dt.date(2026, 11, 22)

stream = st.builds(
    Stream,
    id=st.just("x"),
    name=st.just("x"),
    role=st.sampled_from(["anchor", "client", "leverage", "seed"]),
    expected_revenue=st.floats(min_value=0, max_value=500_000, allow_nan=False),
    volatility=st.sampled_from(["stable", "variable"]),
)


def with_ids(streams: list[Stream]) -> list[Stream]:
    """The streams with unique ids and names."""
    return [s.model_copy(update={"id": f"s{i}", "name": f"S{i}"}) for i, s in enumerate(streams)]


@settings(max_examples=40, deadline=None)
@given(
    streams=st.lists(stream, min_size=1, max_size=5),
    seed=st.integers(min_value=0, max_value=10_000),
)
def test_pessimistic_never_exceeds_expected_nor_expected_optimistic(
    streams: list[Stream], seed: int
) -> None:
    plan = Plan(streams=with_ids(streams))
    result = forecast(plan, today=TODAY, seed=seed, paths=60)
    for lines in [result.total, *(s.lines for s in result.streams)]:
        assert len(lines.expected) == 12
        for low, mid, high in zip(lines.pessimistic, lines.expected, lines.optimistic, strict=True):
            assert 0 <= low <= mid <= high


def test_the_same_seed_gives_the_same_forecast_and_another_seed_another() -> None:
    plan = example("freelance-academic")
    first = forecast(plan, today=TODAY, seed=3)
    assert forecast(plan, today=TODAY, seed=3) == first
    assert forecast(plan, today=TODAY, seed=4).total != first.total
    assert forecast(plan, today=TODAY, seed=4).total.expected == first.total.expected


def test_expected_lines_add_up_to_expected_revenue_and_a_seed_ramps_up() -> None:
    plan = example("freelance-academic")
    result = forecast(plan, today=TODAY)
    for s, f in zip(plan.streams, result.streams, strict=True):
        assert sum(f.lines.expected) == pytest.approx(s.expected_revenue, abs=0.1)
    seed = next(f for f in result.streams if f.role == "seed")
    assert seed.ramp
    assert seed.lines.expected == sorted(seed.lines.expected)
    assert seed.lines.expected[-1] == pytest.approx(12 * seed.lines.expected[0], rel=1e-3)
    anchor = next(f for f in result.streams if f.role == "anchor")
    assert len(set(anchor.lines.expected)) == 1


def test_months_start_after_today_and_wrap_the_year() -> None:
    result = forecast(example("caregiver"), today=dt.date(2026, 11, 30))
    assert result.start == dt.date(2026, 12, 1)
    assert result.months[:3] == ["2026-12", "2027-01", "2027-02"]
    assert result.months[-1] == "2027-11"


def test_the_buffer_follows_income_minus_spending() -> None:
    plan = Plan(
        capacity=Capacity(hours_per_week=40, cash_buffer=3000, monthly_spending=2000),
        streams=[Stream(id="job", name="Job", role="anchor", expected_revenue=18000,
                        volatility="stable")],
    )  # fmt: skip
    result = forecast(plan, today=TODAY)
    expected = next(c for c in result.cash if c.scenario == "expected")
    # 1500 a month in, 2000 out: the buffer loses 500 a month and is gone after month 6.
    assert expected.balance[0] == pytest.approx(2500)
    assert expected.runs_out == 7
    assert expected.dip_months == list(range(1, 13))
    assert expected.months_left == 0
    assert result.dip_months == list(range(1, 13))
    assert any("runs out" in line for line in result.summary)


def test_diversified_streams_soften_the_total_pessimistic_line() -> None:
    streams = [Stream(id=f"c{i}", name=f"C{i}", role="client", expected_revenue=12000)
               for i in range(4)]  # fmt: skip
    result = forecast(Plan(streams=streams), today=TODAY, paths=400)
    summed = sum(s.lines.pessimistic[0] for s in result.streams)
    assert result.total.pessimistic[0] > summed


def test_a_plan_without_revenue_says_there_is_nothing_to_forecast() -> None:
    result = forecast(Plan(), today=TODAY)
    assert result.total.expected == [0.0] * 12
    assert "nothing to forecast" in result.summary[0]
