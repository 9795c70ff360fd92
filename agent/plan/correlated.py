"""Streams that fail together: correlated shock scenarios, the diversification score, PC023.

The shock test (``shock.py``) stops one stream at a time. Here one *event* stops every stream
that depends on the same factor (``factors.py``): "Westshire council cuts its budget" stops
both council contracts. Formulas and figures are in docs/domain.md; those marked *ours* there
are the product's own choices.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from agent.plan.factors import (
    KIND_WORDS,
    FactorExposure,
    derived_factor,
    describe,
    exposures,
    income_fractions,
    linked,
)
from agent.plan.findings import Finding, fmt, warning
from agent.plan.models import Plan, RiskFactor
from agent.plan.shock import buffer_after

#: 1 - concentration for four equal, independent streams: full marks (as for resilience).
FULL_INDEPENDENCE = 0.75
#: Share of income (percent) that may hang on one factor shared by streams before PC023
#: warns. Ours: the pattern's 50/25/15/10 anchor alone stays under it; an anchor and a client
#: on one funder (75 %) does not.
SHARED_FACTOR_MAX_SHARE = 50.0

_EVENTS = {
    "client": "{label} cuts its budget or ends the work",
    "sector": "a downturn hits {label}",
    "season": "{label} brings no work",
    "platform": "{label} changes its rules",
    "automation": "{label} is automated",
}


class FactorScenario(BaseModel):
    """What is left if one event stops every stream depending on a factor."""

    factor: RiskFactor
    derived: bool = Field(description="True when read from the streams' own figures.")
    event: str = Field(description="The event, in a phrase: 'Etsy changes its rules'.")
    stream_ids: list[str]
    stream_names: list[str]
    income_share_lost: float = Field(description="Target income share of the streams, percent.")
    income_share_left: float = Field(description="The other streams' target share, percent.")
    annual_revenue_left: float = Field(description="The other streams' expected revenue.")
    hours_left: float = Field(description="The other streams' target hours a week.")
    monthly_shortfall: float | None = Field(
        description="Monthly spending minus monthly income left (0 when covered); None if unknown."
    )
    buffer_months: float | None = Field(
        description="Months the cash buffer lasts; None when unknown or never drawn."
    )
    summary: str


class Diversification(BaseModel):
    """How independent the streams are, 0-5, with the reasons."""

    name: str = "diversification"
    value: float = Field(ge=0.0, le=5.0)
    independent_value: float = Field(
        ge=0.0, le=5.0, description="The score if no stream shared a factor with another."
    )
    equivalent_streams: float = Field(description="1 / concentration: independent equal streams.")
    reasons: list[str]

    @property
    def shared_cost(self) -> float:
        """What shared factors take off the score."""
        return round(self.independent_value - self.value, 2)


def event_text(factor: RiskFactor) -> str:
    """'Westshire council cuts its budget or ends the work'."""
    return _EVENTS[factor.kind].format(label=factor.label)


def _scenario(plan: Plan, exposure: FactorExposure) -> FactorScenario:
    hit = set(exposure.stream_ids)
    others = [s for s in plan.streams if s.id not in hit]
    lost = sum(s.target_income_share for s in plan.streams if s.id in hit)
    revenue_left = sum(s.expected_revenue for s in others)
    shortfall, months = buffer_after(plan, revenue_left)
    scenario = FactorScenario(
        factor=exposure.factor,
        derived=exposure.derived,
        event=event_text(exposure.factor),
        stream_ids=list(exposure.stream_ids),
        stream_names=list(exposure.stream_names),
        income_share_lost=lost,
        income_share_left=sum(s.target_income_share for s in others),
        annual_revenue_left=revenue_left,
        hours_left=sum(s.target_hours for s in others),
        monthly_shortfall=shortfall,
        buffer_months=months,
        summary="",
    )
    return scenario.model_copy(update={"summary": _summary(scenario)})


def _summary(s: FactorScenario) -> str:
    names = " and ".join(repr(n) for n in s.stream_names)
    head = (
        f"if {s.event}, {names} stop{'s' if len(s.stream_names) == 1 else ''}: "
        f"{fmt(s.income_share_left)} % of target income, {s.annual_revenue_left:,.0f} a year "
        f"and {fmt(s.hours_left)} h a week of work remain"
    )
    if s.monthly_shortfall is None:
        return head + "; state monthly spending to see how long a buffer lasts"
    if s.monthly_shortfall == 0:
        return head + ", which covers monthly spending"
    if s.buffer_months is None:
        return head + f"; {s.monthly_shortfall:,.0f} a month short, and no cash buffer is stated"
    return head + (
        f"; {s.monthly_shortfall:,.0f} a month short, so the buffer lasts "
        f"{fmt(s.buffer_months)} months"
    )


def factor_scenarios(plan: Plan, *, shared_only: bool = False) -> list[FactorScenario]:
    """One scenario per factor the streams depend on, the largest loss first; with
    ``shared_only``, only factors that two or more streams share."""
    return [_scenario(plan, e) for e in exposures(plan) if e.shared or not shared_only]


def concentration(plan: Plan, links: set[frozenset[str]] | None = None) -> float:
    """Σ p_i p_j over pairs of streams that fail together (a stream with itself, and two
    streams that share a factor): the Herfindahl index when no factor is shared, 1 when one
    factor carries every stream. 1.0 when no income is set."""
    p = income_fractions(plan)
    if not p:
        return 1.0
    pairs = linked(plan) if links is None else links
    ids = list(p)
    total = sum(p[i] * p[i] for i in ids)
    total += sum(
        2 * p[a] * p[b] for n, a in enumerate(ids) for b in ids[n + 1 :] if {a, b} in pairs
    )
    return min(1.0, total)


def _value(h: float) -> float:
    return round(5 * min(1.0, max(0.0, (1 - h) / FULL_INDEPENDENCE)), 2)


def diversification(plan: Plan) -> Diversification:
    """0-5: how independent the streams are once shared factors make some fail together."""
    if not income_fractions(plan):
        return Diversification(
            value=0.0, independent_value=0.0, equivalent_streams=0.0,
            reasons=["no income shares or expected revenue are set yet"],
        )  # fmt: skip
    h = concentration(plan)
    independent = _value(concentration(plan, links=set()))
    reasons = [
        f"counting streams that fail together as one, income is spread like {1 / h:.1f} "
        "independent streams of equal size (full marks at 4)"
    ]
    found = exposures(plan)
    shared = [e for e in found if e.shared]
    reasons += [
        f"{describe(e.factor)} is shared by "
        f"{' and '.join(repr(n) for n in e.stream_names)}: one event takes "
        f"{fmt(e.income_share)} % of income" + (" (read from their work kind)" * e.derived)
        for e in shared
    ]
    if not found:
        reasons.append(
            "no risk factors are recorded, so the streams count as independent: record the "
            "clients, sectors, seasons and platforms each depends on"
        )
    elif not shared:
        reasons.append("no factor is shared: each stream can fail on its own")
    return Diversification(
        value=_value(h), independent_value=independent, equivalent_streams=round(1 / h, 2),
        reasons=reasons,
    )  # fmt: skip


def pc023_shared_factor(plan: Plan) -> list[Finding]:
    """PC023: at most 50 % of income hangs on one factor that two or more streams share."""
    if sum(bool(s.factors) or derived_factor(s) is not None for s in plan.streams) < 2:
        return []  # nothing can be shared: the common case, kept cheap
    return [
        warning(
            "PC023",
            f"factors[{e.factor.kind}:{e.factor.label}]",
            f"{fmt(e.income_share)} % of target income hangs on {describe(e.factor)}, through "
            f"{' and '.join(repr(n) for n in e.stream_names)}: one event would stop them "
            "together",
            f"keep what depends on one {KIND_WORDS[e.factor.kind]} at or below "
            f"{fmt(SHARED_FACTOR_MAX_SHARE)} %: grow a stream that does not depend on "
            f"{e.factor.label!r}, or lower the income shares of those that do",
        )
        for e in exposures(plan)
        if e.shared and e.income_share > SHARED_FACTOR_MAX_SHARE
    ]
