"""The plan exports: Markdown, PDF and iCalendar carry the plan and keep user text inert."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from agent.plan.exports import to_ics, to_markdown, to_pdf
from agent.plan.exports.ics import first_date
from agent.plan.models import (
    Capacity,
    FeedbackLoop,
    Plan,
    Profile,
    Review,
    Stream,
    TimeBlock,
    Unknown,
)

EVIL = 'Evil <script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript:alert(3))'
TODAY = dt.date(2026, 11, 23)  # a Monday


def _plan(extra_name: str = "Seed lab") -> Plan:
    streams = [
        Stream(id="day-job", name="Day job", role="anchor", target_hours=30,
               target_income_share=70, volatility="stable", teaches="systems"),
        Stream(id="consulting", name="Data consulting", role="client", target_hours=6,
               target_income_share=20),
        Stream(id="course", name="Online course", role="leverage", target_hours=3,
               target_income_share=8),
        Stream(id="seed", name=extra_name, role="seed", target_hours=3, target_income_share=2),
    ]  # fmt: skip
    blocks = [
        TimeBlock(id="b1", stream_id="day-job", weekday="monday", start="09:00", end="17:00"),
        TimeBlock(id="b2", stream_id="consulting", weekday="tuesday", start="18:00", end="21:00"),
        TimeBlock(id="b3", stream_id="course", weekday="saturday", start="09:00", end="12:00"),
        TimeBlock(id="b4", stream_id="seed", weekday="thursday", week_of_month="last",
                  start="19:00", end="24:00"),
    ]  # fmt: skip
    loops = [
        FeedbackLoop(from_stream="day-job", to_stream="consulting", kind="funds"),
        FeedbackLoop(from_stream="consulting", to_stream="course", kind="teaches"),
        FeedbackLoop(from_stream="seed", to_stream="course", kind="teaches", note=EVIL),
    ]
    return Plan(
        profile=Profile(name="Ada", context="tech"),
        capacity=Capacity(hours_per_week=50, constraints=["school run"], cash_buffer=12000),
        core_skill="data storytelling",
        streams=streams,
        time_blocks=blocks,
        feedback_loops=loops,
        review=Review(date=dt.date(2027, 2, 1), questions=["What grew?\r\nX-INJECT:1"]),
    )


def test_markdown_lists_every_stream_and_block() -> None:
    plan = _plan()
    text = to_markdown(plan)
    for stream in plan.streams:
        assert stream.name in text
    assert "every Mon 09:00-17:00" in text and "last Thu of the month 19:00-24:00" in text
    assert "data storytelling" in text


def test_markdown_escapes_html_and_markdown_in_user_text() -> None:
    text = to_markdown(_plan(EVIL))
    assert "<script" not in text and "<img" not in text
    assert "&lt;script&gt;" in text
    assert "](javascript" not in text and r"\]\(javascript" in text


def test_markdown_says_what_was_left_unknown_in_the_words_it_was_asked() -> None:
    question = "Is the income from Data consulting stable, or does it vary?"
    plan = _plan().model_copy(
        update={"unknowns": [Unknown(field="activities[Data consulting].volatility",
                                     question=question)]}
    )  # fmt: skip
    text = to_markdown(plan)
    assert f"- {question}" in text and "activities" not in text.split("## Left unknown")[1]


def test_unanswered_money_says_not_asked_yet_or_skipped_in_markdown_and_pdf() -> None:
    plan = _plan().model_copy(
        update={"unknowns": [Unknown(field="capacity.monthly_spending", question="Spending?")]}
    )
    text = to_markdown(plan)
    assert "- Monthly spending: skipped" in text and "unknown" not in text.split("## Streams")[0]
    plain = Plan(capacity=Capacity(hours_per_week=30))
    assert "- Cash buffer: not asked yet" in to_markdown(plain)
    pdf = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(to_pdf(plan))).pages)
    assert "skipped" in pdf


def test_markdown_of_an_empty_plan_says_what_is_not_there() -> None:
    text = to_markdown(Plan())
    assert "No streams yet" in text and "Not scheduled yet" in text


def test_pdf_opens_and_contains_the_streams() -> None:
    plan = _plan()
    reader = PdfReader(io.BytesIO(to_pdf(plan)))
    text = " ".join(page.extract_text() for page in reader.pages)
    for stream in plan.streams:
        assert stream.name in text
    assert "Shares of time and income target" in text and "2027-02-01" in text


def test_pdf_prints_markup_in_names_as_text() -> None:
    pdf = to_pdf(_plan("<font size=90>big</font> & <b>bold"))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "<font size=90>big</font>" in text.replace("\n", " ")


def test_pdf_is_deterministic_and_renders_an_empty_plan() -> None:
    assert to_pdf(_plan()) == to_pdf(_plan())
    text = PdfReader(io.BytesIO(to_pdf(Plan()))).pages[0].extract_text()
    assert "No streams yet" in text


def _events(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_ics_has_one_recurring_event_per_block_and_the_review() -> None:
    plan = _plan()
    events = _events(to_ics(plan, today=TODAY))
    recurring = [e for e in events if e.get("rrule")]
    assert len(recurring) == len(plan.time_blocks)
    review = [e for e in events if not e.get("rrule")]
    assert len(review) == 1 and review[0].decoded("dtstart") == dt.date(2027, 2, 1)
    by_uid = {str(e["uid"]): e for e in recurring}
    monday = by_uid["block-b1@portfolio-planner"]
    assert monday.decoded("dtstart") == dt.datetime(2026, 11, 23, 9, 0)
    assert monday["rrule"]["FREQ"] == ["WEEKLY"] and monday["rrule"]["BYDAY"] == ["MO"]
    last = by_uid["block-b4@portfolio-planner"]
    assert last["rrule"]["FREQ"] == ["MONTHLY"]
    assert last.decoded("dtstart") == dt.datetime(2026, 11, 26, 19, 0)
    assert last.decoded("dtend") == dt.datetime(2026, 11, 27, 0, 0)


def test_ics_uids_are_stable_and_text_cannot_inject_properties() -> None:
    first, second = to_ics(_plan(), today=TODAY), to_ics(_plan(), today=TODAY)
    assert first == second
    evil = to_ics(_plan("Seed\r\nATTENDEE:mailto:x@example.com"), today=TODAY)
    lines = evil.decode().splitlines()
    assert not any(line.startswith(("X-INJECT", "ATTENDEE")) for line in lines)
    assert all("ATTENDEE" not in e for e in _events(evil))


@pytest.mark.parametrize(
    ("week", "expected"),
    [
        ("first", dt.date(2026, 12, 1)),
        ("second", dt.date(2026, 12, 8)),
        ("last", dt.date(2026, 11, 24)),
    ],
)
def test_monthly_blocks_start_on_the_right_weekday_of_the_month(
    week: str, expected: dt.date
) -> None:
    block = TimeBlock(id="m", stream_id="s", weekday="tuesday", week_of_month=week,
                      start="10:00", end="11:00")  # fmt: skip
    assert first_date(block, TODAY) == expected


def test_the_pdf_renderer_runs_with_reportlabs_c_accelerator() -> None:
    from reportlab.lib import rl_accel

    # Installed with the product (rl-accel): the same bytes as reportlab's Python fallbacks,
    # in less time.
    assert {"fp_str", "escapePDF", "instanceStringWidthTTF"} <= set(rl_accel._c_funcs)
