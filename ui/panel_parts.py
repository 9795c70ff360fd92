"""The plan panel's record sections: profile and capacity, the audit, skills and streams.

Rendering only, with every user or CV string escaped. Amounts carry the plan's currency; an
audit answer nobody gave says "not asked yet" (or "skipped" when the person declined it),
never a default the person did not say.
"""

from __future__ import annotations

from html import escape

from agent.plan.models import Activity, ActivityField, Plan
from agent.plan.money import amount

NOT_ASKED = '<span class="pc-unasked">not asked yet</span>'
SKIPPED = '<span class="pc-unasked">skipped</span>'


def num(value: float) -> str:
    """A figure without trailing zeros: 12, 12.5."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def section(title: str, body: str, css: str = "") -> str:
    """One titled section of the panel."""
    return f'<section class="pc-section {css}"><h3>{escape(title)}</h3>{body}</section>'


def scroll(table: str) -> str:
    """A table in a box of its own that scrolls sideways when the screen is too narrow."""
    return f'<div class="pc-scroll" tabindex="0">{table}</div>'


def _unknown(plan: Plan, field: str) -> str:
    return SKIPPED if any(u.field == field for u in plan.unknowns) else NOT_ASKED


def profile(plan: Plan, *, final: bool) -> str:
    """Who the plan is for, its status, the capacity and the money that carries it."""
    rows = []
    if plan.profile.name:
        rows.append(("Name", escape(plan.profile.name)))
    rows += [
        ("Context", escape(plan.profile.context)),
        ("Core skill", escape(plan.core_skill) if plan.core_skill else "<em>not named yet</em>"),
        ("Status", "final" if final else "draft"),
    ]
    cap = plan.capacity
    if cap is None:
        rows.append(("Capacity", "<em>not recorded yet</em>"))
    else:
        rows.append(
            ("Capacity", f"{num(cap.hours_per_week)} h a week, {num(plan.planned_hours)} planned")
        )
        money = [("Cash buffer", cap.cash_buffer), ("Monthly spending", cap.monthly_spending)]
        for label, value in money:
            field = "capacity." + label.lower().replace(" ", "_")
            shown = amount(value, plan.currency) if value is not None else _unknown(plan, field)
            rows.append((label, shown))
        if cap.constraints:
            rows.append(("Constraints", "; ".join(escape(c) for c in cap.constraints)))
    body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return section("Profile and capacity", f'<table class="pc-kv">{body}</table>')


def _answer(plan: Plan, a: Activity, field: ActivityField, text: str) -> str:
    if a.given(field):
        return text
    return _unknown(plan, f"activities[{a.name}].{field}")


def _activity_row(plan: Plan, a: Activity) -> str:
    cells = [
        escape(a.name),
        _answer(plan, a, "hours_per_week", num(a.hours_per_week)),
        _answer(plan, a, "annual_revenue", amount(a.annual_revenue, plan.currency)),
        _answer(plan, a, "volatility", a.volatility),
        _answer(plan, a, "teaches", escape(a.teaches) or "-"),
        _answer(plan, a, "energy", a.energy),
    ]
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def audit(plan: Plan) -> str:
    """What the person does today, one row per activity."""
    if not plan.activities:
        return section("What you do today", '<p class="pc-empty">Nothing recorded yet.</p>')
    head = (
        "<tr><th>Activity</th><th>h/week</th><th>Revenue/yr</th><th>Income</th>"
        "<th>Teaches you</th><th>Energy</th></tr>"
    )
    rows = "".join(_activity_row(plan, a) for a in plan.activities)
    return section("What you do today", scroll(f'<table class="pc-audit">{head}{rows}</table>'))


def skills(plan: Plan) -> str:
    """The skills, each with what the person said of it."""
    if not plan.skills:
        return ""
    items = []
    for s in plan.skills:
        notes = [
            "from your CV, to confirm" if not s.confirmed else "",
            "excites you" if (s.excitement or 0) >= 4 else "",
            "under-used" if s.under_used else "",
        ]
        said = ", ".join(n for n in notes if n)
        css = ' class="pc-proposed"' if not s.confirmed else ""
        items.append(
            f"<li{css}>{escape(s.name)}" + (f" <em>({said})</em>" if said else "") + "</li>"
        )
    return section("Skills", f'<ul class="pc-skills">{"".join(items)}</ul>')


def streams_table(plan: Plan, colours: list[str]) -> str:
    """The streams: role, hours, shares of time and income, expected revenue, volatility."""
    if not plan.streams:
        return section("Streams", '<p class="pc-empty">No streams yet.</p>')
    head = (
        "<tr><th>Stream</th><th>Role</th><th>h/week</th><th>Time</th><th>Income target</th>"
        "<th>Expected revenue</th><th>Volatility</th></tr>"
    )
    rows = []
    for s, colour in zip(plan.streams, colours, strict=True):
        role = s.role + (f" / {s.purpose}" if s.purpose else "")
        rows.append(
            f'<tr class="pc-stream"><td><span class="pc-dot" style="background:{colour}">'
            f"</span>{escape(s.name)}</td><td>{role}</td><td>{num(s.target_hours)}</td>"
            f"<td>{num(plan.time_share(s.id))} %</td><td>{num(s.target_income_share)} %</td>"
            f"<td>{amount(s.expected_revenue, plan.currency)}</td><td>{s.volatility}</td></tr>"
        )
    table = f'<table class="pc-streams">{head}{"".join(rows)}</table>'
    return section("Streams", scroll(table))
