"""The plan as Markdown. Every user-supplied string is escaped, so a stream called
``<script>`` or ``[x](javascript:...)`` is shown as text, not rendered as markup."""

from __future__ import annotations

import re
from html import escape

from agent.plan.edge import SkillProfiler
from agent.plan.exports.risk_text import FACTOR_HEADER, edge_evidence, edge_title, risk_section
from agent.plan.exports.text import (
    block_when,
    capacity_money,
    loop_sentence,
    money,
    number,
    one_line,
    shares,
    stream_name,
    stream_volatility,
    unanswered,
)
from agent.plan.models import Activity, ActivityField, Plan

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]()!|~])")


def md(text: str) -> str:
    """User text made inert in Markdown: one line, HTML escaped, Markdown syntax escaped."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", escape(one_line(text), quote=False))


def to_markdown(plan: Plan, *, profiler: SkillProfiler | None = None) -> str:
    """The whole plan as a Markdown document; ``profiler`` knows skills' families for the
    edge in a combination (without one, each skill is its own field)."""
    sections = [
        _header(plan),
        _capacity(plan),
        _audit(plan),
        _skills(plan),
        _streams(plan),
        _blocks(plan),
        _loops(plan),
        _risks(plan, profiler),
        _review(plan),
        _unknowns(plan),
    ]
    return "\n\n".join(s for s in sections if s) + "\n"


def _header(plan: Plan) -> str:
    title = (
        f"# Portfolio plan: {md(plan.profile.name)}" if plan.profile.name else "# Portfolio plan"
    )
    lines = [title, "", f"- Context: {plan.profile.context}"]
    if plan.as_of is not None:
        lines.append(f"- As of: {plan.as_of.isoformat()}")
    core = md(plan.core_skill) if plan.core_skill else "not named yet"
    lines.append(f"- Core skill: {core}")
    return "\n".join(lines)


def _capacity(plan: Plan) -> str:
    cap = plan.capacity
    if cap is None:
        return "## Capacity\n\nNot recorded yet."
    lines = [
        "## Capacity",
        "",
        f"- Hours per week: {number(cap.hours_per_week)}",
        f"- Planned hours: {number(plan.planned_hours)}",
        f"- Cash buffer: {capacity_money(plan, 'cash_buffer')}",
        f"- Monthly spending: {capacity_money(plan, 'monthly_spending')}",
    ]
    if cap.constraints:
        lines.append("- Constraints: " + "; ".join(md(c) for c in cap.constraints))
    return "\n".join(lines)


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _audit(plan: Plan) -> str:
    if not plan.activities:
        return ""
    rows = [
        [
            md(a.name),
            _given(plan, a, "annual_revenue", money(a.annual_revenue, plan.currency)),
            _given(plan, a, "hours_per_week", number(a.hours_per_week)),
            _given(plan, a, "volatility", a.volatility),
            _given(plan, a, "energy", a.energy),
            _given(plan, a, "teaches", md(a.teaches)),
        ]
        for a in plan.activities
    ]
    header = ["Activity", "Revenue / year", "Hours / week", "Volatility", "Energy", "Teaches"]
    return "## What you do today\n\n" + _table(header, rows)


def _given(plan: Plan, a: Activity, field: ActivityField, text: str) -> str:
    """The answer, or what became of the question: not asked yet, or skipped."""
    if a.given(field):
        return text
    return f"*{unanswered(plan, f'activities[{a.name}].{field}')}*"


def _skills(plan: Plan) -> str:
    if not plan.skills:
        return ""
    lines = ["## Skills", ""]
    for s in plan.skills:
        notes = [
            f"excitement {s.excitement}/5" if s.excitement else "",
            "under-used" * s.under_used,
        ]
        notes += ["from CV, to confirm" if not s.confirmed else ""]
        detail = ", ".join(n for n in notes if n)
        lines.append(f"- {md(s.name)}" + (f" ({detail})" if detail else ""))
    return "\n".join(lines)


def _streams(plan: Plan) -> str:
    if not plan.streams:
        return "## Streams\n\nNo streams yet."
    rows = [
        [
            md(s.name),
            s.role + (f" / {s.purpose}" if s.purpose else ""),
            number(s.target_hours),
            f"{number(time)} %",
            f"{number(income)} %",
            money(s.expected_revenue, plan.currency),
            stream_volatility(plan, s),
            md(s.revenue_model),
            md(s.teaches),
        ]
        for s, time, income in shares(plan)
    ]
    header = ["Stream", "Role", "Hours / week", "Time", "Income target", "Expected revenue"]
    header += ["Volatility", "Revenue model", "Teaches"]
    return "## Streams\n\n" + _table(header, rows)


def _blocks(plan: Plan) -> str:
    if not plan.time_blocks:
        return ""
    lines = ["## Time blocks", ""]
    lines += [f"- {md(stream_name(plan, b.stream_id))}: {block_when(b)}" for b in plan.time_blocks]
    return "\n".join(lines)


def _loops(plan: Plan) -> str:
    if not plan.feedback_loops:
        return ""
    lines = ["## Feedback loops", ""]
    lines += [f"- {md(loop_sentence(plan, loop))}" for loop in plan.feedback_loops]
    return "\n".join(lines)


def _risks(plan: Plan, profiler: SkillProfiler | None) -> str:
    """Shared risks (diversification, factors, scenarios) and the edge in a combination."""
    section = risk_section(plan, profiler)
    parts: list[str] = []
    if section.score is not None:
        lines = ["## Shared risks", "", f"Diversification: {section.score.value:.1f} / 5"]
        lines += [f"- {md(r)}" for r in section.score.reasons]
        parts.append("\n".join(lines))
    if section.factor_rows:
        rows = [[md(cell) for cell in row] for row in section.factor_rows]
        events = [f"- {md(s)}" for s in section.scenarios]
        parts.append(_table(FACTOR_HEADER, rows) + "\n\nIf one event hits:\n\n" + "\n".join(events))
    if section.audit_factors:
        parts.append("In the audit:\n\n" + "\n".join(f"- {md(a)}" for a in section.audit_factors))
    if section.edges:
        lines = ["## Your edge: skills that combine", ""]
        for edge in section.edges:
            lines.append(f"- **{md(edge_title(edge))}**")
            lines += [f"  - {md(why)}" for why in edge.why]
            lines.append(f"  - evidence: {md(edge_evidence(edge))}")
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def _review(plan: Plan) -> str:
    if plan.review is None:
        return "## Quarterly review\n\nNot scheduled yet."
    lines = ["## Quarterly review", "", f"Date: {plan.review.date.isoformat()}", ""]
    lines += [f"{i}. {md(q)}" for i, q in enumerate(plan.review.questions, start=1)]
    return "\n".join(lines).rstrip()


def _unknowns(plan: Plan) -> str:
    if not plan.unknowns:
        return ""
    lines = [
        "## Left unknown",
        "",
        "Open questions: the plan leaves these out rather than guess.",
        "",
    ]
    lines += [f"- {md(u.question or u.field)}" for u in plan.unknowns]
    return "\n".join(lines)
