"""The exports' shared-risk and skill-edge sections."""

from __future__ import annotations

import io

from plan_helpers import example
from pypdf import PdfReader

from agent.plan import Plan
from agent.plan.exports import to_markdown, to_pdf
from agent.skill_profiles import taxonomy_profile


def _pdf_text(data: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_markdown_names_the_shared_factor_its_scenario_and_the_edge() -> None:
    text = to_markdown(example("youth-worker-one-funder"), profiler=taxonomy_profile)
    assert "## Shared risks" in text and "Diversification: 2.2 / 5" in text
    assert "| Westshire council | client or funder |" in text
    assert "if Westshire council cuts its budget or ends the work" in text
    assert "buffer lasts 5.2 months" in text
    assert "## Your edge: skills that combine" in text and "youth work + " in text


def test_pdf_has_the_same_sections() -> None:
    text = _pdf_text(to_pdf(example("youth-worker-spread"), profiler=taxonomy_profile))
    assert "Shared risks" in text and "Diversification" in text
    assert "further education" in text
    assert "Your edge" in text


def test_a_plan_without_streams_or_skills_has_no_risk_sections() -> None:
    assert "Shared risks" not in to_markdown(Plan())
    assert "Your edge" not in _pdf_text(to_pdf(Plan()))
