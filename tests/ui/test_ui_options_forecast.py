"""The Options view, plan import and the cash-flow forecast chart, over real planner sessions."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from agent.plan import AddStream, explore, plan_to_json, read_plan
from agent.session import PlannerSession
from agent.settings import Settings
from ui import option_actions
from ui.actions import Actions
from ui.forecast_chart import ForecastView, forecast_svg
from ui.options import options_html
from ui.registry import SessionRegistry
from ui.view import forecast_view, plan_html

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "tech-worker.json"
TODAY = dt.date(2026, 11, 22)
EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'


@pytest.fixture
def actions(tmp_path: Path) -> Actions:
    settings = Settings(data_dir=tmp_path / "data")
    registry = SessionRegistry(
        settings.data_dir,
        lambda: PlannerSession.create(settings, today=lambda: TODAY),
        lambda sid: PlannerSession.resume(sid, settings, today=lambda: TODAY),
        ttl_seconds=3600,
    )
    return Actions(registry, today=lambda: TODAY)


def _imported(actions: Actions, path: Path = EXAMPLE) -> str:
    session_id = actions.registry.new("tab")
    view = actions.import_plan(session_id, str(path))
    assert view.status == "Plan imported."
    return session_id


# -- import ------------------------------------------------------------------------------
def test_an_imported_plan_is_the_sessions_plan(actions: Actions) -> None:
    session_id = _imported(actions)
    plan = actions.registry.get(session_id).plan
    assert plan_to_json(plan) == plan_to_json(read_plan(EXAMPLE))
    assert all(s.name in actions.view(session_id).panel for s in plan.streams)


def test_a_bad_plan_file_says_why_and_keeps_the_plan(actions: Actions, tmp_path: Path) -> None:
    session_id = _imported(actions)
    before = plan_to_json(actions.registry.get(session_id).plan)
    bad = tmp_path / "bad.json"
    bad.write_text('{"streams": "not a list"}')
    view = actions.import_plan(session_id, str(bad))
    assert "Fix:" in view.status and "unchanged" in view.status
    assert plan_to_json(actions.registry.get(session_id).plan) == before


# -- options -------------------------------------------------------------------------------
def test_show_options_lists_the_explorers_ranked_candidates(actions: Actions) -> None:
    session_id = _imported(actions)
    html, found = option_actions.show_options(actions, session_id)
    expected = explore(read_plan(EXAMPLE), today=TODAY, top=option_actions.TOP).candidates
    assert [c.label for c in found.candidates] == [c.label for c in expected]
    ranks = [int(r) for r in re.findall(r'data-rank="(\d+)"', html)]
    assert ranks == [c.rank for c in expected] and ranks == sorted(ranks)
    for c in expected:
        assert c.reason.split(",")[0].replace("'", "&#x27;") in html
    assert found.choices()[0] == (f"1. {expected[0].label}", 1)


def test_adopting_an_option_records_its_streams(actions: Actions) -> None:
    session_id = _imported(actions)
    _, found = option_actions.show_options(actions, session_id)
    pick = found.candidates[-1]
    view = option_actions.adopt_option(actions, session_id, found, pick.rank)
    assert view.status.startswith(f"Adopted option {pick.rank}")
    plan = actions.registry.get(session_id).plan
    assert [s.name for s in plan.streams] == [s.name for s in pick.streams]
    assert plan_to_json(plan) == plan_to_json(pick.plan)


def test_options_built_for_an_earlier_plan_are_refused(actions: Actions) -> None:
    session_id = _imported(actions)
    _, found = option_actions.show_options(actions, session_id)
    session = actions.registry.get(session_id)
    assert session.apply(AddStream(name="Pottery", role="seed", target_hours=1)).accepted
    before = plan_to_json(session.plan)
    view = option_actions.adopt_option(actions, session_id, found, 1)
    assert "Show options" in view.status and "unchanged" in view.status
    assert plan_to_json(session.plan) == before


def test_adopt_without_options_asks_for_them_first(actions: Actions) -> None:
    session_id = _imported(actions)
    view = option_actions.adopt_option(actions, session_id, None, 1)
    assert "Show options" in view.status


def test_an_empty_plan_says_what_to_record_before_options(actions: Actions) -> None:
    session_id = actions.registry.new("tab")
    html, found = option_actions.show_options(actions, session_id)
    assert found.candidates == [] and "pc-empty" in html and "Fix" not in html
    assert len(html) > 60


def test_options_html_escapes_stream_names() -> None:
    plan = read_plan(EXAMPLE)
    candidate = explore(plan, today=TODAY, top=1).candidates[0]
    evil = candidate.model_copy(
        update={"streams": [candidate.streams[0].model_copy(update={"name": EVIL})]}
    )
    html = options_html([evil])
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html


# -- forecast ------------------------------------------------------------------------------
def _view(dips: list[int]) -> ForecastView:
    return ForecastView(
        months=[f"2027-{m:02d}" for m in range(1, 13)],
        pessimistic=[1000.0 + m for m in range(12)],
        expected=[2000.0 + m for m in range(12)],
        optimistic=[3000.0 + m for m in range(12)],
        dip_months=dips,
        monthly_spending=1500.0,
    )


def test_the_forecast_chart_draws_three_lines_and_marks_each_dip() -> None:
    svg = forecast_svg(_view([2, 5]))
    for name in ("pessimistic", "expected", "optimistic"):
        points = re.search(rf'class="pc-line-{name}" points="([^"]+)"', svg)
        assert points is not None and len(points.group(1).split()) == 12
    assert svg.count('class="pc-dip"') == 2
    assert "2027-02: income may dip" in svg and "2027-05: income may dip" in svg
    assert 'class="pc-spending"' in svg


def test_the_expected_line_lies_between_the_others_on_the_canvas() -> None:
    svg = forecast_svg(_view([]))

    def ys(name: str) -> list[float]:
        found = re.search(rf'class="pc-line-{name}" points="([^"]+)"', svg)
        assert found is not None
        return [float(p.split(",")[1]) for p in found.group(1).split()]

    # SVG y grows downwards: a larger income sits higher, at a smaller y.
    for low, mid, high in zip(ys("pessimistic"), ys("expected"), ys("optimistic"), strict=True):
        assert high < mid < low
    assert 'class="pc-dip"' not in svg


def test_forecast_month_labels_are_escaped() -> None:
    view = _view([1])
    view.months[0] = "<b>x</b>"
    svg = forecast_svg(view)
    assert "<b>" not in svg and "&lt;b&gt;" in svg


def test_the_panel_shows_the_forecast_only_with_streams() -> None:
    plan = read_plan(EXAMPLE)
    html = plan_html(plan, today=TODAY)
    assert 'class="pc-forecast"' in html and "Cash flow, next 12 months" in html
    view = forecast_view(plan, today=TODAY)
    assert view is not None and len(view.months) == 12
    empty = plan.model_copy(update={"streams": [], "time_blocks": [], "feedback_loops": []})
    assert forecast_view(empty, today=TODAY) is None
    assert "pc-forecast" not in plan_html(empty, today=TODAY)
