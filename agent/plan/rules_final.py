"""Final rules: they hold when a plan is finalised or exported.

While the plan is a draft they only say what is still missing; they never refuse an operation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from agent.plan.findings import Finding, error, fmt, warning
from agent.plan.models import Plan

MIN_STREAMS = 3
MAX_STREAMS = 5
SUM_TOLERANCE = 0.5
REVIEW_HORIZON_DAYS = 13 * 7

FinalRule = Callable[[Plan, dt.date], list[Finding]]


def pc001_three_to_five(plan: Plan, today: dt.date) -> list[Finding]:
    """PC001: three to five streams."""
    n = len(plan.streams)
    if MIN_STREAMS <= n <= MAX_STREAMS:
        return []
    fix = (
        f"add {MIN_STREAMS - n} more stream(s): a client, leverage or seed stream"
        if n < MIN_STREAMS
        else f"merge or remove {n - MAX_STREAMS} stream(s)"
    )
    return [error("PC001", "streams", f"the plan has {n} streams; a portfolio holds 3 to 5", fix)]


def pc002_exactly_one_anchor(plan: Plan, today: dt.date) -> list[Finding]:
    """PC002 (final part): exactly one anchor."""
    if any(s.role == "anchor" for s in plan.streams):
        return []
    return [
        error(
            "PC002",
            "streams",
            "no stream is the anchor; the portfolio needs one stable stream that funds the others",
            "give the role 'anchor' to the largest, most stable stream (a job or a retainer)",
        )
    ]


def pc005_time_shares(plan: Plan, today: dt.date) -> list[Finding]:
    """PC005: time shares add up to 100.

    Time shares are derived from target hours, so they add up to 100 whenever any hours are
    planned; this fails only when no stream has hours yet.
    """
    total = sum(plan.time_share(s.id) for s in plan.streams)
    if abs(total - 100) <= SUM_TOLERANCE:
        return []
    return [
        error(
            "PC005",
            "streams",
            f"time shares add up to {fmt(total)} %, not 100 % (planned hours: "
            f"{fmt(plan.planned_hours)} h)",
            "give each stream its target hours a week; time shares follow from them",
        )
    ]


def pc006_income_shares(plan: Plan, today: dt.date) -> list[Finding]:
    """PC006: income shares add up to 100."""
    total = sum(s.target_income_share for s in plan.streams)
    if abs(total - 100) <= SUM_TOLERANCE:
        return []
    gap = 100 - total
    way = f"add {fmt(gap)} points" if gap > 0 else f"take {fmt(-gap)} points"
    return [
        error(
            "PC006",
            "streams",
            f"target income shares add up to {fmt(total)} %, not 100 %",
            f"{way} across the streams' income shares so they total 100 %",
        )
    ]


def pc011_in_a_loop(plan: Plan, today: dt.date) -> list[Finding]:
    """PC011: every stream is in at least one feedback loop."""
    linked = {x for loop in plan.feedback_loops for x in (loop.from_stream, loop.to_stream)}
    return [
        error(
            "PC011",
            f"streams[{s.id}]",
            f"{s.name!r} is in no feedback loop: it stands alone instead of feeding the system",
            f"record what {s.name!r} teaches, funds or protects, or what feeds it",
        )
        for s in plan.streams
        if s.id not in linked
    ]


def pc012_teaches_another(plan: Plan, today: dt.date) -> list[Finding]:
    """PC012: every stream teaches at least one other stream."""
    teachers = {loop.from_stream for loop in plan.feedback_loops if loop.kind == "teaches"}
    return [
        warning(
            "PC012",
            f"streams[{s.id}]",
            f"{s.name!r} teaches no other stream",
            f"name one thing {s.name!r} teaches another stream and record it as a 'teaches' loop",
        )
        for s in plan.streams
        if s.id not in teachers
    ]


def pc016_has_experiment(plan: Plan, today: dt.date) -> list[Finding]:
    """PC016: at least one seed stream or experiment purpose."""
    if any(s.role == "seed" or s.purpose == "experiment" for s in plan.streams):
        return []
    return [
        warning(
            "PC016",
            "streams",
            "no stream is a seed or an experiment: the plan has no career R&D",
            "add a small seed stream (3-8 h a week) or tag a stream with the purpose 'experiment'",
        )
    ]


def pc017_has_blocks(plan: Plan, today: dt.date) -> list[Finding]:
    """PC017: every stream has at least one time block."""
    blocked = {b.stream_id for b in plan.time_blocks}
    return [
        error(
            "PC017",
            f"streams[{s.id}]",
            f"{s.name!r} has no time block, so it will bleed into the others",
            f"reserve a weekly (or monthly) block for {s.name!r} of about {fmt(s.target_hours)} h",
        )
        for s in plan.streams
        if s.id not in blocked
    ]


def pc020_review(plan: Plan, today: dt.date) -> list[Finding]:
    """PC020: a review is set, on or after ``today`` and at most 13 weeks out."""
    latest = today + dt.timedelta(days=REVIEW_HORIZON_DAYS)
    fix = f"set a review date between {today.isoformat()} and {latest.isoformat()}"
    if plan.review is None:
        return [error("PC020", "review", "no quarterly review is set", fix)]
    when = plan.review.date
    if when < today:
        return [error("PC020", "review.date", f"the review date {when} has passed", fix)]
    if when > latest:
        weeks = (when - today).days / 7
        message = f"the review is {fmt(weeks)} weeks out ({when}); reviews are quarterly"
        return [error("PC020", "review.date", message, fix)]
    return []


def pc021_core_skill(plan: Plan, today: dt.date) -> list[Finding]:
    """PC021: the core skill is named."""
    if plan.core_skill and plan.core_skill.strip():
        return []
    return [
        error(
            "PC021",
            "core_skill",
            "no core skill is named: without it the portfolio is scattered hustle",
            "name the one skill worth 10,000 hours that is both viable and meaningful",
        )
    ]


FINAL_RULES: list[FinalRule] = [
    pc001_three_to_five,
    pc002_exactly_one_anchor,
    pc005_time_shares,
    pc006_income_shares,
    pc011_in_a_loop,
    pc012_teaches_another,
    pc016_has_experiment,
    pc017_has_blocks,
    pc020_review,
    pc021_core_skill,
]
