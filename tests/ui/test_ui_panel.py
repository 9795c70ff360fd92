"""The plan panel: shows every part of the plan, and user or CV text only as text."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from ui_fakes import FakeSession

from agent.plan import AddActivity, MarkUnknown, SetCurrency, UpdateActivity, apply, shock_test
from agent.plan.models import Activity, Capacity, FeedbackLoop, Plan, Skill, Stream, TimeBlock
from agent.plan.shock import buffer_lasts
from ui.actions import Actions
from ui.registry import SessionRegistry
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


def _still_missing(html: str) -> tuple[list[str], list[str]]:
    """The visible lines of "Still missing" and their tooltips."""
    block = html.split('<ul class="pc-missing">', 1)[1].split("</ul>", 1)[0]
    items = re.findall(r'<li title="([^"]*)">([^<]*)</li>', block)
    return [text for _, text in items], [tip for tip, _ in items]


def test_still_missing_is_said_in_plain_words_with_the_rule_in_a_tooltip() -> None:
    lines, tips = _still_missing(plan_html(Plan(), today=TODAY))
    assert "the hours a week you can really give" in lines
    assert "3 to 5 streams of work" in lines
    assert "your core skill: the one worth 10,000 hours" in lines
    assert not any(re.search(r"PC\d{3}", line) for line in lines)
    assert any(tip.startswith("PC001: ") for tip in tips)
    assert not any("hours a week for each stream" in line for line in lines)  # no streams yet
    lines, _ = _still_missing(plan_html(_plan(), today=TODAY))
    assert "a date for your first quarterly review" in lines and "3 to 5 streams of work" in lines


def test_audit_fields_nobody_gave_say_not_asked_yet_or_skipped() -> None:
    plan = apply(Plan(), AddActivity(name="Tutoring", hours_per_week=6), today=TODAY).plan
    row = plan_html(plan, today=TODAY).split("<td>Tutoring</td>", 1)[1].split("</tr>", 1)[0]
    assert "<td>6</td>" in row and row.count("not asked yet") == 4 and "neutral" not in row
    plan = apply(plan, UpdateActivity(name="Tutoring", annual_revenue=0), today=TODAY).plan
    plan = apply(plan, MarkUnknown(field="activities[Tutoring].energy"), today=TODAY).plan
    row = plan_html(plan, today=TODAY).split("<td>Tutoring</td>", 1)[1].split("</tr>", 1)[0]
    assert "<td>0</td>" in row and "skipped" in row and row.count("not asked yet") == 2
    legacy = Plan(activities=[Activity(name="Old job")])  # written before answers were kept
    assert "not asked yet" not in plan_html(legacy, today=TODAY).split("Old job", 1)[1]


def test_amounts_carry_the_plan_currency_and_skills_have_their_heading() -> None:
    plan = apply(_plan(), SetCurrency(code="gbp"), today=TODAY).plan
    html = plan_html(plan, today=TODAY)
    assert "£6,000" in html and "£2,000" in html and "£48,000" in html
    assert "Cash flow, next 12 months (GBP)" in html and "£" in html.split("pc-fc-axis", 1)[1]
    assert "<h3>Skills</h3>" in html
    assert "6,000" in plan_html(_plan(), today=TODAY) and "£" not in plan_html(_plan(), today=TODAY)


def test_loops_are_listed_as_sentences() -> None:
    html = plan_html(_plan(), today=TODAY)
    assert "<li>Day job funds Tutoring.</li>" in html


def _actions(tmp_path: Path) -> Actions:
    registry = SessionRegistry(tmp_path, FakeSession, FakeSession.resume, ttl_seconds=60)
    return Actions(registry, today=lambda: TODAY)


def test_a_turn_streams_the_chat_and_sends_the_panel_once_only_when_the_plan_changed(
    tmp_path: Path,
) -> None:
    actions = _actions(tmp_path)
    session_id = actions.registry.new("tab")
    views = list(actions.turn(session_id, "hello there"))
    assert all(v.partial and v.panel is None for v in views[:-1]) and len(views) >= 2
    assert views[0].chat[-1] == {"role": "user", "content": "hello there"}  # shown at once
    assert not views[-1].partial and views[-1].panel is None  # nothing changed
    views = list(actions.turn(session_id, "stream Pottery"))
    assert [v.panel is not None for v in views] == [False] * (len(views) - 1) + [True]
    assert "Pottery" in (views[-1].panel or "")


def test_cv_and_stream_text_cannot_inject_markup() -> None:
    parsed = _tags(plan_html(_plan(EVIL), today=TODAY))
    assert "script" not in parsed.tags and "img" not in parsed.tags
    assert "onerror" not in parsed.attrs


def test_empty_plan_renders_placeholders() -> None:
    html = plan_html(Plan(), today=TODAY)
    assert "No streams yet" in html and "not recorded yet" in html
    assert "Scores" not in html


def test_pieces_that_arrive_together_go_as_one_update(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = _actions(tmp_path)
    session_id = actions.registry.new("tab")
    quick = list(actions.turn(session_id, "one two three four"))  # the fake replies at once
    assert [v.partial for v in quick] == [True, False]  # the message, then the whole page
    monkeypatch.setattr("ui.actions.STREAM_INTERVAL_S", 0.0)
    streamed = [v for v in actions.turn(session_id, "five six seven") if v.partial]
    replies = [v.chat[-1]["content"] for v in streamed[1:]]
    assert len(replies) == len(set(replies)) >= 3  # every new piece once, none repeated
    assert replies[-1].startswith("You said: five six seven")


def test_a_cv_that_changed_the_plan_sends_the_panel(tmp_path: Path) -> None:
    actions = _actions(tmp_path)
    session_id = actions.registry.new("tab")
    cv = tmp_path / "cv.txt"
    cv.write_text("Grant writing\n")
    views = list(actions.upload_cv(session_id, str(cv)))
    assert views[-1].panel is not None and "Grant writing" in views[-1].panel


def test_the_shock_test_says_how_long_the_buffer_lasts_as_the_pdf_does() -> None:
    plan = _plan().model_copy(update={"capacity": Capacity(hours_per_week=50, cash_buffer=9000,
                                                           monthly_spending=3000)})  # fmt: skip
    said = [r.buffer_months for r in panel_data(plan, today=TODAY).shock]
    assert said == [buffer_lasts(r) for r in shock_test(plan)]
    assert all(s.endswith(" months") or s.startswith(("no need", "unknown")) for s in said)
    assert not any(re.search(r"\.0 months", s) for s in said)
