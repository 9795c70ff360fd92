"""The quarterly review: actual hours and income against the targets, and what to change.

``review(plan, actuals, today=...)`` compares each stream's actual hours a week and income for
the quarter with its targets, records the answers to the review questions (which stream taught
which, which failed its promise) and proposes rebalancing suggestions. Every suggestion is a
list of operations; ``apply_suggestions`` applies each all-or-nothing through the rules, so a
suggestion that would break a rule is refused and the plan stays as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from agent.plan import operations as ops
from agent.plan.explore import REVIEW_AFTER_DAYS, adopt
from agent.plan.findings import Finding, fmt
from agent.plan.models import Plan, Stream
from agent.plan.money import amount
from agent.plan.rules_draft import ROLE_BANDS

#: A gap counts when hours differ by more than this many hours a week...
HOURS_TOLERANCE = 1.0
#: ...or the income share by more than this many points.
SHARE_TOLERANCE = 5.0
#: A stream earning under this share of its expected quarterly revenue failed its promise.
UNDER_DELIVERY = 0.5
#: Expected revenue is re-based when the quarter's run rate differs by more than this share.
REVENUE_TOLERANCE = 0.2
WEEKS_PER_YEAR = 52


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StreamActual(_Strict):
    """What one stream really took and earned in the quarter."""

    stream: str = Field(min_length=1, description="The stream's id or name.")
    hours_per_week: float = Field(ge=0, le=80, description="Average hours a week worked on it.")
    income: float = Field(0.0, ge=0, description="Income received in the quarter.")
    note: str = ""


class Taught(_Strict):
    """An answer to 'what did this stream teach another?'."""

    from_stream: str = Field(min_length=1)
    to_stream: str = Field(min_length=1)
    what: str = ""


class FailedPromise(_Strict):
    """An answer to 'which stream failed to deliver what it promised?'."""

    stream: str = Field(min_length=1)
    note: str = ""


class ReviewActuals(_Strict):
    """Everything recorded at a quarterly review."""

    weeks: int = Field(13, ge=1, le=26, description="Length of the period reviewed, in weeks.")
    streams: list[StreamActual] = Field(default_factory=list)
    taught: list[Taught] = Field(default_factory=list)
    failed_promise: list[FailedPromise] = Field(default_factory=list)
    answers: dict[str, str] = Field(
        default_factory=dict, description="Review question (its text or its number) -> answer."
    )


class StreamComparison(BaseModel):
    """Targets against actuals for one stream."""

    stream_id: str
    name: str
    role: str
    target_hours: float
    actual_hours: float
    target_share: float
    actual_share: float
    expected_income: float = Field(description="Expected revenue for the period.")
    actual_income: float
    flags: list[str] = Field(description="over hours, under hours, share drift, under-delivered.")


class Suggestion(BaseModel):
    """One rebalancing step: why, and the operations that make it."""

    code: str
    title: str
    reason: str
    operations: list[ops.Operation]


class ReviewReport(BaseModel):
    """The result of a review."""

    comparisons: list[StreamComparison]
    not_recorded: list[str] = Field(description="Streams with no actuals recorded.")
    answers: dict[str, str] = Field(description="Review question -> answer.")
    unanswered: list[str]
    failed: list[str] = Field(description="Streams that failed their promise (said or measured).")
    suggestions: list[Suggestion]
    summary: list[str]


class ReviewError(ValueError):
    """Actuals that do not match the plan; the message says how to fix them."""

    def __init__(self, message: str, fix: str) -> None:
        super().__init__(f"{message}. Fix: {fix}")
        self.message = message
        self.fix = fix


def _find(plan: Plan, ref: str) -> Stream | None:
    key = ref.strip().casefold()
    return next((s for s in plan.streams if key in (s.id, s.name.strip().casefold())), None)


def check_actuals(plan: Plan, actuals: ReviewActuals) -> None:
    """Raise :class:`ReviewError` when the actuals name a stream the plan does not have."""
    refs = [a.stream for a in actuals.streams] + [f.stream for f in actuals.failed_promise]
    refs += [x for t in actuals.taught for x in (t.from_stream, t.to_stream)]
    for ref in refs:
        _resolve(plan, ref)


def _resolve(plan: Plan, ref: str) -> Stream:
    found = _find(plan, ref)
    if found is not None:
        return found
    known = ", ".join(s.id for s in plan.streams) or "none"
    raise ReviewError(f"there is no stream {ref!r} in the plan", f"use one of: {known}")


def _compare(plan: Plan, actuals: ReviewActuals) -> list[StreamComparison]:
    by_id = {f.id: a for a in actuals.streams if (f := _find(plan, a.stream)) is not None}
    total = sum(a.income for a in by_id.values())
    found: list[StreamComparison] = []
    for s in plan.streams:
        a = by_id.get(s.id)
        if a is None:
            continue
        share = 100 * a.income / total if total > 0 else 0.0
        expected = s.expected_revenue * actuals.weeks / WEEKS_PER_YEAR
        flags = []
        if a.hours_per_week > s.target_hours + HOURS_TOLERANCE:
            flags.append("over hours")
        if a.hours_per_week < s.target_hours - HOURS_TOLERANCE:
            flags.append("under hours")
        if total > 0 and abs(share - s.target_income_share) > SHARE_TOLERANCE:
            flags.append("share drift")
        if expected > 0 and a.income < UNDER_DELIVERY * expected:
            flags.append("under-delivered")
        found.append(
            StreamComparison(
                stream_id=s.id,
                name=s.name,
                role=s.role,
                target_hours=s.target_hours,
                actual_hours=a.hours_per_week,
                target_share=s.target_income_share,
                actual_share=round(share, 1),
                expected_income=round(expected, 2),
                actual_income=a.income,
                flags=flags,
            )
        )
    return found


def _answers(plan: Plan, actuals: ReviewActuals) -> tuple[dict[str, str], list[str]]:
    questions = plan.review.questions if plan.review else []
    answered: dict[str, str] = {}
    for key, text in actuals.answers.items():
        if key.strip().isdigit() and 1 <= int(key) <= len(questions):
            answered[questions[int(key) - 1]] = text
        else:
            answered[key] = text
    return answered, [q for q in questions if q not in answered]


def _half(x: float) -> float:
    return round(x * 2) / 2


def _rebalance(plan: Plan, comps: Sequence[StreamComparison]) -> Suggestion | None:
    """Move each drifting stream halfway toward what really happened, keeping the rules."""
    drifting = {
        c.stream_id: c for c in comps if {"over hours", "under hours", "share drift"} & set(c.flags)
    }
    if not drifting:
        return None
    hours = {s.id: s.target_hours for s in plan.streams}
    shares = {s.id: s.target_income_share for s in plan.streams}
    for sid, c in drifting.items():
        hours[sid] = _half((c.target_hours + c.actual_hours) / 2)
        if "share drift" in c.flags:
            shares[sid] = (c.target_share + c.actual_share) / 2
    shares = _normalised(shares)
    anchor = plan.anchor()
    if anchor is not None and shares[anchor.id] < max(shares.values()):
        shares = {s.id: s.target_income_share for s in plan.streams}  # keep PC003: only hours
    cap = plan.capacity.hours_per_week if plan.capacity else None
    if cap is not None and sum(hours.values()) > cap:
        return None
    steps = _allocation_steps(plan, hours, shares)
    if not steps:
        return None
    moved = ", ".join(
        f"{c.name} {fmt(c.target_hours)} -> {fmt(hours[sid])} h"
        + (
            f", {fmt(c.target_share)} -> {fmt(shares[sid])} %"
            if shares[sid] != c.target_share
            else ""
        )
        for sid, c in drifting.items()
    )
    return Suggestion(
        code="RB001",
        title="rebalance toward what really happened",
        reason=f"targets move halfway toward the quarter's actuals: {moved}",
        operations=steps,
    )


def _normalised(shares: dict[str, float]) -> dict[str, float]:
    total = sum(shares.values())
    if total <= 0:
        return shares
    out = {k: round(100 * v / total, 1) for k, v in shares.items()}
    top = max(out, key=lambda k: out[k])
    out[top] = round(out[top] + 100 - sum(out.values()), 1)  # rounding rest to the largest
    return out


def _allocation_steps(
    plan: Plan, hours: dict[str, float], shares: dict[str, float]
) -> list[ops.Operation]:
    """Set allocations in an order that never breaks a draft rule on the way.

    Non-anchor streams first drop to the lower of old and new, then the anchor moves, then the
    others rise: hours never exceed the final total and the anchor stays the largest share.
    """
    changed = [
        s
        for s in plan.streams
        if (hours[s.id], shares[s.id]) != (s.target_hours, s.target_income_share)
    ]
    others = [s for s in changed if s.role != "anchor"]
    anchors = [s for s in changed if s.role == "anchor"]
    steps: list[ops.Operation] = [
        ops.SetAllocation(
            stream_id=s.id,
            target_hours=min(hours[s.id], s.target_hours),
            target_income_share=min(shares[s.id], s.target_income_share),
        )
        for s in others
    ]
    steps += [
        ops.SetAllocation(
            stream_id=s.id, target_hours=hours[s.id], target_income_share=shares[s.id]
        )
        for s in [*anchors, *others]
    ]
    return steps


def _failed(plan: Plan, actuals: ReviewActuals, comps: Sequence[StreamComparison]) -> list[str]:
    said = [s.id for f in actuals.failed_promise if (s := _find(plan, f.stream)) is not None]
    measured = [c.stream_id for c in comps if "under-delivered" in c.flags]
    return list(dict.fromkeys([*said, *measured]))


def _resize(plan: Plan, sid: str, comps: Sequence[StreamComparison], weeks: int) -> Suggestion:
    s = plan.stream(sid)
    assert s is not None
    low = ROLE_BANDS[s.role][0]
    comp = next((c for c in comps if c.stream_id == sid), None)
    steps: list[ops.Operation] = []
    bits = []
    if s.role != "anchor" and s.target_hours > low:
        steps.append(
            ops.SetAllocation(
                stream_id=sid, target_hours=low, target_income_share=s.target_income_share
            )
        )
        bits.append(f"hours {fmt(s.target_hours)} -> {fmt(low)}")
    if comp is not None:
        run_rate = round(comp.actual_income * WEEKS_PER_YEAR / weeks, 2)
        steps.append(ops.UpdateStream(stream_id=sid, expected_revenue=run_rate))
        before, after = amount(s.expected_revenue, plan.currency), amount(run_rate, plan.currency)
        bits.append(f"expected revenue {before} -> {after} a year")
    return Suggestion(
        code=f"RB002:{sid}",
        title=f"resize {s.name}",
        reason=f"{s.name!r} failed its promise this quarter; shrink it to its band's low end "
        f"and plan on what it really earns ({'; '.join(bits) or 'no figures to change'})",
        operations=steps,
    )


def _stop(plan: Plan, sid: str) -> Suggestion | None:
    s = plan.stream(sid)
    anchor = plan.anchor()
    if s is None or anchor is None or s.role == "anchor" or len(plan.streams) <= 3:
        return None
    share = min(100.0, anchor.target_income_share + s.target_income_share)
    return Suggestion(
        code=f"RB003:{sid}",
        title=f"stop {s.name}",
        reason=f"stop {s.name!r} and hand its {fmt(s.target_income_share)} % income share to "
        f"the anchor; its hours ({fmt(s.target_hours)} h) become slack",
        operations=[
            ops.RemoveStream(stream_id=sid),
            ops.SetAllocation(
                stream_id=anchor.id, target_hours=anchor.target_hours, target_income_share=share
            ),
        ],
    )


def _loops(plan: Plan, actuals: ReviewActuals) -> Suggestion | None:
    have = {(lp.from_stream, lp.to_stream, lp.kind) for lp in plan.feedback_loops}
    steps: list[ops.Operation] = []
    for t in actuals.taught:
        giver, taker = _find(plan, t.from_stream), _find(plan, t.to_stream)
        if giver is None or taker is None:
            continue
        a, b = giver.id, taker.id
        if a != b and (a, b, "teaches") not in have:
            have.add((a, b, "teaches"))
            steps.append(
                ops.AddFeedbackLoop(from_stream=a, to_stream=b, kind="teaches", note=t.what)
            )
    if not steps:
        return None
    return Suggestion(
        code="RB004",
        title="record what the streams taught each other",
        reason=f"{len(steps)} teaching link(s) named at the review are not in the "
        "plan's feedback loops yet",
        operations=steps,
    )


def _revenue(
    plan: Plan, comps: Sequence[StreamComparison], weeks: int, skip: set[str]
) -> Suggestion | None:
    steps: list[ops.Operation] = []
    for c in comps:
        run_rate = round(c.actual_income * WEEKS_PER_YEAR / weeks, 2)
        expected = c.expected_income * WEEKS_PER_YEAR / weeks
        if c.stream_id in skip or abs(run_rate - expected) <= REVENUE_TOLERANCE * max(expected, 1):
            continue
        steps.append(ops.UpdateStream(stream_id=c.stream_id, expected_revenue=run_rate))
    if not steps:
        return None
    return Suggestion(
        code="RB005",
        title="re-base expected revenue on the quarter's run rate",
        reason=f"{len(steps)} stream(s) earned more than 20 % away from plan; the "
        "forecast should start from what really came in",
        operations=steps,
    )


def review(plan: Plan, actuals: ReviewActuals, *, today: dt.date) -> ReviewReport:
    """Compare the quarter with the plan, record the answers, and suggest what to change.

    Raises :class:`ReviewError` when the actuals name a stream the plan does not have.
    """
    check_actuals(plan, actuals)
    comps = _compare(plan, actuals)
    answers, unanswered = _answers(plan, actuals)
    failed = _failed(plan, actuals, comps)
    suggestions = [x for x in (_rebalance(plan, comps), _loops(plan, actuals)) if x]
    for sid in failed:
        suggestions.append(_resize(plan, sid, comps, actuals.weeks))
        stop = _stop(plan, sid)
        if stop is not None:
            suggestions.append(stop)
    revenue = _revenue(plan, comps, actuals.weeks, set(failed))
    if revenue is not None:
        suggestions.append(revenue)
    questions = plan.review.questions if plan.review else []
    suggestions.append(
        Suggestion(
            code="RB006",
            title="set the next quarterly review",
            reason="the next review, twelve weeks from today",
            operations=[
                ops.SetReview(
                    date=today + dt.timedelta(days=REVIEW_AFTER_DAYS), questions=questions
                )
            ],
        )
    )
    recorded = {c.stream_id for c in comps}
    return ReviewReport(
        comparisons=comps,
        not_recorded=[s.id for s in plan.streams if s.id not in recorded],
        answers=answers,
        unanswered=unanswered,
        failed=failed,
        suggestions=suggestions,
        summary=_summary(comps, failed, plan.currency),
    )


def _summary(
    comps: Sequence[StreamComparison], failed: Sequence[str], currency: str | None
) -> list[str]:
    lines = []
    for c in comps:
        state = ", ".join(c.flags) or "on target"
        lines.append(
            f"{c.name}: {fmt(c.actual_hours)} h a week (target {fmt(c.target_hours)}), "
            f"{amount(c.actual_income, currency)} earned "
            f"(expected {amount(c.expected_income, currency)}), "
            f"{fmt(c.actual_share)} % of income (target {fmt(c.target_share)} %): {state}"
        )
    if failed:
        lines.append("failed their promise: " + ", ".join(failed))
    return lines


#: Suggestions applied when none are chosen: everything but resizing or stopping a stream.
DEFAULT_CODES = ("RB001", "RB004", "RB005", "RB006")


class ReviewOutcome(BaseModel):
    """The result of applying chosen suggestions."""

    plan: Plan
    applied: list[str]
    refused: list[tuple[str, list[Finding]]]
    skipped: list[str] = Field(description="Codes no longer suggested once earlier ones applied.")


def apply_review(
    plan: Plan,
    actuals: ReviewActuals,
    codes: Sequence[str] = DEFAULT_CODES,
    *,
    today: dt.date,
) -> ReviewOutcome:
    """Apply the chosen suggestions in order, each all-or-nothing through the rules.

    The review is re-run on the plan as it stands before each one, so a suggestion always
    starts from the figures the previous one left (a code can name a kind, ``RB002``, or one
    stream, ``RB002:writing``). A refused suggestion leaves the plan as it was.
    """
    check_actuals(plan, actuals)
    applied: list[str] = []
    refused: list[tuple[str, list[Finding]]] = []
    skipped: list[str] = []
    for code in dict.fromkeys(codes):
        wanted = [s for s in _suggestions(plan, actuals, today) if _matches(s.code, code)]
        if not wanted:
            skipped.append(code)
        for suggestion in wanted:
            current = next(
                (s for s in _suggestions(plan, actuals, today) if s.code == suggestion.code), None
            )
            if current is None:
                skipped.append(suggestion.code)
                continue
            outcome = adopt(plan, current.operations, today=today)
            if outcome.accepted:
                plan = outcome.plan
                applied.append(current.code)
            else:
                refused.append((current.code, outcome.errors))
    return ReviewOutcome(plan=plan, applied=applied, refused=refused, skipped=skipped)


def _matches(code: str, wanted: str) -> bool:
    return code == wanted or code.split(":")[0] == wanted


def _suggestions(plan: Plan, actuals: ReviewActuals, today: dt.date) -> list[Suggestion]:
    return review(plan, _known(plan, actuals), today=today).suggestions


def _known(plan: Plan, actuals: ReviewActuals) -> ReviewActuals:
    """The actuals without streams the plan no longer has (stopped by an earlier suggestion)."""

    def known(ref: str) -> bool:
        return _find(plan, ref) is not None

    return actuals.model_copy(
        update={
            "streams": [a for a in actuals.streams if known(a.stream)],
            "failed_promise": [f for f in actuals.failed_promise if known(f.stream)],
            "taught": [t for t in actuals.taught if known(t.from_stream) and known(t.to_stream)],
        }
    )
