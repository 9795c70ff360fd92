"""The plan panel: shows every part of the plan, and user or CV text only as text."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

from agent.plan.models import Capacity, FeedbackLoop, Plan, Skill, Stream, TimeBlock
from ui.view import panel_data, plan_html

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'
TODAY = dt.date(2026, 11, 23)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]


def _plan(name: str = "Day job") -> Plan:
    return Plan(
        capacity=Capacity(hours_per_week=45, cash_buffer=6000, monthly_spending=2000),
        skills=[Skill(name=EVIL, source="cv", confirmed=False)],
        core_skill="teaching",
        streams=[
            Stream(
                id="job",
                name=name,
                role="anchor",
                target_hours=30,
                target_income_share=80,
                expected_revenue=48000,
                volatility="stable",
            ),
            Stream(
                id="tutor",
                name="Tutoring",
                role="client",
                target_hours=8,
                target_income_share=20,
                expected_revenue=12000,
            ),
        ],
        time_blocks=[
            TimeBlock(id="b1", stream_id="job", weekday="monday", start="09:00", end="17:00"),
            TimeBlock(
                id="b2",
                stream_id="tutor",
                weekday="wednesday",
                week_of_month="first",
                start="18:00",
                end="20:00",
            ),
        ],
        feedback_loops=[FeedbackLoop(from_stream="job", to_stream="tutor", kind="funds")],
    )


def _tags(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_panel_shows_streams_charts_calendar_loops_scores_and_findings() -> None:
    html = plan_html(_plan(), today=TODAY)
    assert html.count('class="pc-stream"') == 2
    assert "Day job" in html and "Tutoring" in html
    assert html.count('class="pc-donut"') == 2
    assert 'class="pc-calendar"' in html and 'class="pc-loops"' in html
    assert "first wednesday of the month" in html
    assert "resilience" in html and "autonomy" in html and "ownership" in html
    assert "Shock test" in html and "Still missing" in html


def test_panel_lists_findings_with_codes_and_fixes() -> None:
    plan = _plan()
    data = panel_data(plan, today=TODAY)
    assert data.findings, "this plan breaks draft rules (e.g. the anchor's share over 80 %)"
    html = plan_html(plan, today=TODAY)
    for finding in data.findings:
        assert finding.code in html
    assert data.missing and all(m.split()[0] in html for m in data.missing)


def test_cv_and_stream_text_cannot_inject_markup() -> None:
    parsed = _tags(plan_html(_plan(EVIL), today=TODAY))
    assert "script" not in parsed.tags and "img" not in parsed.tags
    assert "onerror" not in parsed.attrs


def test_empty_plan_renders_placeholders() -> None:
    html = plan_html(Plan(), today=TODAY)
    assert "No streams yet" in html and "not recorded yet" in html
    assert "Scores" not in html
