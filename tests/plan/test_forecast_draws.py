"""The forecast's simulation draws exactly what one draw at a time would, in the same order."""

from __future__ import annotations

import importlib
import math
import random

forecast_module = importlib.import_module("agent.plan.forecast")


def _one_at_a_time(streams, paths: int, seed: int) -> list[list[list[float]]]:  # type: ignore[no-untyped-def]
    """The simulation written plainly: each draw works out its stream's constants."""
    rng = random.Random(seed)
    draws = [[[0.0] * paths for _ in range(12)] for _ in streams]
    for p in range(paths):
        for i, s in enumerate(streams):
            for m in range(12):
                if s.volatility == "stable":
                    factor = max(0.0, rng.gauss(1.0, forecast_module.STABLE_SIGMA))
                else:
                    gap, sigma = forecast_module.VARIABLE[s.role]
                    if rng.random() < gap:
                        factor = 0.0
                    else:
                        mu = math.log(1 / (1 - gap)) - sigma * sigma / 2
                        factor = rng.lognormvariate(mu, sigma)
                draws[i][m][p] = forecast_module._expected(s)[m] * factor
    return draws


def test_every_draw_matches_the_plain_simulation() -> None:
    figures = forecast_module._Figures
    streams = (
        figures("anchor", "stable", 31200.0),
        figures("client", "variable", 9000.0),
        figures("leverage", "variable", 2400.0),
        figures("seed", "variable", 780.0),
        figures("anchor", "variable", 18000.0),
    )
    for seed in (3, 11):
        assert forecast_module._simulate(streams, 60, seed) == _one_at_a_time(streams, 60, seed)


def test_total_lines_add_each_paths_streams() -> None:
    figures = forecast_module._Figures
    streams = (figures("client", "variable", 12000.0), figures("seed", "variable", 3900.0))
    per_stream, total = forecast_module._simulated.__wrapped__(streams, 80, 5)
    draws = _one_at_a_time(streams, 80, 5)
    sums = [[draws[0][m][p] + draws[1][m][p] for p in range(80)] for m in range(12)]
    expected = [sum(forecast_module._expected(s)[m] for s in streams) for m in range(12)]
    assert total == forecast_module._lines(expected, sums)
    assert len(per_stream) == 2


def test_a_plan_without_streams_totals_nothing() -> None:
    per_stream, total = forecast_module._simulated.__wrapped__((), 40, 7)
    assert per_stream == []
    assert total.pessimistic == total.expected == total.optimistic == [0.0] * 12
