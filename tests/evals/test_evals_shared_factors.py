"""Persona facts for shared risk factors: the file format, the simulated user saying them once,
and the metrics judging what the planner recorded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from agent.plan import AddRiskFactor, Plan, apply
from evals.metrics import audit_facts, factors_match
from evals.simulated_user import (
    PERSONA_DIR,
    PersonaFileError,
    SimulatedUser,
    load_persona,
    load_personas,
)
from evals.timeline import value_ok
from tests.evals.test_evals_metrics import _build

TODAY = dt.date(2026, 11, 22)
PERSONA = "youth-worker-council"


def _factor_facts(plan: Plan) -> dict[str, bool]:
    persona = load_personas(only=[PERSONA])[0]
    return {f.fact: f.ok for f in audit_facts(persona, plan) if f.fact.endswith(".factors")}


def _with_factor(plan: Plan, activity: str, label: str = "the council") -> Plan:
    outcome = apply(plan, AddRiskFactor(kind="client", label=label, activity=activity),
                    today=TODAY)  # fmt: skip
    assert outcome.accepted, outcome.findings
    return outcome.plan


def test_labels_in_other_words_match_and_kinds_must_agree() -> None:
    assert factors_match([("client", "Council")], [("client", "the council")])
    assert not factors_match([("sector", "the council")], [("client", "the council")])
    assert not factors_match([], [("client", "the council")])
    assert not factors_match([("client", "the council"), ("season", "summer")],
                             [("client", "the council")])  # fmt: skip


def test_a_shared_factor_counts_only_when_on_each_activity_that_shares_it() -> None:
    persona = load_personas(only=[PERSONA])[0]
    plan = _build(persona)
    assert _factor_facts(plan) == {"activity.post.factors": False,
                                   "activity.training.factors": False}  # fmt: skip
    plan = _with_factor(plan, "council youth service post")
    plan = _with_factor(plan, "safeguarding training")
    assert _factor_facts(plan) == {"activity.post.factors": True,
                                   "activity.training.factors": True}  # fmt: skip


def test_a_factor_put_on_the_wrong_activity_is_a_wrong_fact() -> None:
    persona = load_personas(only=[PERSONA])[0]
    plan = _with_factor(_build(persona), "online youth work course")
    assert _factor_facts(plan)["activity.online.factors"] is False
    assert not value_ok(persona, "activity.online.factors", (("client", "the council"),))
    assert value_ok(persona, "activity.post.factors", (("client", "Council"),))


def test_personas_without_shared_factors_get_no_factor_facts() -> None:
    persona = load_personas(only=["union-organiser"])[0]
    assert not [f for f in audit_facts(persona, _build(persona)) if "factors" in f.fact]


def test_the_person_says_a_shared_factor_once_when_its_question_comes() -> None:
    persona = load_personas(only=[PERSONA])[0]
    user = SimulatedUser(persona)
    user.opening()
    early = user.reply("How many hours a week can you give?", "capacity")
    assert "council" not in early.lower()
    said = user.reply("Which skills do you have?", "skills")
    assert "paid" in said and "council" in said
    assert user.stated()["activity.post.factors"] == [user.turn]
    again = user.reply("Which of these excite you most?", "excited")
    assert "paid" not in again


def test_a_shared_factor_on_an_unknown_activity_names_the_ids(tmp_path: Path) -> None:
    data = yaml.safe_load((PERSONA_DIR / "youth_worker_council.yaml").read_text())
    data["shared"][0]["activities"] = ["post", "nope"]
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(
        PersonaFileError, match=r"shared\[0\]\.activities: no activity with id 'nope'"
    ):
        load_persona(path)
