"""The panel's shared-risks section."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from agent.plan import Plan, plan_from_json
from ui.risk_panel import risk_html, risk_view
from ui.view import plan_html

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _example(name: str) -> Plan:
    return plan_from_json((EXAMPLES / f"{name}.json").read_text())


def test_the_section_shows_the_score_the_shared_event_and_the_edge() -> None:
    view = risk_view(_example("youth-worker-one-funder"))
    assert view is not None and view.score == 2.23
    council = next(e for e in view.events if "Westshire council" in e.event)
    assert council.income_left == "20 %" and council.buffer == "5.2 months"
    assert "youth work" in view.edge
    html = plan_html(_example("youth-worker-one-funder"), today=dt.date(2026, 12, 1))
    assert "Shared risks" in html and "Westshire council" in html


def test_labels_cannot_inject_markup_and_no_streams_shows_nothing() -> None:
    plan = _example("youth-worker-spread")
    first = plan.streams[0]
    bad = first.factors[0].model_copy(update={"label": "<script>x</script>"})
    streams = [first.model_copy(update={"factors": [bad]}), *plan.streams[1:]]
    html = risk_html(risk_view(plan.model_copy(update={"streams": streams})))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert risk_view(Plan()) is None and risk_html(None) == ""
