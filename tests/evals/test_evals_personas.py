"""The persona evaluation end to end: the guided interviewer meets every threshold offline, and
the same runner measures a run against an OpenAI-compatible endpoint (the local stub)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from agent.settings import Settings
from evals.personas_cli import format_table, run, to_json
from evals.personas_eval import GATED, MAX_USER_TURNS, MIN_ACCURACY, evaluate
from evals.simulated_user import Persona, load_personas
from tests.support.openai_stub import OpenAIStub, Reply


class NoGuidance:
    """A guidance store that finds nothing (the real one is measured by the retrieval eval)."""

    def search(self, *args: Any, **kwargs: Any) -> list[Any]:
        return []


def _settings(tmp_path: Path, **changes: Any) -> Settings:
    return Settings(data_dir=tmp_path / "data").model_copy(update=changes)


#: The personas the plain mode is gated on: those written for the first interviewer, whose
#: plain answers it reads. Personas added with the realistic behaviours are measured by the
#: eval command (plain and realistic) and gated once the interviewer reads what people write.
ESTABLISHED = ["activist-10h", "caregiver-25h", "corporate-8020", "freelance-academic",
               "government-retainer", "handy-writer", "late-career", "over-capacity",
               "single-income", "software-engineer", "union-organiser",
               "youth-worker-council"]  # fmt: skip


@pytest.fixture(scope="module")
def guided_report(tmp_path_factory: pytest.TempPathFactory) -> Any:
    settings = _settings(tmp_path_factory.mktemp("guided"))
    personas = load_personas(only=ESTABLISHED)
    return evaluate("guided", personas, settings=settings, guidance=NoGuidance())


def test_every_persona_reaches_a_valid_final_plan_within_thresholds(guided_report: Any) -> None:
    assert len(guided_report.runs) >= 10
    for persona_run in guided_report.runs:
        _within_thresholds(persona_run.metrics)
        m = persona_run.metrics
        assert all(c.ok for c in m.checks), (m.persona, m.checks)
    assert guided_report.passed


def test_every_tuning_persona_answering_plainly_reaches_a_valid_plan(tmp_path: Path) -> None:
    """Plain answers of every tuning persona, not only the established ones: a list of works
    with a place in one of its items ("a course at the adult education centre") once stalled a
    plain conversation at the audit's question until the turn limit."""
    tuning = [p for p in load_personas() if p.split == "tuning"]
    report = evaluate("guided", tuning, settings=_settings(tmp_path), guidance=NoGuidance())
    assert len(report.runs) == len(tuning) >= 18
    for persona_run in report.runs:
        _within_thresholds(persona_run.metrics)


def _within_thresholds(m: Any) -> None:
    """A run's plan is valid, its facts right enough and its turns few enough."""
    wrong = [f.fact for f in m.facts if not f.ok]
    assert m.final_valid, (m.persona, m.final_errors)
    assert m.accuracy >= MIN_ACCURACY, (m.persona, wrong)
    assert m.user_turns <= MAX_USER_TURNS, (m.persona, m.user_turns)


def test_more_hours_than_fit_are_refused_with_the_rule_and_settled(guided_report: Any) -> None:
    """The interviewer checks a changed proposal with the rules before any call: the PC007
    refusal is explained, nothing is left refused, and the person settles for what fits."""
    over = next(r.metrics for r in guided_report.runs if r.metrics.persona == "over-capacity")
    assert over.recovered and over.final_valid
    planner_text = " ".join(
        t for r in guided_report.runs if r.metrics.persona == "over-capacity"
        for role, t in r.transcript if role == "planner"
    )  # fmt: skip
    assert "PC007" in planner_text


def test_refused_tools_are_counted_until_they_succeed() -> None:
    from evals.personas_eval import _Conversation

    log = _Conversation()
    log._note_result("add_stream", {"status": "refused"})
    log._note_result("search_guidance", {"status": "error"})  # reads are not counted
    assert log.refused == ["add_stream"] and not log.recovered
    log._note_result("add_stream", {"status": "accepted"})
    assert log.recovered


def test_table_and_json_show_every_persona(guided_report: Any) -> None:
    table = format_table(guided_report)
    data = json.loads(to_json(guided_report))
    for persona_run in guided_report.runs:
        assert persona_run.metrics.persona in table
    assert data["passed"] is True and len(data["runs"]) == len(guided_report.runs)
    assert {"accuracy", "facts", "checks", "user_turns"} <= set(data["runs"][0])


@pytest.fixture(scope="module")
def realistic_report(tmp_path_factory: pytest.TempPathFactory) -> Any:
    settings = _settings(tmp_path_factory.mktemp("realistic"))
    personas = [p for p in load_personas() if p.split in GATED]  # dev: the command measures it
    return evaluate("guided", personas, settings=settings, guidance=NoGuidance(), mode="realistic")


def test_the_realistic_run_completes_and_reports_every_metric(realistic_report: Any) -> None:
    """Recorded, not gated: the realistic thresholds are the interviewer's next target."""
    report = realistic_report
    assert report.mode == "realistic" and len(report.runs) >= 11
    data = json.loads(to_json(report))
    fields = {"wrong_at_end", "ever_wrong", "junk", "wishes", "wishes_honoured", "questions",
              "questions_answered", "change_said", "failures", "passed", "split"}  # fmt: skip
    assert fields <= set(data["runs"][0]) and "tuning" in data["splits"]
    assert {"wrong_at_end", "ever_wrong", "junk"} <= set(data["totals"])
    for persona_run in report.runs:
        m = persona_run.metrics
        block = next(p for p in load_personas() if p.id == m.persona).realistic
        assert m.mode == "realistic", m.persona
        if block is not None:
            assert m.wishes == int(block.wish is not None), m.persona
            assert m.questions == len(block.questions), m.persona
        assert all(f.kind and f.detail for f in m.failures)
        assert set(m.wrong_at_end) <= set(m.ever_wrong)
        said = [text for role, text in persona_run.transcript if role == "user"]
        assert said[0] != f"Hello, I'm {persona_run.metrics.persona}"
    table = format_table(report)
    assert "Mode: realistic" in table and "wrong end/ever" in table


def test_held_out_personas_show_only_their_totals(realistic_report: Any) -> None:
    """Tuning never reads what a held-out person said: their rows and exchanges are printed
    only on request (``--show-heldout``), their split's totals always."""
    held_out = [r.metrics.persona for r in realistic_report.split("heldout")]
    assert held_out, "the persona folder has a held-out split"
    table, data = format_table(realistic_report), json.loads(to_json(realistic_report))
    assert "### heldout" in table and "heldout" in data["splits"]
    assert not any(name in table for name in held_out)
    assert not any(run["persona"] in held_out for run in data["runs"])
    shown = format_table(realistic_report, show_heldout=True)
    assert all(name in shown for name in held_out)


def test_the_user_needs_no_question_ids(tmp_path: Path) -> None:
    personas = load_personas(only=["caregiver-25h", "over-capacity"])
    report = evaluate(
        "guided", personas, settings=_settings(tmp_path), guidance=NoGuidance(),
        use_question_ids=False,
    )  # fmt: skip
    assert report.passed, format_table(report)


def test_command_runner_prints_a_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import evals.personas_eval as module

    monkeypatch.setattr(module, "_open_guidance", lambda settings: NoGuidance())
    assert run(argparse.Namespace(json=False, persona=["single-income", "late-career"])) == 0
    out = capsys.readouterr().out
    assert "| persona" in out and "PASS" in out and "Mode: plain" in out


def test_command_runner_scores_only_the_split_asked_for(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import evals.personas_eval as module

    monkeypatch.setattr(module, "_open_guidance", lambda settings: NoGuidance())
    both = ["single-income", "late-career"]
    assert run(argparse.Namespace(json=True, persona=both, split=["tuning"])) == 0
    assert set(json.loads(capsys.readouterr().out)["splits"]) == {"tuning"}
    assert run(argparse.Namespace(json=True, persona=both, split=["heldout"])) == 2
    assert "no persona in split heldout" in capsys.readouterr().err


# --- an OpenAI-compatible endpoint ----------------------------------------------------------


def _coach_steps(p: Persona, today: dt.date) -> list[tuple[str, list[tuple[str, dict[str, Any]]]]]:
    """What a simple scripted coach asks, and the tool calls it makes from each answer."""
    activities = [("record_activity", {
        "name": a.name, "annual_revenue": a.annual_revenue, "hours_per_week": a.hours_per_week,
        "volatility": a.volatility, "teaches": a.teaches, "energy": a.energy,
    }) for a in p.activities]  # fmt: skip
    streams = [("add_stream", {"name": s.name, "role": s.role, "target_hours": s.hours,
                               "target_income_share": s.income_share, "volatility": s.volatility,
                               "teaches": s.teaches}) for s in p.streams]  # fmt: skip
    return [
        ("Which setting do you work in?", [("set_context", {"context": p.context})]),
        (
            "How many hours a week can you really give to work?",
            [
                (
                    "set_capacity",
                    {
                        "hours_per_week": p.capacity.hours_per_week,
                        "constraints": [p.capacity.constraints],
                        "cash_buffer": p.capacity.cash_buffer,
                    },
                )
            ],
        ),
        ("List everything you do for work today, paid or not.", activities),
        ("Which skills do you have?", [("add_skill", {"name": s.name}) for s in p.skills]),
        (
            "Which one skill would you spend 10,000 hours on?",
            [("set_core_skill", {"name": p.core_skill})],
        ),
        ("Shall I set up these streams?", streams),
        ("Shall I put these blocks in your week?", _blocks(p)),
        ("Shall I record these feedback loops?", _loops(p)),
        (
            "Shall we hold the review in twelve weeks? Does that date work?",
            [("set_review", {"date": (today + dt.timedelta(weeks=12)).isoformat()})],
        ),
        ("Everything is in place. Shall I mark the plan final?", [("finalise", {})]),
    ]


def _blocks(p: Persona) -> list[tuple[str, dict[str, Any]]]:
    days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    calls = []
    for i, s in enumerate(p.streams):
        end = 8 * 60 + round(min(s.hours, 12) * 60)
        calls.append(
            (
                "add_time_block",
                {
                    "stream_id": s.slug,
                    "weekday": days[i],
                    "start": "08:00",
                    "end": f"{end // 60:02d}:{end % 60:02d}",
                },
            )
        )
    return calls  # fmt: skip


def _loops(p: Persona) -> list[tuple[str, dict[str, Any]]]:
    anchor = next(s for s in p.streams if s.role == "anchor")
    others = [s for s in p.streams if s is not anchor]
    funds = [("add_feedback_loop", {"from_stream": anchor.slug, "to_stream": s.slug,
                                    "kind": "funds"}) for s in others]  # fmt: skip
    teaches = [("add_feedback_loop", {"from_stream": s.slug, "to_stream": anchor.slug,
                                      "kind": "teaches"}) for s in others]  # fmt: skip
    return funds + teaches


class ScriptedCoach:
    """Answers each request like a (simple) LLM coach: a question, then after the person's
    answer the tool calls that record it, then the next question once the tools have run."""

    def __init__(self, steps: list[tuple[str, list[tuple[str, dict[str, Any]]]]]) -> None:
        self.steps = steps
        self.asked = -1

    def __call__(self, body: dict[str, Any]) -> Reply:
        last = body["messages"][-1]["role"]
        if last == "user" and 0 <= self.asked < len(self.steps):
            return Reply.tools(*self.steps[self.asked][1])
        self.asked += 1
        if self.asked < len(self.steps):
            return Reply.text(self.steps[self.asked][0])
        return Reply.text("Your plan is final. Come back at the review.")


def test_runner_measures_a_run_against_an_openai_compatible_endpoint(tmp_path: Path) -> None:
    persona = load_personas(only=["single-income"])[0]
    coach = ScriptedCoach(_coach_steps(persona, dt.date.today()))
    with OpenAIStub(coach) as stub:
        settings = _settings(tmp_path, openai_base_url=stub.base_url, openai_api_key="test",
                             llm_model="stub-coach", llm_max_retries=0)  # fmt: skip
        report = evaluate("openai", [persona], settings=settings, guidance=NoGuidance())
    m = report.runs[0].metrics
    assert m.final_valid, m.final_errors
    assert m.user_turns == len(coach.steps) + 1
    assert len(m.prompt_tokens) == len(stub.requests) > len(coach.steps)
    assert m.tokens_per_request is not None and m.tokens_per_request > 100
    skipped = next(f for f in m.facts if f.fact == "activity.darkroom.energy")
    assert not skipped.ok  # this coach records the energy it was never told: an invented fact
    assert m.accuracy >= 0.9
    assert report.totals.mean_tokens_per_request == pytest.approx(m.tokens_per_request)


def test_openai_without_settings_says_how_to_fix(tmp_path: Path) -> None:
    from agent.models import ModelConfigError

    personas = load_personas(only=["single-income"])
    with pytest.raises(ModelConfigError, match="PORTFOLIO_LLM_MODEL"):
        evaluate("openai", personas, settings=_settings(tmp_path), guidance=NoGuidance())
