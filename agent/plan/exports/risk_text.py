"""What the exports say about shared risks and the edge in a combination of skills.

Kept apart from each renderer so the Markdown and the PDF say the same thing; the words are
plain text (each renderer escapes them).
"""

from __future__ import annotations

from dataclasses import dataclass

from agent.plan.correlated import Diversification, diversification, factor_scenarios
from agent.plan.edge import SkillEdge, SkillProfiler, skill_edges
from agent.plan.exports.text import number
from agent.plan.factors import KIND_WORDS, exposures
from agent.plan.models import Plan

FACTOR_HEADER = ["Depends on", "Kind", "Streams", "Income on it"]


@dataclass(frozen=True)
class RiskSection:
    """Everything the exports show about streams that fail together and the skill edge."""

    score: Diversification | None
    factor_rows: list[list[str]]
    scenarios: list[str]
    audit_factors: list[str]
    edges: list[SkillEdge]

    @property
    def empty(self) -> bool:
        """True when there is nothing to show."""
        return not (self.score or self.audit_factors or self.edges)


def risk_section(plan: Plan, profiler: SkillProfiler | None = None) -> RiskSection:
    """The figures and sentences of the plan's shared-risk and edge sections."""
    rows = [
        [
            e.factor.label,
            KIND_WORDS[e.factor.kind] + (" (from the work kind)" if e.derived else ""),
            ", ".join(e.stream_names),
            f"{number(e.income_share)} %",
        ]
        for e in exposures(plan)
    ]
    audit = [
        f"{a.name}: " + ", ".join(f"{f.label} ({KIND_WORDS[f.kind]})" for f in a.factors)
        for a in plan.activities
        if a.factors
    ]
    return RiskSection(
        score=diversification(plan) if plan.streams else None,
        factor_rows=rows,
        scenarios=[s.summary for s in factor_scenarios(plan)],
        audit_factors=audit,
        edges=skill_edges(plan, profiler),
    )


def edge_title(edge: SkillEdge) -> str:
    """'youth work + safeguarding + course design'."""
    return " + ".join(edge.skills)


def edge_evidence(edge: SkillEdge) -> str:
    """Each skill with where it shows: 'youth work: your core skill, stream 'X'; ...'."""
    parts = []
    for e in edge.evidence:
        where = [*e.notes, *e.shows_in] or ["not in a stream yet"]
        parts.append(f"{e.skill}: {', '.join(where)}")
    return "; ".join(parts)
