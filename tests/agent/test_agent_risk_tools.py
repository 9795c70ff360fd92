"""Risk-factor and skill-edge tools inside a session: recorded, checked, undoable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from agent.session import PlannerSession
from agent.settings import Settings
from agent.tools.edges import edges
from tests.support.scripted import ScriptedModel, call, say

TODAY = dt.date(2026, 12, 1)
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _session(tmp_path: Path, steps: list) -> tuple[PlannerSession, ScriptedModel]:
    model = ScriptedModel(steps)
    session = PlannerSession.create(
        Settings(data_dir=tmp_path / "data"), model=model, today=lambda: TODAY
    )
    assert session.import_plan((EXAMPLES / "youth-worker-spread.json").read_text()).accepted
    return session, model


def _results(session: PlannerSession, text: str) -> list[dict]:
    return [e.data for e in session.turn(text) if e.kind == "tool_result"]


def test_a_factor_recorded_by_the_model_lowers_the_score_and_can_be_undone(
    tmp_path: Path,
) -> None:
    council = {"kind": "client", "label": "Westshire council"}
    steps = [call("add_risk_factor", stream_id="safeguarding-training", **council),
             say("recorded"), call("check_plan"), say("checked")]  # fmt: skip
    session, model = _session(tmp_path, steps)
    before = session.check(final=False)[2]["diversification"]
    [added] = _results(session, "the training is council money too")
    assert added["status"] == "accepted"
    [checked] = _results(session, "check it")
    assert checked["scores"]["diversification"] < before
    assert any(f["code"] == "PC023" for f in checked["findings"])
    assert session.undo().accepted
    assert session.check(final=False)[2]["diversification"] == before
    model.assert_done()


def test_a_factor_on_an_unknown_stream_is_refused_with_the_streams_to_pick(
    tmp_path: Path,
) -> None:
    steps = [call("add_risk_factor", stream_id="nope", kind="season", label="summer"),
             say("sorry")]  # fmt: skip
    session, model = _session(tmp_path, steps)
    before = session.plan
    [refused] = _results(session, "the camps depend on summer")
    assert refused["status"] != "accepted" and "council-youth-service" in str(refused)
    assert session.plan == before
    model.assert_done()


def test_find_skill_edges_names_combinations_with_evidence(tmp_path: Path) -> None:
    steps = [call("find_skill_edges"), say("here")]
    session, model = _session(tmp_path, steps)
    [found] = _results(session, "what is my edge")
    assert found["status"] == "ok" and found["card"] == "edge-in-a-skill-combination"
    best = found["edges"][0]
    assert "youth work" in best["skills"] and best["evidence"] and best["why"]
    assert found == edges(session.plan)
    model.assert_done()
