"""Draft rules: they hold at every step of building a plan.

An operation that would add a draft error is refused. Warnings and notes are advice.
Each rule is a function ``plan -> list[Finding]``; ``DRAFT_RULES`` lists them in code order.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations

from agent.plan.correlated import pc023_shared_factor
from agent.plan.findings import Finding, error, fmt, info, warning
from agent.plan.models import Plan, Stream, TimeBlock, minutes

MAX_STREAMS = 5
MAX_STREAM_HOURS = 80.0
SLACK_RATIO = 0.9
ANCHOR_MAX_SHARE = 80.0
CLIENT_MAX_SHARE = 40.0
BLOCK_TOLERANCE = 1.0
COMMODITISABLE = frozenset({"analysis", "writing", "coding", "design", "translation"})
TIME_FOR_MONEY = frozenset({"anchor", "client"})

#: role -> (hours low, hours high, income share low, income share high); None = no band.
ROLE_BANDS: dict[str, tuple[float, float, float | None, float | None]] = {
    "anchor": (30, 50, None, None),
    "client": (5, 15, 20, 40),
    "leverage": (2, 5, 10, 20),
    "seed": (3, 8, 0, 5),
}

Rule = Callable[[Plan], list[Finding]]


def _p(stream: Stream, field: str) -> str:
    return f"streams[{stream.id}].{field}"


def pc001_at_most_five(plan: Plan) -> list[Finding]:
    """PC001 (draft part): never more than five streams."""
    n = len(plan.streams)
    if n <= MAX_STREAMS:
        return []
    return [
        error(
            "PC001",
            "streams",
            f"the plan has {n} streams; a portfolio holds 3 to 5",
            f"merge or remove {n - MAX_STREAMS} stream(s) so at most 5 remain",
        )
    ]


def pc002_one_anchor(plan: Plan) -> list[Finding]:
    """PC002 (draft part): at most one anchor."""
    anchors = [s.id for s in plan.streams if s.role == "anchor"]
    if len(anchors) <= 1:
        return []
    return [
        error(
            "PC002",
            "streams",
            f"{len(anchors)} streams are anchors ({', '.join(anchors)}); a plan has one",
            "keep the largest, most stable one as the anchor and give the others the client role",
        )
    ]


def pc003_anchor_largest_income(plan: Plan) -> list[Finding]:
    """PC003: the anchor's income share is the largest (ties allowed)."""
    anchor = plan.anchor()
    if anchor is None:
        return []
    bigger = [s for s in plan.streams if s.target_income_share > anchor.target_income_share]
    if not bigger:
        return []
    top = max(bigger, key=lambda s: s.target_income_share)
    return [
        error(
            "PC003",
            _p(anchor, "target_income_share"),
            f"the anchor {anchor.name!r} targets {fmt(anchor.target_income_share)} % of income "
            f"but {top.name!r} targets {fmt(top.target_income_share)} %",
            f"raise the anchor's income share to at least {fmt(top.target_income_share)} %, "
            f"lower {top.name!r}'s, or make {top.name!r} the anchor",
        )
    ]


def pc004_anchor_stable(plan: Plan) -> list[Finding]:
    """PC004: the anchor's income is stable."""
    anchor = plan.anchor()
    if anchor is None or anchor.volatility == "stable":
        return []
    return [
        warning(
            "PC004",
            _p(anchor, "volatility"),
            f"the anchor {anchor.name!r} has variable income; an anchor is meant to hold steady",
            "choose a salaried job or retainer as the anchor, or put a retainer in place first",
        )
    ]


def pc007_capacity(plan: Plan) -> list[Finding]:
    """PC007: planned hours fit the weekly capacity."""
    if plan.capacity is None or plan.planned_hours <= plan.capacity.hours_per_week:
        return []
    over = plan.planned_hours - plan.capacity.hours_per_week
    return [
        error(
            "PC007",
            "capacity.hours_per_week",
            f"the streams plan {fmt(plan.planned_hours)} h a week but the capacity is "
            f"{fmt(plan.capacity.hours_per_week)} h",
            f"cut {fmt(over)} h a week from the streams' target hours, or raise the capacity "
            "if it was understated",
        )
    ]


def pc008_slack(plan: Plan) -> list[Finding]:
    """PC008: planned hours leave 10 % slack."""
    if plan.capacity is None:
        return []
    limit = SLACK_RATIO * plan.capacity.hours_per_week
    planned = plan.planned_hours
    if planned <= limit or planned > plan.capacity.hours_per_week:
        return []
    return [
        warning(
            "PC008",
            "capacity.hours_per_week",
            f"the streams plan {fmt(planned)} h of {fmt(plan.capacity.hours_per_week)} h, "
            f"leaving less than 10 % slack (at most {fmt(limit)} h)",
            f"free {fmt(planned - limit)} h a week so there is room to refuse bad work and rest",
        )
    ]


def pc009_ranges(plan: Plan) -> list[Finding]:
    """PC009: every figure in range."""
    found: list[Finding] = []
    for s in plan.streams:
        if not 0 <= s.target_hours <= MAX_STREAM_HOURS:
            found.append(_range(_p(s, "target_hours"), s.target_hours, "0 to 80 h a week"))
        if not 0 <= s.target_income_share <= 100:
            found.append(_range(_p(s, "target_income_share"), s.target_income_share, "0 to 100 %"))
        if s.expected_revenue < 0:
            found.append(_range(_p(s, "expected_revenue"), s.expected_revenue, "0 or more"))
    for a in plan.activities:
        path = f"activities[{a.name}]"
        if not 0 <= a.hours_per_week <= MAX_STREAM_HOURS:
            found.append(_range(f"{path}.hours_per_week", a.hours_per_week, "0 to 80 h a week"))
        if a.annual_revenue < 0:
            found.append(_range(f"{path}.annual_revenue", a.annual_revenue, "0 or more"))
    return found


def _range(path: str, value: float, expected: str) -> Finding:
    return error(
        "PC009", path, f"{path} is {fmt(value)}, outside {expected}", f"set it to {expected}"
    )


def pc010_role_bands(plan: Plan) -> list[Finding]:
    """PC010: hours and income share inside the role's typical band."""
    found: list[Finding] = []
    for s in plan.streams:
        h_lo, h_hi, i_lo, i_hi = ROLE_BANDS[s.role]
        if not h_lo <= s.target_hours <= h_hi:
            found.append(_band(s, "target_hours", s.target_hours, h_lo, h_hi, "h a week"))
        if i_lo is not None and i_hi is not None and not i_lo <= s.target_income_share <= i_hi:
            found.append(_band(s, "target_income_share", s.target_income_share, i_lo, i_hi, "%"))
    return found


def _band(s: Stream, field: str, value: float, lo: float, hi: float, unit: str) -> Finding:
    return warning(
        "PC010",
        _p(s, field),
        f"{s.role} stream {s.name!r} has {fmt(value)} {unit}; a typical {s.role} stream has "
        f"{fmt(lo)}-{fmt(hi)} {unit}",
        f"move it toward {fmt(lo)}-{fmt(hi)} {unit}, or keep it and note why in the plan",
    )


def pc013_loops_join_streams(plan: Plan) -> list[Finding]:
    """PC013: a feedback loop joins two different, existing streams."""
    ids = {s.id for s in plan.streams}
    found: list[Finding] = []
    for i, loop in enumerate(plan.feedback_loops):
        path = f"feedback_loops[{i}]"
        unknown = [x for x in (loop.from_stream, loop.to_stream) if x not in ids]
        if unknown:
            found.append(
                error(
                    "PC013",
                    path,
                    f"the loop names stream {unknown[0]!r}, which is not in the plan",
                    f"use stream ids from: {', '.join(sorted(ids)) or 'none yet (add streams)'}",
                )
            )
        elif loop.from_stream == loop.to_stream:
            found.append(
                error(
                    "PC013",
                    path,
                    f"the loop joins {loop.from_stream!r} to itself",
                    "a loop links two different streams: pick the stream it feeds",
                )
            )
    return found


def pc014_cannibalisation(plan: Plan) -> list[Finding]:
    """PC014: no stream outgrows the anchor in hours; client income share at most 40 %."""
    anchor = plan.anchor()
    found: list[Finding] = []
    for s in plan.streams:
        if anchor is not None and s.role != "anchor" and s.target_hours > anchor.target_hours:
            found.append(
                warning(
                    "PC014",
                    _p(s, "target_hours"),
                    f"{s.name!r} plans {fmt(s.target_hours)} h, more than the anchor's "
                    f"{fmt(anchor.target_hours)} h: it may cannibalise the others",
                    f"cap {s.name!r} at {fmt(anchor.target_hours)} h, or make it the anchor",
                )
            )
        if s.role == "client" and s.target_income_share > CLIENT_MAX_SHARE:
            found.append(
                warning(
                    "PC014",
                    _p(s, "target_income_share"),
                    f"client stream {s.name!r} targets {fmt(s.target_income_share)} % of income, "
                    "above 40 %: client work tends to swallow seed and learning time",
                    "keep client work at or below 40 % of income, or turn a client into a "
                    "retainer anchor",
                )
            )
    return found


def pc015_anchor_not_everything(plan: Plan) -> list[Finding]:
    """PC015: the anchor's income share is at most 80 %."""
    anchor = plan.anchor()
    if anchor is None or anchor.target_income_share <= ANCHOR_MAX_SHARE:
        return []
    return [
        warning(
            "PC015",
            _p(anchor, "target_income_share"),
            f"the anchor targets {fmt(anchor.target_income_share)} % of income: one large "
            "commitment with scraps of side work",
            "aim for an anchor of at most 80 % and grow a client or leverage stream",
        )
    ]


def pc018_blocks_valid(plan: Plan) -> list[Finding]:
    """PC018: time blocks end after they start and do not overlap."""
    found = [
        error(
            "PC018",
            f"time_blocks[{b.id}]",
            f"block {b.id!r} runs {b.start}-{b.end}: it ends before it starts",
            "give it an end after its start on the same day; split a block that crosses midnight",
        )
        for b in plan.time_blocks
        if minutes(b.end) <= minutes(b.start)
    ]
    for a, b in combinations(plan.time_blocks, 2):
        if _overlap(a, b):
            found.append(
                error(
                    "PC018",
                    f"time_blocks[{b.id}]",
                    f"block {b.id!r} ({b.weekday} {b.start}-{b.end}) overlaps {a.id!r} "
                    f"({a.start}-{a.end})",
                    "move one of them to another day or time",
                )
            )
    return found


def _overlap(a: TimeBlock, b: TimeBlock) -> bool:
    if a.weekday != b.weekday or not _same_days(a.week_of_month, b.week_of_month):
        return False
    return minutes(a.start) < minutes(b.end) and minutes(b.start) < minutes(a.end)


def _same_days(a: str, b: str) -> bool:
    # The fourth and the last weekday of a month coincide in four-week months.
    return a == b or "every" in (a, b) or {a, b} == {"fourth", "last"}


def pc019_blocks_match_hours(plan: Plan) -> list[Finding]:
    """PC019: a stream's weekly block hours are within 1 h of its target hours."""
    found: list[Finding] = []
    for s in plan.streams:
        blocks = [b for b in plan.time_blocks if b.stream_id == s.id and b.hours > 0]
        if not blocks:
            continue
        weekly = sum(b.weekly_hours for b in blocks)
        if abs(weekly - s.target_hours) > BLOCK_TOLERANCE:
            found.append(
                warning(
                    "PC019",
                    _p(s, "target_hours"),
                    f"{s.name!r} has {fmt(weekly)} h a week of time blocks but targets "
                    f"{fmt(s.target_hours)} h",
                    "add or trim blocks (or change the target) so they agree within 1 h",
                )
            )
    return found


def pc022_automation(plan: Plan) -> list[Finding]:
    """PC022: time-for-money streams in commoditisable work are exposed to automation."""
    return [
        info(
            "PC022",
            _p(s, "work_kind"),
            f"{s.name!r} trades time for money in {s.work_kind}, work that automation is "
            f"commoditising (exposure recorded: {s.automation_exposure})",
            "shift part of it toward leverage (a product or framework of your own), reputation "
            "(public writing, teaching) or judgment (advice others cannot automate)",
        )
        for s in plan.streams
        if s.role in TIME_FOR_MONEY and s.work_kind in COMMODITISABLE
    ]


DRAFT_RULES: list[Rule] = [
    pc001_at_most_five,
    pc002_one_anchor,
    pc003_anchor_largest_income,
    pc004_anchor_stable,
    pc007_capacity,
    pc008_slack,
    pc009_ranges,
    pc010_role_bands,
    pc013_loops_join_streams,
    pc014_cannibalisation,
    pc015_anchor_not_everything,
    pc018_blocks_valid,
    pc019_blocks_match_hours,
    pc022_automation,
    pc023_shared_factor,
]
