"""The shock test: what is left if any one stream stops.

Inputs: each stream's target income share and expected revenue this year, and from the
capacity the cash buffer and monthly spending. Income left is counted two ways: as a share
(100 minus the stream's target share) and in money (the other streams' expected revenue).
The buffer lasts ``cash_buffer / (monthly_spending - monthly income left)`` months; when the
income left covers the spending, it lasts indefinitely; when either figure is unknown, it is
not computed.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from agent.plan.findings import fmt
from agent.plan.models import Plan, Stream
from agent.plan.money import amount


class ShockResult(BaseModel):
    """What happens if one stream stops."""

    stream_id: str
    stream_name: str
    income_share_lost: float = Field(description="The stream's target income share, percent.")
    income_share_left: float = Field(description="100 minus the share lost, percent.")
    annual_revenue_left: float = Field(description="The other streams' expected revenue.")
    monthly_shortfall: float | None = Field(
        description="Monthly spending minus monthly income left (0 when covered); None if unknown."
    )
    buffer_months: float | None = Field(
        description="Months the cash buffer lasts; None when unknown or when it is never drawn."
    )
    summary: str


def buffer_after(plan: Plan, revenue_left: float) -> tuple[float | None, float | None]:
    """(monthly shortfall, months the cash buffer lasts) when only ``revenue_left`` a year
    comes in; the shortfall is None without monthly spending, the months None when nothing
    is drawn or no buffer is stated."""
    cap = plan.capacity
    if cap is None or cap.monthly_spending is None:
        return None, None
    shortfall = max(0.0, cap.monthly_spending - revenue_left / 12)
    if shortfall <= 0 or cap.cash_buffer is None:
        return round(shortfall, 2), None
    return round(shortfall, 2), round(cap.cash_buffer / shortfall, 1)


def _one(plan: Plan, stream: Stream) -> ShockResult:
    left = sum(s.expected_revenue for s in plan.streams if s.id != stream.id)
    shortfall, months = buffer_after(plan, left)
    share_lost = stream.target_income_share
    result = ShockResult(
        stream_id=stream.id,
        stream_name=stream.name,
        income_share_lost=share_lost,
        income_share_left=100 - share_lost,
        annual_revenue_left=left,
        monthly_shortfall=shortfall,
        buffer_months=months,
        summary="",
    )
    return result.model_copy(update={"summary": _summary(result, plan.currency)})


def _summary(r: ShockResult, currency: str | None) -> str:
    head = (
        f"if {r.stream_name!r} stops, {fmt(r.income_share_left)} % of target income and "
        f"{amount(r.annual_revenue_left, currency)} a year of expected revenue remain"
    )
    if r.monthly_shortfall is None:
        return head + "; state monthly spending to see how long a buffer lasts"
    if r.monthly_shortfall == 0:
        return head + ", which covers monthly spending"
    if r.buffer_months is None:
        short = amount(r.monthly_shortfall, currency)
        return head + f"; {short} a month short, and no cash buffer is stated"
    return head + (
        f"; {amount(r.monthly_shortfall, currency)} a month short, so the buffer lasts "
        f"{fmt(r.buffer_months)} months"
    )


def buffer_lasts(r: ShockResult) -> str:
    """How long the buffer lasts after this loss, in words: '20 months', 'no need: ...'."""
    if r.buffer_months is not None:
        return f"{r.buffer_months:.1f}".rstrip("0").rstrip(".") + " months"
    if r.monthly_shortfall == 0:
        return "no need: the income left covers spending"
    return "unknown (needs the cash buffer and monthly spending)"


def shock_test(plan: Plan) -> list[ShockResult]:
    """One result per stream, in plan order."""
    return [_one(plan, s) for s in plan.streams]
