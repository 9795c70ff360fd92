"""Proposals the interviewer makes from what it has learnt: streams with allocations, time
blocks, feedback loops and a review date. Pure functions of the plan (and today's date).

The figures follow the role bands of the portfolio model (after the "Career Portfolio Design"
pattern): the largest stable earner becomes the anchor (when it brings at least half the largest
income; else the largest earner), client work 5-15 h, leverage 2-5 h,
a seed 3-8 h; income shares add up to 100 with the anchor largest and at most 80 %; planned
hours leave about 10 % of capacity as slack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from agent.plan.models import Activity, Plan
from agent.plan.transitions import slugify

DEFAULT_CAPACITY = 40.0
SLACK = 0.9
BANDS = {"anchor": (30.0, 50.0), "client": (5.0, 15.0), "leverage": (2.0, 5.0), "seed": (3.0, 8.0)}
ROLE_ORDER = ("anchor", "client", "leverage", "seed")
REVIEW_WEEKS = 12

_ROLE_WORDS = {
    "client": r"consult|freelanc|contract|client|coach|teach|tutor|train|workshop|advis|retainer"
    r"|lectur|gig",
    "leverage": r"writ|book|course|podcast|newsletter|blog|video|youtube|template|tool|product|"
    r"licen|royalt|speak|app\b|author|channel",
    "seed": r"open[\s-]?source|communit|volunteer|mentor|experiment|side project|art|garden|"
    r"activis|organis|organiz|hobby|idea|startup|music",
}
_KINDS = {
    "writing": r"writ|blog|newsletter|book|journalis|copy",
    "teaching": r"teach|tutor|lectur|train|workshop|course|mentor|coach",
    "research": r"research|academ|scien",
    "coding": r"cod|software|develop|program|engineer|open[\s-]?source|app\b",
    "design": r"design|ux|illustrat",
    "analysis": r"analy|data|report",
    "translation": r"translat",
    "organising": r"organis|organiz|union|communit|activis|campaign",
    "management": r"manag|lead|director",
    "care": r"care|caring",
}
_COMMODITISABLE = {"analysis", "writing", "coding", "design", "translation"}
_REVENUE_MODEL = {
    "anchor": "salary",
    "client": "fees per project or day",
    "leverage": "sales, royalties or licences",
    "seed": "none yet (learning and reputation)",
}


@dataclass(frozen=True)
class StreamProposal:
    """One proposed stream, in the shape of an ``add_stream`` call."""

    name: str
    role: str
    target_hours: float
    target_income_share: float
    expected_revenue: float = 0.0
    volatility: str = "variable"
    teaches: str = ""
    purpose: str | None = None
    work_kind: str = "other"
    automation_exposure: str = "medium"
    revenue_model: str = ""
    sources: tuple[str, ...] = field(default_factory=tuple)
    #: (kind, label) of the risk factors its activities depend on.
    factors: tuple[tuple[str, str], ...] = ()

    @property
    def stream_id(self) -> str:
        """The id the plan gives this stream (a slug of its name)."""
        return slugify(self.name)

    def as_args(self) -> dict[str, object]:
        """Arguments of the ``add_stream`` tool call."""
        args: dict[str, object] = {
            "name": self.name,
            "role": self.role,
            "revenue_model": self.revenue_model,
            "target_hours": self.target_hours,
            "target_income_share": self.target_income_share,
            "expected_revenue": self.expected_revenue,
            "volatility": self.volatility,
            "teaches": self.teaches,
            "automation_exposure": self.automation_exposure,
            "work_kind": self.work_kind,
        }
        if self.purpose:
            args["purpose"] = self.purpose
        if self.factors:
            args["factors"] = [{"kind": k, "label": label} for k, label in self.factors]
        return args


def stream_for(name: str, role: str, hours: float, share: float) -> StreamProposal:
    """A stream the person asked for by name, shaped like the proposed ones of its role."""
    kind = kind_of(name)
    purpose = {"client": "stabilizer", "seed": "experiment", "leverage": "passion"}.get(role)
    return StreamProposal(
        name=name, role=role, target_hours=hours, target_income_share=share, purpose=purpose,
        work_kind=kind, automation_exposure=_exposure(role, kind),
        revenue_model=_REVENUE_MODEL[role],
    )  # fmt: skip


def capacity_of(plan: Plan) -> float:
    """The weekly capacity, or a full-time week when it is unknown."""
    return plan.capacity.hours_per_week if plan.capacity else DEFAULT_CAPACITY


def role_of(activity: Activity) -> str:
    """The role an activity (other than the anchor) most likely plays, from its name and pay."""
    low = activity.name.lower()
    for role in ("leverage", "seed", "client"):
        if re.search(_ROLE_WORDS[role], low):
            return role
    return "client" if activity.annual_revenue > 0 else "seed"


def kind_of(text: str) -> str:
    """The main kind of work a name suggests (writing, teaching, coding ...), else "other"."""
    low = text.lower()
    return next((kind for kind, pattern in _KINDS.items() if re.search(pattern, low)), "other")


#: The part of the largest income a steady earner must bring to be the anchor in its place: a
#: steady base is worth some income, but a three-hour evening class is no anchor beside a
#: trade that pays ten times as much.
STABLE_ANCHOR_SHARE = 0.5


def pick_anchor(activities: list[Activity]) -> Activity | None:
    """The largest stable earner that brings at least half the largest income; else the largest
    earner; else the activity with most hours."""
    if not activities:
        return None
    earners = [a for a in activities if a.annual_revenue > 0]
    top = max(earners, key=lambda a: a.annual_revenue, default=None)
    floor = top.annual_revenue * STABLE_ANCHOR_SHARE if top is not None else 0.0
    stable = [a for a in earners if a.volatility == "stable" and a.annual_revenue >= floor]
    pool = stable or earners or activities
    return max(pool, key=lambda a: (a.annual_revenue, a.hours_per_week))


def propose_streams(plan: Plan) -> list[StreamProposal]:
    """3-5 streams from the audit, with hours and income shares that pass the draft rules."""
    streams = _streams_from_activities(plan)
    streams = _fill_missing_roles(streams, plan)
    streams = _fit_hours(streams, capacity_of(plan))
    return _set_shares(streams)


def _streams_from_activities(plan: Plan) -> list[StreamProposal]:
    anchor = pick_anchor(plan.activities)
    grouped: dict[str, list[Activity]] = {role: [] for role in ROLE_ORDER}
    for activity in plan.activities:
        grouped["anchor" if activity is anchor else role_of(activity)].append(activity)
    streams: list[StreamProposal] = []
    for role in ROLE_ORDER:
        members = grouped[role]
        # More than two of one role would crowd out the others: merge the smallest ones.
        while len(members) > 2 or (members and len(streams) + len(members) > 5):
            if len(members) == 1:
                break
            members = [*members[:-2], _merge(members[-2], members[-1])]
        streams.extend(_from_activity(a, role) for a in members[: 5 - len(streams)])
    return streams


def _merge(a: Activity, b: Activity) -> Activity:
    return a.model_copy(
        update={
            "name": f"{a.name} & {b.name}",
            "annual_revenue": a.annual_revenue + b.annual_revenue,
            "hours_per_week": a.hours_per_week + b.hours_per_week,
            "teaches": "; ".join(t for t in (a.teaches, b.teaches) if t),
            "volatility": "stable" if "stable" == a.volatility == b.volatility else "variable",
            "factors": [*a.factors, *(f for f in b.factors if f not in a.factors)],
        }
    )


def _from_activity(activity: Activity, role: str) -> StreamProposal:
    kind = kind_of(activity.name)
    purpose = {"client": "stabilizer", "seed": "experiment"}.get(role)
    if activity.energy == "energising" and role in {"client", "leverage"}:
        purpose = "passion"
    return StreamProposal(
        name=activity.name[:1].upper() + activity.name[1:],
        role=role,
        target_hours=activity.hours_per_week,
        target_income_share=0.0,
        expected_revenue=activity.annual_revenue,
        volatility=activity.volatility,
        teaches=activity.teaches,
        purpose=purpose,
        work_kind=kind,
        automation_exposure=_exposure(role, kind),
        revenue_model=_REVENUE_MODEL[role],
        sources=(activity.name,),
        factors=tuple((f.kind, f.label) for f in activity.factors),
    )


def _exposure(role: str, kind: str) -> str:
    if role == "seed" or kind in {"care", "organising", "teaching"}:
        return "low"
    return "high" if kind in _COMMODITISABLE and role in {"anchor", "client"} else "medium"


def _named_focus(core_skill: str | None) -> str:
    """The core skill as a stream's name takes it: its first part when it was said in several
    ("Fixing things, mechanical troubleshooting"), so the name stays short and reads as one."""
    return (core_skill or "").split(",")[0].strip()


def _fill_missing_roles(streams: list[StreamProposal], plan: Plan) -> list[StreamProposal]:
    """Add a leverage and a seed stream built on the core skill when the audit lacks them."""
    focus = _named_focus(plan.core_skill) or "your core skill"
    roles = {s.role for s in streams}
    extra = [
        StreamProposal(
            name=f"Writing and teaching on {focus}",
            role="leverage",
            target_hours=3.0,
            target_income_share=0.0,
            teaches=f"how to explain {focus} to others",
            purpose="passion",
            work_kind="writing",
            revenue_model=_REVENUE_MODEL["leverage"],
        ),
        StreamProposal(
            name=f"Experiment with {focus}",
            role="seed",
            target_hours=3.0,
            target_income_share=0.0,
            teaches="what people would pay for next",
            purpose="experiment",
            work_kind=kind_of(focus),
            automation_exposure="low",
            revenue_model=_REVENUE_MODEL["seed"],
        ),
    ]
    for proposal in extra:
        if len(streams) < 5 and (proposal.role not in roles or len(streams) < 3):
            streams.append(proposal)
    if len(streams) < 3:
        client = StreamProposal(
            name=f"Freelance {focus}",
            role="client",
            target_hours=5.0,
            target_income_share=0.0,
            teaches="what clients need",
            purpose="stabilizer",
            work_kind=kind_of(focus),
            revenue_model=_REVENUE_MODEL["client"],
        )
        streams.insert(0, client)
    return streams


def _fit_hours(streams: list[StreamProposal], capacity: float) -> list[StreamProposal]:
    """Hours inside each role's band where possible, all within ~90 % of capacity."""
    budget = max(1.0, _half(capacity * SLACK))
    fitted, floors = [], []
    for s in streams:
        low, high = BANDS[s.role]
        hours = s.target_hours or low
        fitted.append(
            replace(s, target_hours=hours if s.role == "anchor" else _clamp(hours, low, high))
        )
        floors.append(min(low, hours))
    return _squeeze(fitted, budget, floors)


def _squeeze(
    streams: list[StreamProposal], budget: float, floors: list[float]
) -> list[StreamProposal]:
    """Trim side streams toward their band minimum first, then those raised to it back toward
    the person's own hours (``floors``), then the anchor, to fit the budget."""
    result = list(streams)
    for lows in ([BANDS[s.role][0] for s in result], floors):
        _trim_sides(result, budget, lows)
    excess = sum(s.target_hours for s in result) - budget
    for i, s in enumerate(result):
        if s.role == "anchor" and excess > 0:
            result[i] = replace(s, target_hours=max(0.5, _half(s.target_hours - excess)))
    total = sum(s.target_hours for s in result)
    if total > budget:
        factor = budget / total
        result = [replace(s, target_hours=max(0.5, _half(s.target_hours * factor))) for s in result]
    return result


def _trim_sides(result: list[StreamProposal], budget: float, lows: list[float]) -> None:
    """Cut the side streams furthest above ``lows`` until the hours fit ``budget`` (in place)."""
    excess = sum(s.target_hours for s in result) - budget
    while excess > 0:
        room = [(s.target_hours - lows[i], i) for i, s in enumerate(result)
                if s.role != "anchor" and s.target_hours > lows[i]]  # fmt: skip
        if not room:
            break
        above, i = max(room)
        hours = _half(result[i].target_hours - min(excess, above))
        if hours >= result[i].target_hours:
            break  # rounding to the half hour gave nothing back
        result[i] = replace(result[i], target_hours=hours)
        excess = sum(s.target_hours for s in result) - budget


def _set_shares(streams: list[StreamProposal]) -> list[StreamProposal]:
    """Income-share targets: seed 5, leverage 10, client 20-30 by revenue, the anchor the rest."""
    revenue = sum(s.expected_revenue for s in streams) or 1.0
    shares: list[float] = []
    for s in streams:
        if s.role == "seed":
            shares.append(5.0)
        elif s.role == "leverage":
            shares.append(10.0)
        elif s.role == "client":
            shares.append(_clamp(round(100 * s.expected_revenue / revenue / 5) * 5, 20.0, 30.0))
        else:
            shares.append(0.0)
    anchors = [i for i, s in enumerate(streams) if s.role == "anchor"]
    rest = 100.0 - sum(shares)
    if anchors:
        shares[anchors[0]] = rest
    elif streams:
        shares[0] += rest
    while anchors and shares[anchors[0]] > 80 and _shift_from_anchor(streams, shares, anchors[0]):
        pass
    while anchors and _shift_to_anchor(streams, shares, anchors[0]):
        pass
    return [replace(s, target_income_share=share) for s, share in zip(streams, shares, strict=True)]


def _shift_from_anchor(streams: list[StreamProposal], shares: list[float], anchor: int) -> bool:
    """Move 5 points from the anchor to a stream below its band's top; False when none is."""
    limits = {"client": 40.0, "leverage": 20.0, "seed": 5.0}
    for i, s in enumerate(streams):
        if i != anchor and shares[i] + 5.0 <= limits.get(s.role, 0.0):
            shares[i] += 5.0
            shares[anchor] -= 5.0
            return True
    return False


def _shift_to_anchor(streams: list[StreamProposal], shares: list[float], anchor: int) -> bool:
    """Move 5 points to an anchor below another stream's share (two clients at 30 % leave it
    25 %, which the rules refuse: PC003) from the largest stream above its band's floor."""
    floors = {"client": 20.0, "leverage": 10.0, "seed": 0.0}
    others = [i for i in range(len(streams)) if i != anchor]
    if not others or shares[anchor] >= max(shares[i] for i in others):
        return False
    giving = [i for i in others if shares[i] - 5.0 >= floors.get(streams[i].role, 0.0)]
    if not giving:
        return False
    top = max(giving, key=lambda i: shares[i])
    shares[top] -= 5.0
    shares[anchor] += 5.0
    return True


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _half(value: float) -> float:
    """Round down to the half hour."""
    return int(value * 2) / 2
