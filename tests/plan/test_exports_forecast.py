"""The PDF's cash-flow forecast: drawn from the core's forecast, only when there are streams."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from pypdf import PdfReader
from reportlab.graphics.shapes import PolyLine, Rect

from agent.plan import Capacity, forecast, read_plan
from agent.plan.exports import to_pdf
from agent.plan.exports.pdf_forecast import dip_sentence, forecast_drawing, plan_forecast

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "tech-worker.json"
TODAY = dt.date(2026, 11, 22)


def _text(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_the_pdf_shows_twelve_months_from_the_month_after_today() -> None:
    text = _text(to_pdf(read_plan(EXAMPLE), today=TODAY))
    assert "Cash flow, next 12 months" in text
    assert "Dec 26" in text and "Nov 27" in text and "Nov 26" not in text
    assert ("Months that may dip" in text) or ("No month dips" in text)


def test_a_plan_without_streams_has_no_forecast() -> None:
    plan = read_plan(EXAMPLE)
    empty = plan.model_copy(update={"streams": [], "time_blocks": [], "feedback_loops": []})
    assert "Cash flow" not in _text(to_pdf(empty, today=TODAY))
    assert plan_forecast(empty, TODAY) is None


def test_without_today_the_plan_date_is_used_so_the_bytes_repeat() -> None:
    plan = read_plan(EXAMPLE).model_copy(update={"as_of": TODAY})
    assert to_pdf(plan) == to_pdf(plan)
    assert to_pdf(plan) == to_pdf(plan, today=TODAY)


def test_the_drawing_has_three_lines_and_a_mark_per_dip() -> None:
    plan = read_plan(EXAMPLE)
    assert plan.capacity is not None
    # Spending far above income makes every month a dip.
    capacity = plan.capacity.model_copy(update={"monthly_spending": 1_000_000.0})
    poor = plan.model_copy(update={"capacity": capacity})
    f = forecast(poor, today=TODAY, seed=7)
    assert f.dip_months == list(range(1, 13))
    drawing = forecast_drawing(f, "Helvetica")
    lines = [s for s in drawing.contents if isinstance(s, PolyLine)]
    assert len(lines) == 3
    dips = [s for s in drawing.contents if isinstance(s, Rect) and s.height > 50]
    assert len(dips) == 12
    assert dip_sentence(f).startswith("Months that may dip below need: 2026-12")


def test_no_dips_are_marked_when_income_covers_spending() -> None:
    plan = read_plan(EXAMPLE)
    assert plan.capacity is not None
    capacity = Capacity(hours_per_week=plan.capacity.hours_per_week, monthly_spending=1.0)
    f = forecast(plan.model_copy(update={"capacity": capacity}), today=TODAY, seed=7)
    assert f.dip_months == []
    drawing = forecast_drawing(f, "Helvetica")
    assert not [s for s in drawing.contents if isinstance(s, Rect) and s.height > 50]
    assert dip_sentence(f).startswith("No month dips")


def test_a_plan_with_out_of_range_figures_still_exports_without_the_forecast() -> None:
    plan = read_plan(EXAMPLE)
    streams = list(plan.streams)
    streams[0] = streams[0].model_copy(update={"target_hours": 1e308})
    streams[-1] = streams[-1].model_copy(update={"expected_revenue": 1e308})
    text = _text(to_pdf(plan.model_copy(update={"streams": streams}), today=TODAY))
    assert "The forecast is left out" in text
    assert all(s.name.split()[0] in text for s in streams)
