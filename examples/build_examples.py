"""Rebuild the example plans in this folder: ``python examples/build_examples.py``.

Each valid example is built through the same typed operations the chat uses, so a change to
the rules that would refuse one of these steps fails loudly here. Each plan in ``broken/``
takes a valid plan and breaks exactly one error rule, named by its code in the file name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from youth_worker import one_funder, spread

from agent.plan import (
    AddActivity,
    AddFeedbackLoop,
    AddSkill,
    AddStream,
    AddTimeBlock,
    Operation,
    Plan,
    SetCapacity,
    SetContext,
    SetCoreSkill,
    SetProfile,
    SetReview,
    TimeBlock,
    apply,
    check,
    plan_to_json,
)
from agent.plan.models import FeedbackLoop

HERE = Path(__file__).resolve().parent
AS_OF = dt.date(2026, 11, 22)
REVIEW = dt.date(2027, 2, 15)


def build(steps: list[Operation]) -> Plan:
    """Apply every step, failing on the first refusal."""
    plan = Plan()
    for step in steps:
        outcome = apply(plan, step, today=AS_OF)
        if not outcome.accepted:
            raise SystemExit(f"step {step!r} refused: {outcome.findings}")
        plan = outcome.plan
    return plan


def blocks(stream_id: str, *spec: tuple[str, str, str] | tuple[str, str, str, str]) -> list[Any]:
    """Time-block operations: (weekday, start, end) or (weekday, start, end, week_of_month)."""
    return [
        AddTimeBlock(
            stream_id=stream_id,
            weekday=s[0],
            start=s[1],
            end=s[2],
            week_of_month=s[3] if len(s) == 4 else "every",
        )
        for s in spec
    ]


def loops(*spec: tuple[str, str, str, str]) -> list[Any]:
    """Feedback-loop operations: (from, to, kind, note)."""
    return [AddFeedbackLoop(from_stream=a, to_stream=b, kind=k, note=n) for a, b, k, n in spec]


def review() -> list[Any]:
    """The shared review step."""
    return [SetReview(date=REVIEW)]


def freelance_academic() -> Plan:
    """Seed 001's freelance academic researcher: 40/30/20/10."""
    return build(
        [
            SetProfile(name="Freelance academic researcher"),
            SetContext(context="general"),
            SetCapacity(
                hours_per_week=45,
                constraints=["keeps evenings free"],
                cash_buffer=24000,
                monthly_spending=4000,
            ),
            AddActivity(
                name="Tenure-track lectureship",
                annual_revenue=62000,
                hours_per_week=60,
                volatility="stable",
                teaches="teaching, grant writing",
                energy="draining",
            ),
            AddActivity(
                name="Mentoring early-career researchers",
                hours_per_week=2,
                teaches="what newcomers struggle with",
                energy="energising",
            ),
            AddSkill(name="experimental design", excitement=5, source="cv"),
            AddSkill(name="interface research", excitement=4, under_used=True),
            AddSkill(name="science communication", excitement=5, under_used=True),
            SetCoreSkill(name="applied cognitive science"),
            AddStream(
                name="Retainer consulting",
                role="anchor",
                revenue_model="monthly retainer",
                target_hours=16,
                target_income_share=45,
                expected_revenue=54000,
                volatility="stable",
                work_kind="research",
                teaches="how product teams use cognitive science",
            ),
            AddStream(
                name="Research projects",
                role="client",
                revenue_model="3-4 month contracts",
                target_hours=12,
                target_income_share=35,
                expected_revenue=42000,
                work_kind="research",
                teaches="new domains and methods",
            ),
            AddStream(
                name="Writing and speaking",
                role="leverage",
                purpose="passion",
                revenue_model="fees and royalties",
                target_hours=8,
                target_income_share=15,
                expected_revenue=18000,
                work_kind="writing",
                automation_exposure="low",
                teaches="what practitioners ask about",
            ),
            AddStream(
                name="Open science community",
                role="seed",
                purpose="experiment",
                revenue_model="small stipends",
                target_hours=4,
                target_income_share=5,
                expected_revenue=6000,
                work_kind="organising",
                automation_exposure="low",
                teaches="relationships that lead to projects",
            ),
            *blocks(
                "retainer-consulting", ("monday", "09:00", "17:00"), ("tuesday", "09:00", "17:00")
            ),
            *blocks(
                "research-projects", ("wednesday", "09:00", "17:00"), ("thursday", "09:00", "13:00")
            ),
            *blocks(
                "writing-and-speaking", ("thursday", "14:00", "18:00"), ("friday", "09:00", "13:00")
            ),
            *blocks("open-science-community", ("friday", "14:00", "18:00")),
            *loops(
                (
                    "retainer-consulting",
                    "open-science-community",
                    "funds",
                    "the retainer pays for unpaid community time",
                ),
                (
                    "retainer-consulting",
                    "writing-and-speaking",
                    "teaches",
                    "client problems become essays",
                ),
                (
                    "research-projects",
                    "retainer-consulting",
                    "teaches",
                    "fresh methods improve the retainer work",
                ),
                (
                    "writing-and-speaking",
                    "research-projects",
                    "teaches",
                    "visibility brings new contracts",
                ),
                (
                    "open-science-community",
                    "research-projects",
                    "teaches",
                    "relationships lead to new projects",
                ),
            ),
            *review(),
        ]
    )


def union_organiser() -> Plan:
    """Seed 001's labour activist and union organiser: 50/25/15/10."""
    return build(
        [
            SetProfile(name="Union organiser"),
            SetContext(context="activist"),
            SetCapacity(hours_per_week=44, cash_buffer=9000, monthly_spending=2600),
            AddActivity(
                name="Full-time union post",
                annual_revenue=38000,
                hours_per_week=48,
                volatility="stable",
                teaches="organising campaigns",
                energy="draining",
            ),
            AddActivity(
                name="Occasional labour essays",
                annual_revenue=1500,
                hours_per_week=2,
                teaches="finding a public voice",
                energy="energising",
            ),
            AddSkill(name="organising", excitement=5),
            AddSkill(name="contract analysis", excitement=3, under_used=True),
            AddSkill(name="labour journalism", excitement=5, under_used=True),
            SetCoreSkill(name="labour organising"),
            AddStream(
                name="Union employment",
                role="anchor",
                revenue_model="part-time salary",
                target_hours=20,
                target_income_share=50,
                expected_revenue=22000,
                volatility="stable",
                work_kind="organising",
                automation_exposure="low",
                teaches="what members face at work",
            ),
            AddStream(
                name="Freelance writing",
                role="client",
                purpose="passion",
                revenue_model="commissions",
                target_hours=10,
                target_income_share=25,
                expected_revenue=11000,
                work_kind="writing",
                automation_exposure="high",
                teaches="a public voice on labour",
            ),
            AddStream(
                name="Consulting to small unions",
                role="client",
                purpose="stabilizer",
                revenue_model="day rates",
                target_hours=6,
                target_income_share=25,
                expected_revenue=11000,
                work_kind="teaching",
                automation_exposure="low",
                teaches="how other unions organise",
            ),
            AddStream(
                name="Housing justice organising",
                role="seed",
                purpose="experiment",
                revenue_model="unpaid",
                target_hours=4,
                work_kind="organising",
                automation_exposure="low",
                teaches="links between housing and labour",
            ),
            *blocks(
                "union-employment",
                ("monday", "09:00", "17:00"),
                ("tuesday", "09:00", "17:00"),
                ("wednesday", "09:00", "13:00"),
            ),
            *blocks(
                "freelance-writing", ("wednesday", "14:00", "18:00"), ("thursday", "09:00", "15:00")
            ),
            *blocks(
                "consulting-to-small-unions",
                ("thursday", "16:00", "19:00"),
                ("friday", "09:00", "12:00"),
            ),
            *blocks(
                "housing-justice-organising",
                ("tuesday", "18:00", "20:00"),
                ("saturday", "10:00", "12:00"),
            ),
            *loops(
                (
                    "union-employment",
                    "consulting-to-small-unions",
                    "teaches",
                    "campaign practice becomes training material",
                ),
                (
                    "union-employment",
                    "housing-justice-organising",
                    "funds",
                    "the salary makes unpaid organising possible",
                ),
                (
                    "freelance-writing",
                    "union-employment",
                    "teaches",
                    "reporting brings fresh arguments to the union",
                ),
                (
                    "consulting-to-small-unions",
                    "freelance-writing",
                    "teaches",
                    "field stories for essays",
                ),
                (
                    "housing-justice-organising",
                    "freelance-writing",
                    "teaches",
                    "the housing-labour connection",
                ),
            ),
            *review(),
        ]
    )


def tech_worker() -> Plan:
    """A software engineer on a four-day week with workshops, a tool and a meetup."""
    return build(
        [
            SetProfile(name="Software engineer"),
            SetContext(context="tech"),
            SetCapacity(
                hours_per_week=50,
                constraints=["four-day week agreed with employer"],
                cash_buffer=30000,
                monthly_spending=3500,
            ),
            AddActivity(
                name="Backend engineering job",
                annual_revenue=90000,
                hours_per_week=40,
                volatility="stable",
                teaches="large systems",
                energy="neutral",
            ),
            AddSkill(name="Python", excitement=4, source="cv", confirmed=True),
            AddSkill(name="teaching", excitement=5, under_used=True),
            SetCoreSkill(name="designing reliable data systems"),
            AddStream(
                name="Engineering job",
                role="anchor",
                revenue_model="salary, 4 days",
                target_hours=32,
                target_income_share=75,
                expected_revenue=72000,
                volatility="stable",
                work_kind="coding",
                automation_exposure="high",
                teaches="production problems at scale",
            ),
            AddStream(
                name="Team workshops",
                role="client",
                revenue_model="day rates",
                target_hours=5,
                target_income_share=20,
                expected_revenue=19000,
                work_kind="teaching",
                automation_exposure="low",
                teaches="what other teams get wrong",
            ),
            AddStream(
                name="Open-source data tool",
                role="leverage",
                revenue_model="sponsorships and a paid tier",
                target_hours=4,
                target_income_share=5,
                expected_revenue=4800,
                work_kind="coding",
                automation_exposure="medium",
                teaches="product thinking",
            ),
            AddStream(
                name="AI literacy meetup",
                role="seed",
                purpose="experiment",
                revenue_model="unpaid",
                target_hours=3,
                work_kind="teaching",
                automation_exposure="low",
                teaches="where people need help with AI",
            ),
            *blocks(
                "engineering-job",
                *[(d, "09:00", "17:00") for d in ("monday", "tuesday", "wednesday", "thursday")],
            ),
            *blocks("team-workshops", ("friday", "09:00", "14:00")),
            *blocks("open-source-data-tool", ("friday", "14:00", "18:00")),
            *blocks(
                "ai-literacy-meetup",
                ("saturday", "10:00", "12:00"),
                ("tuesday", "18:00", "21:00", "first"),
            ),
            *loops(
                (
                    "engineering-job",
                    "open-source-data-tool",
                    "teaches",
                    "real production needs shape the tool",
                ),
                ("engineering-job", "open-source-data-tool", "funds", "salary funds tool time"),
                ("team-workshops", "engineering-job", "teaches", "teaching sharpens practice"),
                ("open-source-data-tool", "team-workshops", "teaches", "the tool is the demo"),
                ("ai-literacy-meetup", "team-workshops", "teaches", "questions become modules"),
            ),
            *review(),
        ]
    )


def activist() -> Plan:
    """An activist with 10 h a week of movement work: 2 + 3 + 3 + 2 h."""
    return build(
        [
            SetProfile(name="Climate activist"),
            SetContext(context="activist"),
            SetCapacity(
                hours_per_week=40,
                constraints=["protect Sunday afternoons"],
                cash_buffer=5000,
                monthly_spending=1900,
            ),
            AddActivity(
                name="Housing charity caseworker",
                annual_revenue=28000,
                hours_per_week=30,
                volatility="stable",
                teaches="how the system fails people",
                energy="neutral",
            ),
            AddActivity(
                name="Campaign volunteering",
                hours_per_week=8,
                teaches="tactics",
                energy="energising",
            ),
            AddSkill(name="facilitation", excitement=5, under_used=True),
            AddSkill(name="policy analysis", excitement=4),
            SetCoreSkill(name="training organisers"),
            AddStream(
                name="Caseworker post",
                role="anchor",
                revenue_model="part-time salary",
                target_hours=26,
                target_income_share=80,
                expected_revenue=24000,
                volatility="stable",
                work_kind="care",
                automation_exposure="low",
                teaches="the stories behind the statistics",
            ),
            AddStream(
                name="Direct action",
                role="seed",
                revenue_model="unpaid",
                target_hours=2,
                work_kind="organising",
                automation_exposure="low",
                teaches="momentum and what moves people",
            ),
            AddStream(
                name="Organiser training",
                role="leverage",
                purpose="passion",
                revenue_model="paid workshops",
                target_hours=3,
                target_income_share=15,
                expected_revenue=4500,
                work_kind="teaching",
                automation_exposure="low",
                teaches="which skills spread",
            ),
            AddStream(
                name="Writing and analysis",
                role="leverage",
                revenue_model="small commissions",
                target_hours=3,
                target_income_share=5,
                expected_revenue=1500,
                work_kind="writing",
                automation_exposure="medium",
                teaches="clear arguments",
            ),
            AddStream(
                name="Coalition work",
                role="seed",
                purpose="experiment",
                revenue_model="unpaid",
                target_hours=2,
                work_kind="organising",
                automation_exposure="low",
                teaches="allies and shared agendas",
            ),
            *blocks(
                "caseworker-post",
                ("monday", "09:00", "17:00"),
                ("tuesday", "09:00", "17:00"),
                ("wednesday", "09:00", "17:00"),
                ("thursday", "09:00", "11:00"),
            ),
            *blocks("direct-action", ("saturday", "10:00", "12:00")),
            *blocks("organiser-training", ("thursday", "13:00", "16:00")),
            *blocks("writing-and-analysis", ("sunday", "09:00", "12:00")),
            *blocks("coalition-work", ("tuesday", "18:00", "20:00")),
            *loops(
                ("caseworker-post", "writing-and-analysis", "teaches", "cases ground the essays"),
                ("caseworker-post", "direct-action", "funds", "the salary funds unpaid action"),
                ("direct-action", "writing-and-analysis", "teaches", "actions give material"),
                ("organiser-training", "direct-action", "teaches", "trained people act well"),
                ("writing-and-analysis", "organiser-training", "teaches", "essays become modules"),
                ("coalition-work", "direct-action", "teaches", "allies join actions"),
            ),
            *review(),
        ]
    )


def caregiver() -> Plan:
    """A parent caring for a child and an ageing parent, with 25 h a week to give."""
    return build(
        [
            SetProfile(name="Caregiver bookkeeper"),
            SetContext(context="caregiver"),
            SetCapacity(
                hours_per_week=25,
                constraints=["school pick-up at 15:00", "parent's appointments on Thursdays"],
                cash_buffer=6000,
                monthly_spending=2200,
            ),
            AddActivity(
                name="Part-time accounts role",
                annual_revenue=19000,
                hours_per_week=12,
                volatility="stable",
                teaches="small-business finance",
                energy="neutral",
            ),
            AddSkill(name="bookkeeping", excitement=3, source="cv"),
            AddSkill(name="spreadsheet design", excitement=5, under_used=True),
            SetCoreSkill(name="financial clarity for small organisations"),
            AddStream(
                name="Accounts role",
                role="anchor",
                revenue_model="part-time salary",
                target_hours=12,
                target_income_share=60,
                expected_revenue=19000,
                volatility="stable",
                work_kind="analysis",
                automation_exposure="high",
                teaches="common finance problems",
            ),
            AddStream(
                name="Freelance bookkeeping",
                role="client",
                revenue_model="monthly fee",
                target_hours=5,
                target_income_share=30,
                expected_revenue=9500,
                work_kind="analysis",
                automation_exposure="high",
                teaches="what small charities need",
            ),
            AddStream(
                name="Charity finance templates",
                role="leverage",
                revenue_model="template sales",
                target_hours=2,
                target_income_share=10,
                expected_revenue=3000,
                work_kind="design",
                automation_exposure="medium",
                teaches="packaging know-how",
            ),
            AddStream(
                name="Carers' peer group",
                role="seed",
                purpose="experiment",
                revenue_model="unpaid",
                target_hours=2,
                work_kind="care",
                automation_exposure="low",
                teaches="what other carers struggle with",
            ),
            *blocks(
                "accounts-role",
                ("monday", "09:00", "13:00"),
                ("tuesday", "09:00", "13:00"),
                ("wednesday", "09:00", "13:00"),
            ),
            *blocks("freelance-bookkeeping", ("friday", "09:00", "14:00")),
            *blocks(
                "charity-finance-templates",
                ("tuesday", "13:30", "14:30"),
                ("wednesday", "13:30", "14:30"),
            ),
            *blocks("carers-peer-group", ("saturday", "10:00", "12:00")),
            *loops(
                ("accounts-role", "freelance-bookkeeping", "teaches", "practice transfers"),
                ("accounts-role", "carers-peer-group", "funds", "steady pay covers the group"),
                (
                    "freelance-bookkeeping",
                    "charity-finance-templates",
                    "teaches",
                    "repeated client needs become templates",
                ),
                (
                    "charity-finance-templates",
                    "freelance-bookkeeping",
                    "teaches",
                    "templates speed up client work",
                ),
                (
                    "carers-peer-group",
                    "charity-finance-templates",
                    "teaches",
                    "carers running small charities ask for them",
                ),
            ),
            *review(),
        ]
    )


def _edit_stream(plan: Plan, stream_id: str, **changes: Any) -> Plan:
    streams = [s.model_copy(update=changes) if s.id == stream_id else s for s in plan.streams]
    return plan.model_copy(update={"streams": streams})


def _broken(base: Plan) -> dict[str, Callable[[Plan], Plan]]:
    seed = "open-science-community"
    ghost = FeedbackLoop(from_stream="retainer-consulting", to_stream="ghost", kind="funds")
    overlap = TimeBlock(
        id="writing-overlap",
        stream_id="writing-and-speaking",
        weekday="monday",
        start="16:00",
        end="18:00",
    )
    return {
        "pc001-too-few-streams": _two_streams,
        "pc002-two-anchors": lambda p: _edit_stream(
            p, "research-projects", role="anchor", volatility="stable"
        ),
        "pc003-anchor-not-largest": lambda p: _edit_stream(
            _edit_stream(p, "retainer-consulting", target_income_share=35),
            "research-projects",
            target_income_share=45,
        ),
        "pc005-no-hours": lambda p: p.model_copy(
            update={"streams": [s.model_copy(update={"target_hours": 0}) for s in p.streams]}
        ),
        "pc006-income-not-100": lambda p: _edit_stream(p, seed, target_income_share=0),
        "pc007-over-capacity": lambda p: p.model_copy(
            update={"capacity": p.capacity.model_copy(update={"hours_per_week": 30})}
        ),
        "pc009-negative-revenue": lambda p: _edit_stream(p, seed, expected_revenue=-500),
        "pc011-stream-outside-loops": lambda p: p.model_copy(
            update={
                "feedback_loops": [
                    lp for lp in p.feedback_loops if seed not in (lp.from_stream, lp.to_stream)
                ]
            }
        ),
        "pc013-loop-to-missing-stream": lambda p: p.model_copy(
            update={"feedback_loops": [*p.feedback_loops, ghost]}
        ),
        "pc017-stream-without-block": lambda p: p.model_copy(
            update={"time_blocks": [b for b in p.time_blocks if b.stream_id != seed]}
        ),
        "pc018-overlapping-blocks": lambda p: p.model_copy(
            update={"time_blocks": [*p.time_blocks, overlap]}
        ),
        "pc020-review-too-far": lambda p: p.model_copy(
            update={"review": p.review.model_copy(update={"date": dt.date(2027, 6, 1)})}
        ),
        "pc021-no-core-skill": lambda p: p.model_copy(update={"core_skill": None}),
    }


def _two_streams(plan: Plan) -> Plan:
    keep = {"retainer-consulting", "research-projects"}
    streams = [s for s in plan.streams if s.id in keep]
    streams = [
        s.model_copy(update={"target_income_share": 60 if s.role == "anchor" else 40})
        for s in streams
    ]
    return plan.model_copy(
        update={
            "streams": streams,
            "time_blocks": [b for b in plan.time_blocks if b.stream_id in keep],
            "feedback_loops": [
                lp for lp in plan.feedback_loops if {lp.from_stream, lp.to_stream} <= keep
            ]
            + [
                FeedbackLoop(
                    from_stream="retainer-consulting",
                    to_stream="research-projects",
                    kind="teaches",
                    note="retainer problems suggest projects",
                )
            ],
        }
    )


VALID: dict[str, Callable[[], Plan]] = {
    "freelance-academic": freelance_academic,
    "union-organiser": union_organiser,
    "tech-worker": tech_worker,
    "activist": activist,
    "caregiver": caregiver,
    "youth-worker-one-funder": lambda: build(one_funder()),
    "youth-worker-spread": lambda: build(spread()),
}


def _error_codes(plan: Plan) -> set[str]:
    return {f.code for f in check(plan, final=True, today=AS_OF) if f.severity == "error"}


def main() -> None:
    """Write every example, checking that each valid one passes and each broken one breaks
    exactly its rule."""
    for name, make in VALID.items():
        plan = make()
        assert not _error_codes(plan), (name, _error_codes(plan))
        (HERE / f"{name}.json").write_text(plan_to_json(plan))
    base = freelance_academic()
    (HERE / "broken").mkdir(exist_ok=True)
    for name, breaker in _broken(base).items():
        plan = breaker(base)
        code = name.split("-")[0].upper()
        assert _error_codes(plan) == {code}, (name, _error_codes(plan))
        (HERE / "broken" / f"{name}.json").write_text(plan_to_json(plan))


if __name__ == "__main__":
    main()
