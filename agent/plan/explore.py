"""Configuration search: candidate portfolios built from the audit, checked and ranked.

``explore(plan, today=...)`` enumerates which sources become streams and in which role (one
anchor, 3 to 5 streams), gives each shape three allocation styles (steady, balanced, bold),
ranks them cheaply by the three scores, then builds the best through the real operations and
keeps only those that pass every draft and final rule. The enumeration is bounded by counts,
never by the clock, so the same plan always gives the same options. See docs/explorer.md.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Mapping, Sequence
from typing import Literal

from pydantic import BaseModel, Field

from agent.plan import operations as ops
from agent.plan.correlated import diversification
from agent.plan.engine import apply
from agent.plan.explore_labels import income_bits, label_options, with_hours
from agent.plan.explore_parts import DEFAULT_REVENUE_MODEL, Source, layout, loops, sources
from agent.plan.explore_risks import SHARED_RISK_WEIGHT, Shared, compare, shared_cost, shared_today
from agent.plan.findings import Outcome, fmt
from agent.plan.models import Plan, Purpose, Role, Stream
from agent.plan.rules import check
from agent.plan.rules_final import REVIEW_HORIZON_DAYS
from agent.plan.scores import Scores, scores
from agent.plan.shock import ShockResult, shock_test
from agent.plan.transitions import slugify

Style = Literal["steady", "balanced", "bold"]
STYLES: tuple[Style, ...] = ("steady", "balanced", "bold")
#: Target income share of one non-anchor stream, by style and role (the anchor takes the rest).
INCOME: dict[Style, dict[str, float]] = {
    "steady": {"client": 20, "leverage": 10, "seed": 0},
    "balanced": {"client": 25, "leverage": 15, "seed": 5},
    "bold": {"client": 30, "leverage": 20, "seed": 5},
}
#: Target hours of one non-anchor stream, by style and role, inside each role's band.
HOURS: dict[Style, dict[str, float]] = {
    "steady": {"client": 5, "leverage": 2, "seed": 3},
    "balanced": {"client": 8, "leverage": 4, "seed": 4},
    "bold": {"client": 12, "leverage": 5, "seed": 6},
}
#: Share of capacity the streams may plan (PC008 wants 10 % slack).
PLANNED_RATIO = 0.9
MAX_ANCHOR_HOURS = 50.0
MAX_PER_ROLE = 2
#: Bounds on the work: shapes scored, and candidates built through the operations.
MAX_SHAPES = 6000
MAX_VERIFIED = 40
REVIEW_AFTER_DAYS = 84
#: What each warning a candidate keeps costs in the ranking.
WARNING_WEIGHT = 0.25
#: What moving the whole income mix away from today's revenue costs in the ranking.
STRETCH_WEIGHT = 1.0
ROLE_ORDER: dict[str, int] = {"anchor": 0, "client": 1, "leverage": 2, "seed": 3}


class ExploreError(ValueError):
    """The plan lacks what the search needs; the message says what to record first."""

    def __init__(self, message: str, fix: str) -> None:
        super().__init__(f"{message}. Fix: {fix}")
        self.message = message
        self.fix = fix


class OptionStream(BaseModel):
    """One stream of a candidate portfolio."""

    name: str
    role: Role
    origin: str = Field(description="activity, stream, core skill or skill.")
    target_hours: float
    target_income_share: float
    expected_revenue: float
    volatility: str


class Candidate(BaseModel):
    """One candidate portfolio: its streams, how to adopt it, and why it ranks where it does."""

    rank: int
    style: Style
    label: str
    streams: list[OptionStream]
    scores: Scores
    shock: list[ShockResult]
    worst_buffer_months: float | None = Field(
        description="Months the buffer lasts after the worst single loss; None when covered "
        "or unknown."
    )
    warnings: list[str] = Field(description="Codes of the draft and final warnings it keeps.")
    diversification: float = Field(description="How independent its streams are, 0-5.")
    removes: list[str] = Field(
        default_factory=list, description="Shared risks of today's plan it removes (labels)."
    )
    total: float = Field(description="Ranking figure: sum of scores, shock and energy terms.")
    reason: str
    operations: list[ops.Operation] = Field(description="Apply these in order to adopt it.")
    plan: Plan = Field(exclude=True, description="The plan after the operations.")


class Exploration(BaseModel):
    """The result of a search."""

    candidates: list[Candidate]
    notes: list[str]
    shapes: int = Field(description="Stream-and-role shapes enumerated.")
    scored: int = Field(description="Allocations scored.")
    verified: int = Field(description="Candidates built through the operations and checked.")


class _Draft(BaseModel):
    """An allocation scored before it is built: cheap, no blocks or loops yet."""

    shape: int
    style: Style
    members: list[tuple[int, Role]]
    hours: list[float]
    shares: list[float]
    pre_total: float


def _half(x: float) -> float:
    return math.floor(x * 2) / 2


def _require(plan: Plan) -> float:
    if plan.capacity is None or plan.capacity.hours_per_week <= 0:
        raise ExploreError(
            "the weekly capacity is not recorded", "record how many hours a week you can give"
        )
    if not (plan.core_skill or "").strip():
        raise ExploreError(
            "no core skill is named", "name the one skill worth 10,000 hours before exploring"
        )
    if not plan.activities and not plan.streams:
        raise ExploreError(
            "the audit is empty", "record what you do today (activities) before exploring"
        )
    return plan.capacity.hours_per_week


def _shapes(srcs: Sequence[Source]) -> list[list[tuple[int, Role]]]:
    """Every choice of members and roles: one anchor, 3 to 5 streams, at most 2 per role."""
    choices = [[None, *s.roles] for s in srcs]
    found: list[list[tuple[int, Role]]] = []
    for combo in itertools.product(*choices):
        members = [(i, r) for i, r in enumerate(combo) if r is not None]
        roles = [r for _, r in members]
        if roles.count("anchor") != 1 or not 3 <= len(members) <= 5:
            continue
        if any(roles.count(r) > MAX_PER_ROLE for r in ("client", "leverage", "seed")):
            continue
        found.append(sorted(members, key=lambda m: (ROLE_ORDER[m[1]], m[0])))
        if len(found) >= MAX_SHAPES:
            break
    return found


def _allocate(
    srcs: Sequence[Source], members: list[tuple[int, Role]], style: Style, capacity: float
) -> tuple[list[float], list[float]] | None:
    """Hours and income shares for one shape and style; None when the rules cannot hold."""
    others = [(i, r) for i, r in members if r != "anchor"]
    hours_other = [_half(HOURS[style][r]) for _, r in others]
    if style == "balanced":  # the balanced style follows today's hours where they fit the band
        hours_other = [
            _half(min(max(srcs[i].hours, HOURS["steady"][r]), HOURS["bold"][r]))
            if srcs[i].hours > 0
            else h
            for (i, r), h in zip(others, hours_other, strict=True)
        ]
    # Hours the person set stay as they are, whatever the style.
    hours_other = [
        srcs[i].hours if srcs[i].fixed else h for (i, _), h in zip(others, hours_other, strict=True)
    ]
    lows = [srcs[i].hours if srcs[i].fixed else HOURS["steady"][r] for i, r in others]
    budget = _half(PLANNED_RATIO * capacity)
    anchor_src = srcs[members[0][0]]
    hint = anchor_src.hours if anchor_src.hours > 0 else 40.0
    # The anchor keeps its hours first; the other streams shrink toward their band's low end.
    anchor_hours = _half(min(hint, MAX_ANCHOR_HOURS, budget - sum(lows)))
    if anchor_hours < 1:
        return None
    if anchor_hours + sum(hours_other) > budget:
        hours_other = lows
    if anchor_hours + sum(hours_other) > budget:
        return None
    shares_other = [INCOME[style][r] for _, r in others]
    anchor_share = 100 - sum(shares_other)
    if anchor_share < max(shares_other, default=0):
        return None
    return [anchor_hours, *hours_other], [anchor_share, *shares_other]


def _stream(src: Source, role: Role, hours: float, share: float, sid: str) -> Stream:
    return Stream(
        id=sid,
        name=src.name,
        role=role,
        purpose=_purpose(src, role),
        revenue_model=src.revenue_model or DEFAULT_REVENUE_MODEL[role],
        target_hours=hours,
        target_income_share=share,
        expected_revenue=src.revenue,
        volatility=src.volatility,
        teaches=src.teaches,
        automation_exposure=src.exposure,
        work_kind=src.work_kind,
        factors=list(src.factors),
    )


def _purpose(src: Source, role: Role) -> Purpose | None:
    if src.purpose is not None:
        return src.purpose
    return "experiment" if role == "seed" else None


def _penalty(plan_streams: list[Stream]) -> float:
    """Cheap stand-ins for the warnings a built plan would carry."""
    anchor = plan_streams[0]
    p = 0.0
    p += 0.3 if anchor.volatility != "stable" else 0.0  # PC004
    p += 0.2 if not 30 <= anchor.target_hours <= 50 else 0.0  # PC010
    p += 0.2 if anchor.target_income_share > 80 else 0.0  # PC015
    p += 0.2 * sum(s.target_hours > anchor.target_hours for s in plan_streams[1:])  # PC014
    p += 0.2 if not any(s.role == "seed" or s.purpose == "experiment" for s in plan_streams) else 0
    return p


def _stretch(srcs: Sequence[Source], d: _Draft) -> float:
    """0-2: how far the target income shares are from today's mix of expected revenue."""
    revenue = [srcs[i].revenue for i, _ in d.members]
    total = sum(revenue)
    if total <= 0:
        return 0.0
    return sum(abs(t - 100 * r / total) for t, r in zip(d.shares, revenue, strict=True)) / 100


def _energy(srcs: Sequence[Source], members: list[tuple[int, Role]]) -> float:
    kept = [srcs[i].energy for i, _ in members]
    return 0.15 * kept.count("energising") - 0.15 * kept.count("draining")


def _draft_streams(srcs: Sequence[Source], d: _Draft) -> list[Stream]:
    return [
        _stream(srcs[i], r, h, s, f"s{n}")
        for n, ((i, r), h, s) in enumerate(zip(d.members, d.hours, d.shares, strict=True))
    ]


def _score(plan: Plan, srcs: Sequence[Source], d: _Draft) -> float:
    streams = _draft_streams(srcs, d)
    trial = plan.model_copy(update={"streams": streams, "time_blocks": [], "feedback_loops": []})
    sc = scores(trial)
    total = sc.resilience.value + sc.autonomy.value + sc.ownership.value
    extra = _energy(srcs, d.members) - _penalty(streams) - STRETCH_WEIGHT * _stretch(srcs, d)
    extra -= SHARED_RISK_WEIGHT * shared_cost(trial)
    return round(total + extra, 4)


def _drafts(plan: Plan, srcs: Sequence[Source], capacity: float) -> tuple[list[_Draft], int]:
    shapes = _shapes(srcs)
    drafts: list[_Draft] = []
    for n, members in enumerate(shapes):
        for style in STYLES:
            alloc = _allocate(srcs, members, style, capacity)
            if alloc is None:
                continue
            d = _Draft(
                shape=n,
                style=style,
                members=members,
                hours=alloc[0],
                shares=alloc[1],
                pre_total=0.0,
            )
            drafts.append(d.model_copy(update={"pre_total": _score(plan, srcs, d)}))
    return drafts, len(shapes)


def _diverse(drafts: list[_Draft], limit: int) -> list[_Draft]:
    """The best drafts, one per shape first, then the remaining styles."""
    ranked = sorted(drafts, key=lambda d: (-d.pre_total, d.shape, STYLES.index(d.style)))
    seen: set[int] = set()
    first: list[_Draft] = []
    rest: list[_Draft] = []
    for d in ranked:
        (rest if d.shape in seen else first).append(d)
        seen.add(d.shape)
    return (first + rest)[:limit]


def _operations(
    plan: Plan, srcs: Sequence[Source], d: _Draft, today: dt.date
) -> list[ops.Operation] | None:
    steps: list[ops.Operation] = [ops.RemoveStream(stream_id=s.id) for s in reversed(plan.streams)]
    ids: list[str] = []
    for (i, role), hours, share in zip(d.members, d.hours, d.shares, strict=True):
        s = _stream(srcs[i], role, hours, share, "x")
        fields = s.model_dump(exclude={"id"})
        steps.append(ops.AddStream(**fields))
        ids.append(slugify(s.name))
    if len(set(ids)) != len(ids):
        return None
    blocks = layout(list(zip(ids, d.hours, strict=True)))
    if blocks is None:
        return None
    steps += blocks
    steps += loops(
        [
            (sid, srcs[i].name, r, srcs[i].teaches)
            for sid, (i, r) in zip(ids, d.members, strict=True)
        ]
    )
    horizon = today + dt.timedelta(days=REVIEW_HORIZON_DAYS)
    if plan.review is None or not today <= plan.review.date <= horizon:
        steps.append(ops.SetReview(date=today + dt.timedelta(days=REVIEW_AFTER_DAYS)))
    return steps


def adopt(plan: Plan, operations: Sequence[ops.Operation], *, today: dt.date) -> Outcome:
    """Apply a candidate's operations in order; all or nothing.

    Accepted: the new plan with its findings. Refused: the first refusal's errors, and the
    plan exactly as it was (nothing the person recorded is lost).
    """
    current = plan
    outcome = Outcome(accepted=True, plan=plan)
    for step in operations:
        outcome = apply(current, step, today=today)
        if not outcome.accepted:
            return outcome.model_copy(update={"plan": plan})
        current = outcome.plan
    return outcome


def _build(
    plan: Plan,
    srcs: Sequence[Source],
    d: _Draft,
    today: dt.date,
    shared: dict[tuple[str, str], Shared],
) -> Candidate | None:
    steps = _operations(plan, srcs, d, today)
    if steps is None:
        return None
    outcome = adopt(plan, steps, today=today)
    if not outcome.accepted:
        return None
    final = check(outcome.plan, final=True, today=today)
    if any(f.severity == "error" for f in final):
        return None
    built = outcome.plan
    shock = shock_test(built)
    worst = _worst_buffer(shock)
    warned = sorted({f.code for f in final if f.severity == "warning"})
    total = d.pre_total + _penalty(_draft_streams(srcs, d)) + _shock_term(built, shock, worst)
    total = round(total - WARNING_WEIGHT * len(warned), 3)
    streams = [
        OptionStream(
            name=s.name,
            role=s.role,
            origin=srcs[i].origin,
            target_hours=s.target_hours,
            target_income_share=s.target_income_share,
            expected_revenue=s.expected_revenue,
            volatility=s.volatility,
        )
        for s, (i, _) in zip(built.streams, d.members, strict=True)
    ]
    removes, risk_bits = compare(shared, built)
    candidate = Candidate(
        rank=0,
        style=d.style,
        label=_label(d.style, streams),
        streams=streams,
        scores=scores(built),
        shock=shock,
        worst_buffer_months=worst,
        warnings=warned,
        diversification=diversification(built).value,
        removes=removes,
        total=total,
        reason="",
        operations=steps,
        plan=built,
    )
    said = list(dict.fromkeys(f"{f.message} ({f.code})" for f in final if f.severity == "warning"))
    return candidate.model_copy(update={"reason": _reason(candidate, srcs, d, risk_bits, said)})


def _worst_buffer(shock: list[ShockResult]) -> float | None:
    months = [r.buffer_months for r in shock if r.buffer_months is not None]
    return min(months) if months else None


def _shock_term(plan: Plan, shock: list[ShockResult], worst: float | None) -> float:
    """0-1: 1 when any single loss is covered by the income left, less as the buffer shortens."""
    cap = plan.capacity
    if cap is None or cap.monthly_spending is None or not shock:
        return 0.5
    if all(r.monthly_shortfall == 0 for r in shock):
        return 1.0
    return 0.0 if worst is None else min(1.0, worst / 12)


def _label(style: Style, streams: list[OptionStream]) -> str:
    """A provisional label (the final one says what sets the option apart from the others)."""
    parts = " + ".join(f"{s.name} ({s.role})" for s in streams)
    return f"{style}: {parts}"


def _reason(
    c: Candidate, srcs: Sequence[Source], d: _Draft, risk_bits: list[str], warned: Sequence[str]
) -> str:
    anchor = c.streams[0]
    sc = c.scores
    bits = [
        *income_bits(srcs, d.members, d.shares),
        f"{fmt(sum(s.target_hours for s in c.streams))} h a week planned, "
        f"{fmt(anchor.target_hours)} of them on {anchor.name!r}",
        f"resilience {sc.resilience.value:.1f}, autonomy {sc.autonomy.value:.1f}, "
        f"ownership {sc.ownership.value:.1f}",
    ]
    if c.worst_buffer_months is not None:
        bits.append(
            f"after the worst single loss the buffer lasts {fmt(c.worst_buffer_months)} months"
        )
    elif c.shock and all(r.monthly_shortfall == 0 for r in c.shock):
        bits.append("any single loss is covered by the income left")
    energising = [srcs[i].name for i, _ in d.members if srcs[i].energy == "energising"]
    if energising:
        bits.append("keeps what energises you: " + ", ".join(energising))
    new = [s.name for s in c.streams if s.origin in ("core skill", "skill")]
    if new:
        bits.append("starts " + ", ".join(repr(n) for n in new))
    bits += risk_bits
    bits += [f"a warning: {w}" for w in warned]
    return "; ".join(bits)


def explore(
    plan: Plan, *, today: dt.date, top: int = 5, hours: Mapping[str, float] | None = None
) -> Exploration:
    """Ranked candidate portfolios for ``plan``; each passes every draft and final rule.

    ``hours`` are weekly hours the person set for streams not in the plan yet (say, while a
    proposal is adjusted), by name: every option that has the stream keeps them, as it keeps
    the target hours of the plan's own streams. Raises :class:`ExploreError` when the
    capacity, the core skill or the audit is missing.
    """
    capacity = _require(plan)
    srcs, notes = sources(plan)
    shared = shared_today(plan)
    srcs = with_hours(srcs, hours or {})
    drafts, shapes = _drafts(plan, srcs, capacity)
    built: list[Candidate] = []
    tried = 0
    for d in _diverse(drafts, MAX_VERIFIED):
        tried += 1
        candidate = _build(plan, srcs, d, today, shared)
        if candidate is not None:
            built.append(candidate)
    built.sort(key=lambda c: (-c.total, c.label))
    kept = built[: max(1, top)]
    labels = label_options(kept)
    ranked = [
        c.model_copy(update={"rank": n + 1, "label": label})
        for n, (c, label) in enumerate(zip(kept, labels, strict=True))
    ]
    if not ranked:
        notes.append(
            "no configuration passed every rule: add an activity that pays (for the anchor) or "
            "raise the capacity if it was understated"
        )
    return Exploration(
        candidates=ranked, notes=notes, shapes=shapes, scored=len(drafts), verified=tried
    )
