"""Metrics against plans built by hand from a persona's facts."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.plan import Plan, apply
from agent.plan import operations as ops
from evals.metrics import (
    CardRef,
    RunMetrics,
    audit_facts,
    cited_cards,
    final_errors,
    outcome_checks,
    relevant,
    totals,
)
from evals.simulated_user import Persona, load_personas

TODAY = dt.date(2026, 11, 22)


def _persona(persona_id: str) -> Persona:
    return load_personas(only=[persona_id])[0]


def _build(persona: Persona, *, skip: bool = True) -> Plan:
    """The plan a perfect planner records for the persona (skipped facts marked unknown)."""
    skipped = set(persona.skipped_facts()) if skip else set()
    cap = persona.capacity
    steps: list[ops.Op] = [
        ops.SetContext(context=persona.context),
        ops.SetCapacity(
            hours_per_week=cap.hours_per_week,
            constraints=[] if "capacity.constraints" in skipped else [cap.constraints],
            cash_buffer=None if "capacity.cash_buffer" in skipped else cap.cash_buffer,
            monthly_spending=cap.monthly_spending,
        ),
    ]
    for a in persona.activities:
        fields = {"teaches": a.teaches, "energy": a.energy}
        fields = {k: v for k, v in fields.items() if f"activity.{a.id}.{k}" not in skipped}
        steps.append(ops.AddActivity(name=a.name, annual_revenue=a.annual_revenue,
                                     hours_per_week=a.hours_per_week,
                                     volatility=a.volatility, **fields))  # fmt: skip
    steps += [ops.AddSkill(name=s.name) for s in persona.skills]
    steps.append(ops.SetCoreSkill(name=persona.core_skill))
    steps += [ops.MarkUnknown(field=_unknown_field(persona, f)) for f in sorted(skipped)]
    for s in persona.streams:
        steps.append(ops.AddStream(name=s.name, role=s.role, target_hours=s.hours,
                                   target_income_share=s.income_share,
                                   volatility=s.volatility, teaches=s.teaches))  # fmt: skip
    return _apply_all(Plan(), steps)


def _unknown_field(persona: Persona, fact: str) -> str:
    parts = fact.split(".")
    if parts[0] == "activity":
        activity = persona.activity(parts[1])
        assert activity is not None
        return f"activities[{activity.name}].{parts[2]}"
    return fact


def _apply_all(plan: Plan, steps: list[ops.Op]) -> Plan:
    for step in steps:
        outcome = apply(plan, step, today=TODAY)  # type: ignore[arg-type]
        assert outcome.accepted, (step, outcome.findings)
        plan = outcome.plan
    return plan


@pytest.mark.parametrize("persona_id", ["freelance-academic", "union-organiser", "caregiver-25h"])
def test_a_faithful_plan_scores_every_fact_and_check(persona_id: str) -> None:
    persona = _persona(persona_id)
    plan = _build(persona)
    facts = audit_facts(persona, plan)
    assert [f.fact for f in facts if not f.ok] == []
    assert len(facts) >= 20
    checks = outcome_checks(persona, plan)
    assert [c.name for c in checks if not c.ok] == []


def test_a_wrong_figure_fails_only_its_fact() -> None:
    persona = _persona("freelance-academic")
    plan = _apply_all(
        _build(persona),
        [ops.UpdateActivity(name="university retainer", annual_revenue=30000)],
    )
    wrong = [f for f in audit_facts(persona, plan) if not f.ok]
    assert [f.fact for f in wrong] == ["activity.retainer.annual_revenue"]
    assert wrong[0].expected == "38000.0" and wrong[0].recorded == "30000.0"


def test_figures_within_tolerance_count_as_right() -> None:
    persona = _persona("freelance-academic")
    plan = _apply_all(
        _build(persona),
        [ops.UpdateActivity(name="university retainer", annual_revenue=38400, hours_per_week=20.5)],
    )
    assert all(f.ok for f in audit_facts(persona, plan))


def test_a_skipped_fact_must_be_unknown_and_not_invented() -> None:
    persona = _persona("union-organiser")
    forgotten = _build(persona, skip=False)  # the buffer recorded, no unknown
    result = next(f for f in audit_facts(persona, forgotten) if f.fact == "capacity.cash_buffer")
    assert not result.ok and "not marked unknown" in result.recorded
    honest = _build(persona)
    result = next(f for f in audit_facts(persona, honest) if f.fact == "capacity.cash_buffer")
    assert result.ok and result.recorded == "unknown"
    check = next(c for c in outcome_checks(persona, honest) if c.name.startswith("unknown:"))
    assert check.ok


def test_a_missing_activity_fails_all_its_facts() -> None:
    persona = _persona("single-income")
    plan = _apply_all(_build(persona), [ops.RemoveActivity(name="hospital pharmacist job")])
    wrong = {f.fact for f in audit_facts(persona, plan) if not f.ok}
    fields = ("recorded", "annual_revenue", "hours_per_week", "volatility", "teaches", "energy")
    assert wrong == {f"activity.pharmacy.{n}" for n in fields}


def test_expectations_catch_a_wrong_anchor_and_too_many_hours() -> None:
    persona = _persona("over-capacity")
    plan = _build(persona)
    roles = {"marketing-manager-job": "client", "freelance-brand-strategy": "anchor"}
    plan = plan.model_copy(update={"streams": [
        s.model_copy(update={"role": roles.get(s.id, s.role)}) for s in plan.streams]})  # fmt: skip
    failed = {c.name for c in outcome_checks(persona, plan) if not c.ok}
    assert "anchor_is" in failed
    bigger = plan.model_copy(update={"streams": [
        s.model_copy(update={"target_hours": 45.0}) for s in plan.streams]})  # fmt: skip
    failed = {c.name for c in outcome_checks(persona, bigger) if not c.ok}
    assert {"no_stream_above_capacity", "max_planned_hours"} <= failed


def test_final_errors_name_what_is_missing() -> None:
    persona = _persona("late-career")
    errors = final_errors(_build(persona), TODAY)
    codes = {e.split(":")[0] for e in errors}
    assert {"PC011", "PC017", "PC020"} <= codes


def test_cited_cards_and_their_relevance() -> None:
    cards = [
        CardRef("context-caregiver", "Portfolios around caregiving", ("caregiver",)),
        CardRef("core-skill", "The core skill", ("general",)),
        CardRef("context-tech", "Portfolios in tech", ("tech",)),
    ]
    texts = ["(See the guidance 'The core skill' and 'Portfolios in tech'.)", "Recorded."]
    cited = cited_cards(texts, cards)
    assert [c.id for c in cited] == ["core-skill", "context-tech"]
    assert [relevant(c, "caregiver") for c in cited] == [True, False]


def _metrics(persona: str, accuracy_ok: int, turns: int, tokens: list[int]) -> RunMetrics:
    from evals.metrics import FactResult

    facts = [FactResult(str(i), "1", "1", i < accuracy_ok) for i in range(4)]
    return RunMetrics(persona, True, True, facts, [], turns, 1, True, prompt_tokens=tokens)


def test_totals_over_runs() -> None:
    runs = [_metrics("a", 4, 20, [100, 300]), _metrics("b", 3, 30, [])]
    t = totals(runs)
    assert t.personas == 2 and t.final_valid == 2
    assert t.mean_accuracy == pytest.approx(0.875) and t.min_accuracy == 0.75
    assert t.max_turns == 30 and t.mean_turns == 25
    assert t.mean_tokens_per_request == 200
    assert runs[0].tokens_per_request == 200 and runs[1].tokens_per_request is None


def test_a_plans_activity_is_found_by_whole_words() -> None:
    from agent.plan import Activity
    from evals.metrics import find_activity
    from evals.simulated.persona import PersonaActivity

    guide = PersonaActivity(id="guide", name="budgeting guide for parents", aliases=["book"],
                            annual_revenue=0, hours_per_week=2, volatility="variable",
                            teaches="", energy="neutral")  # fmt: skip
    plan = Plan(activities=[Activity(name="Freelance bookkeeping")])
    assert find_activity(plan, guide) is None
    books = Plan(activities=[Activity(name="Budgeting books")])
    assert find_activity(books, guide) is not None


def test_a_question_back_waiting_is_the_pending_question() -> None:
    from langchain_core.messages import AIMessage

    from evals.planners import _question_in

    plain = AIMessage(content="", additional_kwargs={"interviewer": {"ask": "act:teaches:X"}})
    assert _question_in([plain]) == "act:teaches:X"
    waiting = {"ask": "act:teaches:X", "confirm": {"items": [{"read_as": "act:hours:X"}]}}
    assert _question_in([AIMessage(content="", additional_kwargs={"interviewer": waiting})]) == (
        "act:hours:X"
    )
