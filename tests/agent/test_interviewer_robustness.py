"""Answers that used to land in the wrong field: corrections of combined audit answers,
skill names sharing one word, and constraints that start with "no"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from agent.interviewer import amounts, flow, parse
from agent.plan import Activity, Capacity, Plan, Skill
from agent.session import PlannerSession
from agent.settings import Settings

TODAY = dt.date(2026, 11, 22)

OPENING = [
    "hi",
    "corporate",
    "50",
    "none",
    "10k",
    "2k a month",
    "my job and consulting",
    "I work 35h at the job for 45k, stable",
    "managing people",
    "it drains me",
]


class Cards:
    """A guidance store that finds one card per stage."""

    def search(self, query: str, k: int = 4, roles: Any = None, contexts: Any = None,
               stage: Any = None, prefer: Any = None) -> list[dict[str, Any]]:  # fmt: skip
        return [{"card_id": f"{stage}-card", "title": f"Guide to {stage}", "passage": "..."}]


def converse(tmp_path: Path, script: list[str]) -> tuple[PlannerSession, list[str]]:
    """Run the script through a session; return it and the refused tool names."""
    session = PlannerSession.create(
        Settings(data_dir=tmp_path / "data"), guidance=Cards(), today=lambda: TODAY
    )
    refused: list[str] = []
    for line in script:
        for event in session.turn(line):
            if event.kind == "tool_result" and event.data.get("status") == "refused":
                refused.append(event.text)
    return session, refused


def consulting(session: PlannerSession) -> Activity:
    return next(a for a in session.plan.activities if a.name == "Consulting")


@pytest.mark.parametrize(
    ("correction", "hours", "revenue"),
    [
        ("Correction: it's 9000 a year, not 12000", 12, 9000),
        ("Sorry, consulting brings in 9k", 12, 9000),
        ("Actually, it's 10 hours a week, not 12", 10, 12000),
    ],
    ids=["a-year", "k", "hours"],
)
def test_a_correction_goes_to_the_field_its_unit_names(
    tmp_path: Path, correction: str, hours: float, revenue: float
) -> None:
    script = [*OPENING, "12 hours a week for 12000 a year, it varies", correction]
    session, refused = converse(tmp_path, script)
    assert refused == []
    assert consulting(session).hours_per_week == hours
    assert consulting(session).annual_revenue == revenue
    assert consulting(session).volatility == "variable"


def test_a_bare_number_corrects_only_the_question_that_was_asked(tmp_path: Path) -> None:
    # Revenue is asked after hours were skipped; the answer settles hours and revenue together.
    script = [*OPENING, "skip", "12 hours, 12000", "actually 9000"]
    session, refused = converse(tmp_path, script)
    assert refused == []
    assert consulting(session).annual_revenue == 9000
    assert consulting(session).hours_per_week == 12


def test_the_asked_question_is_settled_first() -> None:
    plan = Plan(capacity=Capacity(hours_per_week=50), activities=[Activity(name="Job")])
    answer = flow.answer("act:revenue:Job", "40h for 45k, stable", plan, TODAY, [])
    assert answer.settle[0] == "act:revenue:Job"
    assert set(answer.settle) == {"act:hours:Job", "act:revenue:Job", "act:volatility:Job"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [("9000 a year", "revenue"), ("£900", "revenue"), ("9k", "revenue"), ("it pays 900", "revenue"),
     ("10 hours a week", "hours"), ("10h", "hours"), ("9000", None), ("it varies", None)],
)  # fmt: skip
def test_figure_kind_reads_the_unit(text: str, kind: str | None) -> None:
    assert amounts.figure_kind(text) == kind


def test_the_figure_taken_back_is_dropped() -> None:
    assert amounts.drop_negated_figures("it's 9000 a year, not 12000") == "it's 9000 a year"
    assert amounts.drop_negated_figures("4 hours a week, not 6.") == "4 hours a week"


SKILLED = Plan(skills=[Skill(name="research design"), Skill(name="statistics"),
                       Skill(name="science communication")])  # fmt: skip


@pytest.mark.parametrize(
    ("text", "recorded"),
    [
        ("science research", "science research"),
        ("cognitive science research", "cognitive science research"),
        ("My core skill is cognitive science research.", "cognitive science research"),
        ("I'd say water policy analysis is the core.", "water policy analysis"),
        ("Research Design.", "research design"),
        ("statistic", "statistics"),
        ("communication", "science communication"),
        ("3", "science communication"),
    ],
)
def test_the_core_skill_matches_a_listed_skill_only_on_a_strong_match(
    text: str, recorded: str
) -> None:
    answer = flow.answer("core", text, SKILLED, TODAY, [])
    assert answer.calls == [flow.call("set_core_skill", name=recorded)]


def test_a_skill_sharing_one_word_is_added_in_the_persons_words() -> None:
    answer = flow.answer("excited", "cognitive science research and statistics", SKILLED, TODAY, [])
    assert answer.calls == [
        flow.call("add_skill", name="cognitive science research", excitement=5),
        flow.call("update_skill", name="statistics", excitement=5),
    ]


def test_a_word_in_two_skills_is_ambiguous() -> None:
    assert parse.match_skill("research", ["research design", "user research"]) is None
    assert parse.match_skill("user", ["research design", "user research"]) == "user research"


CAPPED = Plan(capacity=Capacity(hours_per_week=30))


@pytest.mark.parametrize(
    ("text", "constraints"),
    [
        ("no evening teaching", ["no evening teaching"]),
        ("No weekends, and school runs", ["no weekends", "school runs"]),
        ("nothing after 6pm", ["nothing after 6pm"]),
        ("no", []),
        ("None.", []),
        ("nothing really", []),
        ("No constraints", []),
        ("nope", []),
    ],
)
def test_only_a_bare_no_means_no_constraints(text: str, constraints: list[str]) -> None:
    answer = flow.answer("constraints", text, CAPPED, TODAY, [])
    assert answer.calls == [flow.call("set_capacity", hours_per_week=30.0, constraints=constraints)]


def test_savings_and_spending_in_one_answer_settle_both() -> None:
    answer = flow.answer("buffer", "About 18,000 saved. 3,000 a month.", CAPPED, TODAY, [])
    assert answer.calls == [flow.call("set_capacity", hours_per_week=30.0, constraints=[],
                                      cash_buffer=18_000.0, monthly_spending=3_000.0)]  # fmt: skip
    assert answer.settle == ["buffer", "spending"]
    alone = flow.answer("buffer", "18k", CAPPED, TODAY, [])
    assert alone.settle == ["buffer"]


def test_blocks_and_loops_then_review_and_final_checks_take_one_answer_each(
    tmp_path: Path,
) -> None:
    script = [*OPENING, "12 hours for 20k a year, it varies", "negotiation", "I love it",
              "coaching, writing", "writing", "none", "writing", "yes"]  # fmt: skip
    session, _ = converse(tmp_path, script)
    assert session.plan.streams and not session.plan.time_blocks
    session, _ = converse(tmp_path / "again", [*script, "yes"])
    assert session.plan.time_blocks and session.plan.feedback_loops
    assert session.plan.review is None
    session, _ = converse(tmp_path / "third", [*script, "yes", "yes"])
    assert session.plan.review is not None and session.is_final
