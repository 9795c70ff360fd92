"""Shared risks in the configuration search: what each option does to the factors the person's
streams (or, before there are streams, their activities) share today.

An option *removes* a shared risk when no two of its streams depend on that factor any more;
it *lowers* one when less of its income hangs on it. The search ranks options by how much the
shared factors cost their diversification score (``SHARED_RISK_WEIGHT`` per point, *ours*),
so options that spread the factors rank higher.
"""

from __future__ import annotations

from dataclasses import dataclass

from agent.plan.correlated import diversification
from agent.plan.factors import describe, exposures, factor_key
from agent.plan.findings import fmt
from agent.plan.models import Plan, RiskFactor

#: What one point of diversification lost to shared factors costs an option in the ranking.
SHARED_RISK_WEIGHT = 0.5
#: A change in the income hanging on a factor smaller than this (points) is no change.
SHARE_STEP = 0.5


@dataclass(frozen=True)
class Shared:
    """A factor two or more streams (or activities) share, and the income share on it."""

    factor: RiskFactor
    names: tuple[str, ...]
    share: float


def shared_today(plan: Plan) -> dict[tuple[str, str], Shared]:
    """The factors shared today: by the streams, or by the audit's activities (by revenue)
    when there are no streams yet."""
    if plan.streams:
        return {
            factor_key(e.factor): Shared(e.factor, e.stream_names, e.income_share)
            for e in exposures(plan)
            if e.shared
        }
    total = sum(max(0.0, a.annual_revenue) for a in plan.activities)
    groups: dict[tuple[str, str], list[str]] = {}
    first: dict[tuple[str, str], RiskFactor] = {}
    revenue: dict[tuple[str, str], float] = {}
    for a in plan.activities:
        for f in {factor_key(f): f for f in a.factors}.values():
            key = factor_key(f)
            groups.setdefault(key, []).append(a.name)
            first.setdefault(key, f)
            revenue[key] = revenue.get(key, 0.0) + max(0.0, a.annual_revenue)
    return {
        key: Shared(first[key], tuple(names), round(100 * revenue[key] / total, 1) if total else 0)
        for key, names in groups.items()
        if len(names) > 1
    }


def shared_cost(plan: Plan) -> float:
    """Points of diversification (0-5) the plan loses to streams that share a factor."""
    return diversification(plan).shared_cost


def compare(today: dict[tuple[str, str], Shared], option: Plan) -> tuple[list[str], list[str]]:
    """(labels of the shared risks the option removes, sentences for its reason)."""
    now = {factor_key(e.factor): e for e in exposures(option)}
    removed: list[str] = []
    said: list[str] = []
    for key, was in today.items():
        after = now.get(key)
        if after is None or not after.shared:
            removed.append(was.factor.label)
            said.append(f"removes the shared risk on {describe(was.factor)}")
        elif after.income_share < was.share - SHARE_STEP:
            said.append(
                f"lowers what hangs on {was.factor.label!r} from {fmt(was.share)} % to "
                f"{fmt(after.income_share)} %"
            )
        else:
            said.append(f"keeps {fmt(after.income_share)} % of income on {was.factor.label!r}")
    said += [
        f"{' and '.join(repr(n) for n in e.stream_names)} would share {describe(e.factor)}"
        for key, e in now.items()
        if e.shared and key not in today
    ]
    return removed, said
