"""Two youth workers with the same streams and figures, so the same three scores, but
different shared risk factors: one depends on the council twice, the other spreads its
clients. Built by ``build_examples.py``; see docs/domain.md (shared risk factors).
"""

from __future__ import annotations

import datetime as dt

from agent.plan import (
    AddActivity,
    AddFeedbackLoop,
    AddSkill,
    AddStream,
    AddTimeBlock,
    Operation,
    SetCapacity,
    SetContext,
    SetCoreSkill,
    SetProfile,
    SetReview,
)
from agent.plan.models import RiskFactor

REVIEW = dt.date(2027, 2, 15)
COUNCIL = RiskFactor(kind="client", label="Westshire council")
COLLEGE = RiskFactor(kind="client", label="Northfield college")
FURTHER_EDUCATION = RiskFactor(kind="sector", label="further education")
YOUTH_SERVICES = RiskFactor(kind="sector", label="youth services")
UDEMY = RiskFactor(kind="platform", label="Udemy")
SUMMER = RiskFactor(kind="season", label="summer")


def _audit() -> list[Operation]:
    return [
        SetContext(context="government"),
        SetCapacity(hours_per_week=52, cash_buffer=8000, monthly_spending=2400),
        AddActivity(name="Council youth service post", annual_revenue=28600, hours_per_week=30,
                    volatility="stable", teaches="what young people need", energy="neutral"),
        AddActivity(name="Safeguarding training", annual_revenue=13000, hours_per_week=8,
                    teaches="how schools handle risk", energy="energising"),
        AddActivity(name="Youth work course", annual_revenue=7800, hours_per_week=4,
                    teaches="explaining practice to newcomers"),
        AddActivity(name="Summer activity camps", annual_revenue=2600, hours_per_week=4,
                    teaches="running events", energy="energising"),
        AddSkill(name="youth work", excitement=5),
        AddSkill(name="safeguarding", excitement=4),
        AddSkill(name="course design", excitement=4, under_used=True),
        AddSkill(name="video editing", excitement=3),
        SetCoreSkill(name="youth work"),
    ]  # fmt: skip


def _streams(factors: dict[str, list[RiskFactor]]) -> list[Operation]:
    return [
        AddStream(name="Council youth service", role="anchor", revenue_model="salary",
                  target_hours=30, target_income_share=55, expected_revenue=28600,
                  volatility="stable", teaches="what young people and families need",
                  work_kind="organising", automation_exposure="low", factors=factors["anchor"]),
        AddStream(name="Safeguarding training", role="client", revenue_model="day rates",
                  target_hours=8, target_income_share=25, expected_revenue=13000,
                  teaches="how schools handle risk", work_kind="teaching",
                  automation_exposure="low", factors=factors["training"]),
        AddStream(name="Youth work course", role="leverage", revenue_model="course sales",
                  target_hours=4, target_income_share=15, expected_revenue=7800,
                  teaches="explaining practice to newcomers", work_kind="teaching",
                  automation_exposure="low", factors=factors["course"]),
        AddStream(name="Summer activity camps", role="seed", purpose="experiment",
                  revenue_model="small fees", target_hours=4, target_income_share=5,
                  expected_revenue=2600, teaches="running events", work_kind="organising",
                  automation_exposure="low", factors=factors["camps"]),
    ]  # fmt: skip


def _week() -> list[Operation]:
    def block(sid: str, day: str, start: str, end: str) -> AddTimeBlock:
        return AddTimeBlock(stream_id=sid, weekday=day, start=start, end=end)  # type: ignore[arg-type]

    anchor = "council-youth-service"
    days = ("monday", "tuesday", "wednesday", "thursday")
    return [
        *(block(anchor, d, "09:00", "16:30") for d in days),
        block("safeguarding-training", "friday", "09:00", "17:00"),
        block("youth-work-course", "saturday", "09:00", "13:00"),
        block("summer-activity-camps", "saturday", "14:00", "18:00"),
        AddFeedbackLoop(from_stream=anchor, to_stream="safeguarding-training", kind="teaches",
                        note="cases from the service become training material"),
        AddFeedbackLoop(from_stream="safeguarding-training", to_stream="youth-work-course",
                        kind="teaches", note="questions from schools shape the course"),
        AddFeedbackLoop(from_stream="youth-work-course", to_stream="summer-activity-camps",
                        kind="teaches", note="the course brings volunteers to the camps"),
        AddFeedbackLoop(from_stream="summer-activity-camps", to_stream=anchor, kind="teaches",
                        note="camps show what young people want next"),
        AddFeedbackLoop(from_stream=anchor, to_stream="summer-activity-camps", kind="funds",
                        note="the salary pays for the camps' first summers"),
        SetReview(date=REVIEW),
    ]  # fmt: skip


def one_funder() -> list[Operation]:
    """The council pays for the post and commissions the training: 80 % on one funder."""
    factors = {
        "anchor": [COUNCIL, YOUTH_SERVICES],
        "training": [COUNCIL],
        "course": [UDEMY],
        "camps": [SUMMER],
    }
    return [SetProfile(name="Youth worker, one funder"), *_audit(), *_streams(factors), *_week()]


def spread() -> list[Operation]:
    """The same streams; the training is sold to a college and the course to its students."""
    factors = {
        "anchor": [COUNCIL, YOUTH_SERVICES],
        "training": [COLLEGE, FURTHER_EDUCATION],
        "course": [UDEMY, FURTHER_EDUCATION],
        "camps": [SUMMER],
    }
    return [SetProfile(name="Youth worker, spread"), *_audit(), *_streams(factors), *_week()]
