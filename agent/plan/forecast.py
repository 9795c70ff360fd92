"""Cash-flow forecast: twelve months of income per stream, three lines, and the buffer.

Each stream's expected monthly income is its expected revenue this year spread evenly over the
months, except a seed stream, which ramps up linearly (month ``m`` earns ``m/78`` of the year, so
the twelve months still add up to the expected revenue). Around that expectation, a seeded
simulation draws many years: a stable stream wobbles a little, a variable one has months
without work and a spread that depends on its role. The pessimistic and optimistic lines are
the 10th and 90th percentiles of the simulated months, clamped so that the expected line always
lies between them; the total's percentiles come from the simulated totals, so streams that
fail in different months soften each other. The same plan and seed always give the same result.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import random
from collections.abc import Callable, Sequence
from typing import Literal, NamedTuple

from pydantic import BaseModel, Field

from agent.plan.findings import fmt
from agent.plan.models import Plan, Stream
from agent.plan.money import amount

MONTHS = 12
DEFAULT_PATHS = 400
DEFAULT_SEED = 7
LOW_PERCENTILE = 0.1
HIGH_PERCENTILE = 0.9
#: Sum of the seed ramp's month numbers (1 + 2 + ... + 12).
RAMP_TOTAL = MONTHS * (MONTHS + 1) / 2
#: Spread of a stable stream's monthly income (standard deviation, as a fraction).
STABLE_SIGMA = 0.03
#: role -> (chance of a month without income, spread of a month with income) for variable work.
VARIABLE: dict[str, tuple[float, float]] = {
    "anchor": (0.02, 0.15),
    "client": (0.15, 0.35),
    "leverage": (0.10, 0.50),
    "seed": (0.30, 0.60),
}

Scenario = Literal["pessimistic", "expected", "optimistic"]
SCENARIOS: tuple[Scenario, ...] = ("pessimistic", "expected", "optimistic")


class Lines(BaseModel):
    """Three monthly lines: pessimistic <= expected <= optimistic, month by month."""

    pessimistic: list[float]
    expected: list[float]
    optimistic: list[float]

    def line(self, scenario: Scenario) -> list[float]:
        """One of the three lines by name."""
        return {
            "pessimistic": self.pessimistic,
            "expected": self.expected,
            "optimistic": self.optimistic,
        }[scenario]


class StreamForecast(BaseModel):
    """One stream's twelve months."""

    stream_id: str
    name: str
    role: str
    volatility: str
    ramp: bool = Field(description="True when the stream ramps up (a seed stream).")
    lines: Lines


class Cash(BaseModel):
    """The cash buffer month by month under one scenario."""

    scenario: Scenario
    balance: list[float] = Field(description="Buffer at the end of each month.")
    months_left: float | None = Field(
        description="Months of spending the buffer covers after month 12; None if unknown."
    )
    runs_out: int | None = Field(description="First month (1-12) the buffer is empty, or None.")
    dip_months: list[int] = Field(description="Months (1-12) whose income is below spending.")


class Forecast(BaseModel):
    """Twelve months of income and the buffer, with the assumptions behind them."""

    start: dt.date = Field(description="First day of month 1.")
    months: list[str] = Field(description="Month labels, YYYY-MM.")
    seed: int
    paths: int
    streams: list[StreamForecast]
    total: Lines
    monthly_spending: float | None
    cash_buffer: float | None
    cash: list[Cash]
    dip_months: list[int] = Field(description="Months whose pessimistic income dips below need.")
    currency: str | None = Field(None, description="The plan's currency (ISO 4217), if set.")
    summary: list[str]
    assumptions: list[str]


class _Figures(NamedTuple):
    """What the simulation reads of a stream."""

    role: str
    volatility: str
    expected_revenue: float


def _expected(stream: Stream | _Figures) -> list[float]:
    revenue = max(0.0, stream.expected_revenue)
    if stream.role == "seed":
        return [revenue * m / RAMP_TOTAL for m in range(1, MONTHS + 1)]
    return [revenue / MONTHS] * MONTHS


def _sampler(rng: random.Random, stream: Stream | _Figures) -> Callable[[], float]:
    """Draws of one month's income as a multiple of its expectation (mean 1). The stream's
    constants are worked out once, not at each of the simulation's thousands of draws."""
    if stream.volatility == "stable":
        gauss = rng.gauss
        return lambda: max(0.0, gauss(1.0, STABLE_SIGMA))
    gap, sigma = VARIABLE[stream.role]
    mu = math.log(1 / (1 - gap)) - sigma * sigma / 2
    uniform, lognormal = rng.random, rng.lognormvariate
    return lambda: 0.0 if uniform() < gap else lognormal(mu, sigma)


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    position = q * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _lines(expected: list[float], draws: list[list[float]]) -> Lines:
    """Percentile lines of ``draws[month][path]``, clamped around the expected line."""
    low = [min(e, _percentile(d, LOW_PERCENTILE)) for e, d in zip(expected, draws, strict=True)]
    high = [max(e, _percentile(d, HIGH_PERCENTILE)) for e, d in zip(expected, draws, strict=True)]
    return Lines(
        pessimistic=[round(x, 2) for x in low],
        expected=[round(x, 2) for x in expected],
        optimistic=[round(x, 2) for x in high],
    )


def _simulate(streams: Sequence[_Figures], paths: int, seed: int) -> list[list[list[float]]]:
    """``draws[stream][month][path]``: simulated income, drawn in a fixed order."""
    rng = random.Random(seed)
    expected = [_expected(s) for s in streams]
    draws = [[[0.0] * paths for _ in range(MONTHS)] for _ in streams]
    samplers = [_sampler(rng, s) for s in streams]
    for p in range(paths):
        for months, means, draw in zip(draws, expected, samplers, strict=True):
            for m in range(MONTHS):
                months[m][p] = means[m] * draw()
    return draws


def _cash(lines: Lines, scenario: Scenario, buffer: float | None, spending: float | None) -> Cash:
    income = lines.line(scenario)
    dips = [m + 1 for m, x in enumerate(income) if spending is not None and x < spending]
    if buffer is None or spending is None:
        return Cash(scenario=scenario, balance=[], months_left=None, runs_out=None, dip_months=dips)
    balance, level, runs_out = [], buffer, None
    for m, x in enumerate(income):
        level += x - spending
        balance.append(round(level, 2))
        if level < 0 and runs_out is None:
            runs_out = m + 1
    left = round(max(0.0, level) / spending, 1) if spending > 0 else None
    return Cash(
        scenario=scenario, balance=balance, months_left=left, runs_out=runs_out, dip_months=dips
    )


def _month_labels(start: dt.date) -> list[str]:
    labels = []
    for m in range(MONTHS):
        year, month = divmod(start.month - 1 + m, 12)
        labels.append(f"{start.year + year:04d}-{month + 1:02d}")
    return labels


def _first_of_next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


@functools.lru_cache(maxsize=64)
def _simulated(figures: tuple[_Figures, ...], paths: int, seed: int) -> tuple[list[Lines], Lines]:
    """The lines of each stream and of the total. Remembered: the page redraws the forecast
    after changes that leave the streams' figures alone (blocks, loops, the review)."""
    draws = _simulate(figures, paths, seed)
    per_stream = [_lines(_expected(f), draws[i]) for i, f in enumerate(figures)]
    expected_total = [sum(_expected(f)[m] for f in figures) for m in range(MONTHS)]
    total_draws = [_path_totals([d[m] for d in draws], paths) for m in range(MONTHS)]
    return per_stream, _lines(expected_total, total_draws)


def _path_totals(streams: list[list[float]], paths: int) -> list[float]:
    """Each path's total of one month: its streams' draws added in the streams' order (0 for
    every path of a plan without streams)."""
    if not streams:
        return [0] * paths
    return [sum(path) for path in zip(*streams, strict=True)]


def forecast(
    plan: Plan, *, today: dt.date, seed: int = DEFAULT_SEED, paths: int = DEFAULT_PATHS
) -> Forecast:
    """Twelve months from the month after ``today``: lines per stream, total and the buffer."""
    streams = list(plan.streams)
    figures = tuple(_Figures(s.role, s.volatility, s.expected_revenue) for s in streams)
    lines, total = _simulated(figures, max(2, paths), seed)
    per_stream = [
        StreamForecast(
            stream_id=s.id,
            name=s.name,
            role=s.role,
            volatility=s.volatility,
            ramp=s.role == "seed",
            lines=lines[i],
        )
        for i, s in enumerate(streams)
    ]
    cap = plan.capacity
    buffer = cap.cash_buffer if cap else None
    spending = cap.monthly_spending if cap else None
    cash = [_cash(total, s, buffer, spending) for s in SCENARIOS]
    start = _first_of_next_month(today)
    result = Forecast(
        start=start,
        months=_month_labels(start),
        seed=seed,
        paths=max(2, paths),
        streams=per_stream,
        total=total,
        monthly_spending=spending,
        cash_buffer=buffer,
        cash=cash,
        dip_months=cash[0].dip_months if spending is not None else _relative_dips(total),
        currency=plan.currency,
        summary=[],
        assumptions=ASSUMPTIONS,
    )
    return result.model_copy(update={"summary": _summary(result)})


def _relative_dips(total: Lines) -> list[int]:
    """Without a spending figure: months whose pessimistic income is under 80 % of average."""
    average = sum(total.expected) / MONTHS
    return [m + 1 for m, x in enumerate(total.pessimistic) if average > 0 and x < 0.8 * average]


def _summary(f: Forecast) -> list[str]:
    if not f.streams or sum(f.total.expected) <= 0:
        return ["no expected revenue is recorded on the streams, so there is nothing to forecast"]

    def total(line: list[float]) -> str:
        return amount(sum(line), f.currency)

    lines = [
        f"expected income over 12 months: {total(f.total.expected)} "
        f"(pessimistic {total(f.total.pessimistic)}, optimistic {total(f.total.optimistic)})"
    ]
    if f.monthly_spending is None:
        lines.append("state monthly spending to see the months income falls short")
    for c in f.cash:
        if c.runs_out is not None:
            lines.append(
                f"{c.scenario}: the buffer runs out in month {c.runs_out} "
                f"({f.months[c.runs_out - 1]})"
            )
        elif c.months_left is not None:
            lines.append(
                f"{c.scenario}: after 12 months the buffer covers "
                f"{fmt(c.months_left)} months of spending"
            )
    if f.dip_months:
        named = ", ".join(f.months[m - 1] for m in f.dip_months)
        lines.append(
            f"income dips in {len(f.dip_months)} month(s) of the pessimistic line: {named}"
        )
    return lines


ASSUMPTIONS = [
    "expected monthly income = the stream's expected revenue this year / 12",
    "a seed stream ramps up: month m earns m/78 of its expected revenue (the year adds up)",
    f"stable income varies by {fmt(100 * STABLE_SIGMA)} % a month (normal)",
    "variable income: a month without work with a chance by role (anchor 2 %, client 15 %, "
    "leverage 10 %, seed 30 %), else a lognormal multiple with spread 0.15 / 0.35 / 0.5 / 0.6, "
    "scaled so the average month meets the expectation",
    "pessimistic and optimistic are the 10th and 90th percentiles of the simulated months, "
    "never above / below the expected line",
    "the buffer starts at the stated cash buffer, gains each month's income and loses the "
    "stated monthly spending; taxes and one-off costs are not modelled",
]
