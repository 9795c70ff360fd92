"""Shared risk factors: what each stream depends on, and which streams would fail together.

A factor is recorded on a stream or an activity (``RiskFactor``: a client or funder, a sector,
a season, a platform, or a kind of work automation is taking over). One more is *derived*, so
the person need not say it: a stream paid for time in work automation is commoditising
(analysis, writing, coding, design, translation; the same line as PC022), or any stream whose
automation exposure is recorded as high, depends on "routine <its work kind>". A derived
factor is always kept beside the recorded ones, so recording a factor can only add links
between streams, never remove one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from agent.plan.models import Plan, RiskFactor, Stream

#: Work that automation is commoditising, and the roles paid for time (as in PC022).
COMMODITISABLE = frozenset({"analysis", "writing", "coding", "design", "translation"})
TIME_FOR_MONEY = frozenset({"anchor", "client"})
KIND_WORDS = {
    "client": "client or funder",
    "sector": "sector",
    "season": "season",
    "platform": "platform",
    "automation": "work exposed to automation",
}


def factor_key(factor: RiskFactor) -> tuple[str, str]:
    """The identity of a factor: its kind and its label without case, spacing or "the"."""
    return _key(factor.kind, factor.label)


@lru_cache(maxsize=1024)
def _key(kind: str, label: str) -> tuple[str, str]:
    text = re.sub(r"\s+", " ", label).strip().casefold()
    return kind, re.sub(r"^the ", "", text)


def derived_factor(stream: Stream) -> RiskFactor | None:
    """The automation factor a stream carries by its own figures, or None."""
    return _derived(stream.role, stream.work_kind, stream.automation_exposure)


@lru_cache(maxsize=64)
def _derived(role: str, work_kind: str, exposure: str) -> RiskFactor | None:
    # Cached: the configuration search asks it for thousands of trial plans.
    commoditised = role in TIME_FOR_MONEY and work_kind in COMMODITISABLE
    if not (exposure == "high" or (commoditised and exposure != "low")):
        return None
    kind = "work" if work_kind == "other" else work_kind
    return RiskFactor(kind="automation", label=f"routine {kind}")


def stream_factors(stream: Stream) -> list[RiskFactor]:
    """The factors a stream depends on: the recorded ones, then the derived one, each once."""
    derived = derived_factor(stream)
    unique: dict[tuple[str, str], RiskFactor] = {}
    for factor in [*stream.factors, *([derived] if derived else [])]:
        unique.setdefault(factor_key(factor), factor)
    return list(unique.values())


@dataclass(frozen=True)
class FactorExposure:
    """One factor and every stream that depends on it, with the income that hangs on it."""

    factor: RiskFactor
    stream_ids: tuple[str, ...]
    stream_names: tuple[str, ...]
    income_share: float
    derived: bool

    @property
    def shared(self) -> bool:
        """True when two or more streams depend on it (they would fail together)."""
        return len(self.stream_ids) > 1


def income_fractions(plan: Plan) -> dict[str, float]:
    """Each stream's share of income in [0, 1]: the target shares normalised to their total,
    or the expected revenue when no share is set; empty when neither is."""
    for figure in ("target_income_share", "expected_revenue"):
        values = {s.id: max(0.0, float(getattr(s, figure))) for s in plan.streams}
        total = sum(values.values())
        if total > 0:
            return {k: v / total for k, v in values.items()}
    return {}


def exposures(plan: Plan) -> list[FactorExposure]:
    """Every factor the streams depend on, the largest income share first."""
    p = income_fractions(plan)
    groups: dict[tuple[str, str], list[Stream]] = {}
    first: dict[tuple[str, str], RiskFactor] = {}
    recorded: set[tuple[str, str]] = set()
    for stream in plan.streams:
        recorded |= {factor_key(f) for f in stream.factors}
        for factor in stream_factors(stream):
            groups.setdefault(factor_key(factor), []).append(stream)
            first.setdefault(factor_key(factor), factor)
    found = [
        FactorExposure(
            factor=first[key],
            stream_ids=tuple(s.id for s in streams),
            stream_names=tuple(s.name for s in streams),
            income_share=round(100 * sum(p.get(s.id, 0.0) for s in streams), 1),
            derived=key not in recorded,
        )
        for key, streams in groups.items()
    ]
    return sorted(found, key=lambda e: (-e.income_share, -len(e.stream_ids), factor_key(e.factor)))


def linked(plan: Plan) -> set[frozenset[str]]:
    """Pairs of stream ids that share at least one factor."""
    pairs: set[frozenset[str]] = set()
    for exposure in exposures(plan):
        ids = exposure.stream_ids
        pairs |= {frozenset((a, b)) for i, a in enumerate(ids) for b in ids[i + 1 :] if a != b}
    return pairs


def describe(factor: RiskFactor) -> str:
    """'Westshire council' (client or funder)."""
    return f"{factor.label!r} ({KIND_WORDS[factor.kind]})"
