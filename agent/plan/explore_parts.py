"""Building blocks of the configuration search: stream sources, time-block layout, loops.

A *source* is something a stream can be made from: an activity in the audit, a stream already
in the plan, or a stream proposed from the core skill or an under-used skill. Each source lists
the roles it could take. The layout packs streams into weekly blocks that never overlap and add
up to each stream's target hours exactly; the loops join every stream into a teaching cycle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agent.plan import operations as ops
from agent.plan.models import (
    Energy,
    Exposure,
    Plan,
    Purpose,
    RiskFactor,
    Role,
    Volatility,
    Weekday,
    WorkKind,
)
from agent.plan.transitions import slugify, unique_id

#: Words that mark work which can compound: products, writing, teaching, licences.
LEVERAGE_WORDS = (
    "book",
    "writ",
    "course",
    "teach",
    "workshop",
    "train",
    "licen",
    "royalt",
    "product",
    "tool",
    "template",
    "speak",
    "newsletter",
    "podcast",
    "video",
    "framework",
    "method",
)
#: An activity earning at most this share of audited revenue can be kept as a seed.
SEED_REVENUE_SHARE = 0.05
#: An activity needs at least this many hours a week to be considered for the anchor.
ANCHOR_MIN_HOURS = 10.0
#: At most this many sources enter the search (the rest are named in the notes).
MAX_SOURCES = 7

DEFAULT_REVENUE_MODEL: dict[str, str] = {
    "anchor": "salary or retainer",
    "client": "projects and day rates",
    "leverage": "royalties, courses, licences or products",
    "seed": "none yet: an experiment",
}


@dataclass(frozen=True)
class Source:
    """Something a stream can be made from, with the roles it could take."""

    name: str
    roles: tuple[Role, ...]
    origin: str
    hours: float = 0.0
    revenue: float = 0.0
    volatility: Volatility = "variable"
    teaches: str = ""
    energy: Energy = "neutral"
    revenue_model: str = ""
    work_kind: WorkKind = "other"
    purpose: Purpose | None = None
    exposure: Exposure = "medium"
    factors: tuple[RiskFactor, ...] = ()
    #: The person set these hours (a stream's target, or an adjustment): every option keeps them.
    fixed: bool = False


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def _activity_roles(
    revenue: float, hours: float, text: str, energy: str, total: float
) -> tuple[Role, ...]:
    roles: list[Role] = []
    if revenue > 0 and hours >= ANCHOR_MIN_HOURS:
        roles.append("anchor")
    if revenue > 0:
        roles.append("client")
    if any(word in text for word in LEVERAGE_WORDS):
        roles.append("leverage")
    small = total <= 0 or revenue <= SEED_REVENUE_SHARE * total
    if small or energy == "energising" or not roles:
        roles.append("seed")
    return tuple(roles)


def _stream_roles(role: Role, volatility: str) -> tuple[Role, ...]:
    """A recorded stream keeps its role first; an anchor may step down to client work, a
    stable client may become the anchor, and leverage may shrink to a seed."""
    alternates: dict[str, tuple[Role, ...]] = {
        "anchor": ("client",),
        "client": ("anchor",) if volatility == "stable" else (),
        "leverage": ("seed",),
        "seed": (),
    }
    return (role, *alternates[role])


def sources(plan: Plan) -> tuple[list[Source], list[str]]:
    """The sources the search may use, and notes on what was left out or proposed.

    When the plan has streams, they are the sources (an activity is usually already one of
    them under another name); otherwise the audit's activities are.
    """
    notes: list[str] = []
    if plan.streams:
        found = [
            Source(
                name=s.name,
                origin="stream",
                hours=s.target_hours,
                revenue=s.expected_revenue,
                roles=_stream_roles(s.role, s.volatility),
                volatility=s.volatility,
                teaches=s.teaches,
                revenue_model=s.revenue_model,
                work_kind=s.work_kind,
                purpose=s.purpose,
                exposure=s.automation_exposure,
                factors=tuple(s.factors),
                fixed=s.target_hours > 0,
            )
            for s in plan.streams
        ]
        if plan.activities:
            notes.append(
                "searched from your streams; the audit's activities are taken to be "
                "in them (remove the streams to search from the audit alone)"
            )
    else:
        found = _activity_sources(plan)
    found.sort(key=lambda s: (-s.revenue, s.energy == "draining", -s.hours, s.name.casefold()))
    kept = found[: MAX_SOURCES - 2]
    if len(found) > len(kept):
        dropped = ", ".join(repr(s.name) for s in found[len(kept) :])
        notes.append(f"left out of the search (lowest revenue): {dropped}")
    kept += _proposed(plan, kept, notes)
    return kept, notes


def _activity_sources(plan: Plan) -> list[Source]:
    total = sum(max(0.0, a.annual_revenue) for a in plan.activities)
    found: list[Source] = []
    for a in plan.activities:
        text = f"{a.name} {a.teaches}".casefold()
        roles = _activity_roles(a.annual_revenue, a.hours_per_week, text, a.energy, total)
        found.append(
            Source(
                name=a.name,
                roles=roles,
                origin="activity",
                hours=a.hours_per_week,
                revenue=max(0.0, a.annual_revenue),
                volatility=a.volatility,
                teaches=a.teaches,
                energy=a.energy,
                factors=tuple(a.factors),
            )
        )
    return found


def _proposed(plan: Plan, kept: Sequence[Source], notes: list[str]) -> list[Source]:
    """A leverage stream from the core skill and a seed from the most exciting skill."""
    core = (plan.core_skill or "").strip()
    proposed: list[Source] = []
    if core:
        name = _fresh(f"{core[:1].upper()}{core[1:]}: writing, course or tool", kept)
        proposed.append(
            Source(
                name=name,
                roles=("leverage",),
                origin="core skill",
                teaches=f"how to package {core} so it earns without more hours",
                revenue_model=DEFAULT_REVENUE_MODEL["leverage"],
                work_kind="writing",
                purpose="passion",
            )
        )
    skill = _seed_skill(plan)
    if skill:
        name = _fresh(f"Experiments in {skill}", kept)
        proposed.append(
            Source(
                name=name,
                roles=("seed",),
                origin="skill",
                teaches=f"whether {skill} could become paid work",
                revenue_model=DEFAULT_REVENUE_MODEL["seed"],
                purpose="experiment",
            )
        )
    if proposed:
        notes.append("proposed new streams: " + ", ".join(repr(p.name) for p in proposed))
    return proposed


def _seed_skill(plan: Plan) -> str:
    core = (plan.core_skill or "").strip()
    skills = [s for s in plan.skills if s.confirmed and not _same(s.name, core)]
    if not skills:
        return core
    best = min(skills, key=lambda s: (not s.under_used, -(s.excitement or 0), s.name.casefold()))
    return best.name


def _fresh(name: str, taken: Sequence[Source]) -> str:
    slugs = [slugify(s.name) for s in taken]
    base = slugify(name)
    return name if base not in slugs else f"{name} ({unique_id(base, slugs)[len(base) + 1 :]})"


# -- layout -------------------------------------------------------------------------------

#: Weekly windows blocks are packed into, in order: weekdays, the weekend, then evenings.
WINDOWS: tuple[tuple[Weekday, int, int], ...] = (
    *((d, 8 * 60, 18 * 60) for d in ("monday", "tuesday", "wednesday", "thursday", "friday")),
    ("saturday", 9 * 60, 17 * 60),
    ("sunday", 10 * 60, 16 * 60),
    *((d, 18 * 60, 22 * 60) for d in ("monday", "tuesday", "wednesday", "thursday", "friday")),
)
WINDOW_HOURS = sum(end - start for _, start, end in WINDOWS) / 60


def _clock(total_minutes: int) -> str:
    return f"{total_minutes // 60:02d}:{total_minutes % 60:02d}"


def layout(hours: Sequence[tuple[str, float]]) -> list[ops.AddTimeBlock] | None:
    """Weekly blocks for ``(stream_id, hours)`` pairs, packed in order; None if they don't fit.

    Hours are used in whole minutes, so each stream's blocks add up to its target exactly.
    """
    blocks: list[ops.AddTimeBlock] = []
    window, cursor = 0, WINDOWS[0][1]
    for stream_id, wanted in hours:
        left = round(wanted * 60)
        while left > 0:
            if window >= len(WINDOWS):
                return None
            day, _, end = WINDOWS[window]
            take = min(left, end - cursor)
            blocks.append(
                ops.AddTimeBlock(
                    stream_id=stream_id,
                    weekday=day,
                    start=_clock(cursor),
                    end=_clock(cursor + take),
                )
            )
            left -= take
            cursor += take
            if cursor >= end:
                window += 1
                cursor = WINDOWS[window][1] if window < len(WINDOWS) else 0
    return blocks


def loops(streams: Sequence[tuple[str, str, Role, str]]) -> list[ops.AddFeedbackLoop]:
    """A teaching cycle through ``(id, name, role, teaches)`` in order; the anchor funds seeds.

    The cycle puts every stream in a loop (PC011) and makes each teach another (PC012).
    """
    found: list[ops.AddFeedbackLoop] = []
    n = len(streams)
    for i, (sid, _, _, teaches) in enumerate(streams):
        to_id = streams[(i + 1) % n][0]
        # The note says what flows; the sentence around it names both streams.
        found.append(
            ops.AddFeedbackLoop(
                from_stream=sid, to_stream=to_id, kind="teaches", note=teaches.strip()[:300]
            )
        )
    anchors = [s for s in streams if s[2] == "anchor"]
    for sid, _, role, _ in streams:
        if anchors and role == "seed":
            found.append(
                ops.AddFeedbackLoop(
                    from_stream=anchors[0][0],
                    to_stream=sid,
                    kind="funds",
                    note="the anchor's income pays for the time",
                )
            )
    return found
