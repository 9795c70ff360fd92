"""The PDF as a person sees it: its pages rendered by poppler (``pdftoppm``), every word's box
read back (``pdftotext -bbox-layout``), and checked: no two words overlap, nothing leaves the
page, page one is the summary, and no heading is left alone at the foot of a page.

Needs Debian's poppler-utils (``make pdf-tools`` installs it, as ``make test`` does).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from plan_helpers import example
from pypdf import PdfReader

from agent.plan.exports import to_pdf
from agent.plan.models import (
    Activity,
    Capacity,
    FeedbackLoop,
    Plan,
    Profile,
    Review,
    Skill,
    Stream,
    TimeBlock,
    Unknown,
)

TODAY = dt.date(2026, 11, 22)
XHTML = "{http://www.w3.org/1999/xhtml}"
#: The headings of the summary and the detail pages.
HEADINGS = (
    "Streams", "Shares of time and income target", "Scores", "If the largest stream stops",
    "Still missing before the plan is final", "Your week", "Once a month",
    "Scores and their reasons", "Shock test", "Cash flow, next 12 months", "Feedback loops",
    "Findings", "What you do today", "Skills", "Quarterly review", "Shared risks",
    "Your edge: skills that combine",
)  # fmt: skip
LONG = "Community workshops on repairing bicycles and small electrical appliances"


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def _tools() -> None:
    missing = [t for t in ("pdftoppm", "pdftotext") if shutil.which(t) is None]
    assert not missing, f"{missing} not found: install Debian's poppler-utils (make pdf-tools)"


def _crowded() -> Plan:
    """Five streams with long names, an audit with unanswered fields, monthly blocks, many
    loops and findings: the plan most likely to make a layout collide."""
    names = ["Hospital ward nursing on the night rota", LONG, "Consulting for small charities",
             "Online course on wound care for carers at home", "Podcast"]  # fmt: skip
    roles = ["anchor", "leverage", "client", "leverage", "seed"]
    hours = [34, 4, 8, 3, 3]
    streams = [
        Stream(id=f"s{i}", name=n, role=r, target_hours=h, target_income_share=s,  # type: ignore[arg-type]
               expected_revenue=e, teaches=f"what {n.lower()} shows about people")
        for i, (n, r, h, s, e) in enumerate(zip(names, roles, hours, [60, 12, 20, 6, 2],
                                                 [41000, 3000, 12000, 1500, 0], strict=True))
    ]  # fmt: skip
    days = ["monday", "tuesday", "wednesday", "thursday", "friday"]
    blocks = [TimeBlock(id=f"a{d}", stream_id="s0", weekday=d, start="07:30", end="14:18")  # type: ignore[arg-type]
              for d in days]  # fmt: skip
    blocks += [
        TimeBlock(id="b1", stream_id="s1", weekday="saturday", start="09:00", end="13:00"),
        TimeBlock(id="b2", stream_id="s2", weekday="tuesday", start="18:00", end="22:00"),
        TimeBlock(id="b3", stream_id="s2", weekday="thursday", start="18:00", end="22:00"),
        TimeBlock(id="b4", stream_id="s3", weekday="sunday", start="10:00", end="13:00"),
        TimeBlock(id="b5", stream_id="s4", weekday="wednesday", week_of_month="first",
                  start="19:00", end="22:00"),
    ]  # fmt: skip
    loops = [FeedbackLoop(from_stream=f"s{i}", to_stream=f"s{(i + 1) % 5}", kind="teaches",
                          note=f"cases from {names[i].lower()} become material")
             for i in range(5)]  # fmt: skip
    capacity = Capacity(hours_per_week=55, constraints=["caring for a parent two evenings"],
                        cash_buffer=8000, monthly_spending=2900)  # fmt: skip
    activities = [
        Activity(name="Ward nursing", annual_revenue=41000, hours_per_week=34,
                 answered=["hours_per_week", "annual_revenue"]),
        Activity(name=LONG, teaches="how to explain a repair to a nervous beginner " * 3,
                 answered=["teaches"]),
    ]  # fmt: skip
    skills = [Skill(name=f"skill number {i}", excitement=5 if i % 2 else None) for i in range(12)]
    return Plan(
        as_of=TODAY,
        currency="EUR",
        profile=Profile(name="Mareike Oberhausen-Lindqvist", context="caregiver"),
        capacity=capacity,
        activities=activities,
        skills=skills,
        core_skill="teaching practical care",
        streams=streams,
        time_blocks=blocks,
        feedback_loops=loops,
        review=Review(date=dt.date(2027, 2, 10), questions=["What did each stream teach?"] * 6),
        unknowns=[Unknown(field=f"activities[{LONG}].energy", question="Energy?")],
    )


def _words(pdf: Path) -> tuple[list[Word], tuple[float, float]]:
    out = pdf.with_suffix(".html")
    subprocess.run(["pdftotext", "-bbox-layout", str(pdf), str(out)], check=True)
    root = ET.parse(out).getroot()
    words: list[Word] = []
    size = (0.0, 0.0)
    for number, page in enumerate(root.iter(f"{XHTML}page"), start=1):
        size = (float(page.get("width", 0)), float(page.get("height", 0)))
        for w in page.iter(f"{XHTML}word"):
            box = [float(w.get(k, 0)) for k in ("xMin", "yMin", "xMax", "yMax")]
            words.append(Word(number, w.text or "", *box))
    return words, size


def _lines(words: list[Word], page: int) -> list[str]:
    """The page's text lines, top to bottom (words whose boxes share a baseline)."""
    rows: dict[int, list[Word]] = {}
    for w in words:
        if w.page == page:
            rows.setdefault(round(w.y1), []).append(w)
    ordered = [sorted(row, key=lambda w: w.x0) for _, row in sorted(rows.items())]
    return [" ".join(w.text for w in row) for row in ordered]


Rendered = tuple[Plan, Path, Path]


@pytest.fixture(
    scope="module", params=["crowded", "freelance-academic", "caregiver", "youth-worker-one-funder"]
)
def rendered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    _tools()
    plan = _crowded() if request.param == "crowded" else example(request.param)
    folder = tmp_path_factory.mktemp(f"pdf-{request.param}")
    pdf = folder / "plan.pdf"
    pdf.write_bytes(to_pdf(plan, today=TODAY))
    return plan, pdf, folder


def test_every_page_renders_to_an_image(rendered: Rendered) -> None:
    _, pdf, folder = rendered
    pages = len(PdfReader(pdf).pages)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(folder / "page")], check=True)
    images = sorted(folder.glob("page-*.png"))
    assert pages >= 2 and len(images) == pages
    assert all(p.stat().st_size > 2000 for p in images)  # not blank


def test_no_two_words_overlap_and_none_leaves_the_page(rendered: Rendered) -> None:
    _, pdf, _ = rendered
    words, (width, height) = _words(pdf)
    assert len(words) > 150
    for w in words:
        assert w.x0 >= 0 and w.x1 <= width and w.y0 >= 0 and w.y1 <= height, w
    by_page: dict[int, list[Word]] = {}
    for w in words:
        by_page.setdefault(w.page, []).append(w)
    for page_words in by_page.values():
        ordered = sorted(page_words, key=lambda w: w.x0)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if b.x0 >= a.x1 - 0.5:
                    break
                overlap_y = min(a.y1, b.y1) - max(a.y0, b.y0)
                assert overlap_y <= 0.5, f"page {a.page}: {a.text!r} overlaps {b.text!r}"


def test_page_one_is_the_summary_and_the_details_follow(rendered: Rendered) -> None:
    _, pdf, _ = rendered
    words, _ = _words(pdf)
    first = " ".join(_lines(words, 1))
    for part in ("Streams", "Shares of time and income target", "Scores", "Next review"):
        assert part in first
    assert "Resilience" in first and "Autonomy" in first and "Ownership" in first
    later = " ".join(line for p in range(2, max(w.page for w in words) + 1)
                     for line in _lines(words, p))  # fmt: skip
    for part in ("Your week", "Scores and their reasons", "Shock test", "Cash flow",
                 "Findings", "Feedback loops"):  # fmt: skip
        assert part in later, part
    assert _lines(words, 2)[0] == "Your week"


def test_no_heading_is_left_alone_at_the_foot_of_a_page(rendered: Rendered) -> None:
    _, pdf, _ = rendered
    words, _ = _words(pdf)
    for page in range(1, max(w.page for w in words) + 1):
        body = [line for line in _lines(words, page) if not re.fullmatch(r"Page \d+", line)]
        last = re.sub(r" \([A-Z]{3}\)$", "", body[-1])
        assert last not in HEADINGS, f"page {page} ends with the heading {last!r}"


def test_loops_read_as_sentences_and_amounts_carry_the_currency(rendered: Rendered) -> None:
    plan, pdf, _ = rendered
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(pdf).pages))
    for loop in plan.feedback_loops:
        target = plan.stream(loop.to_stream)
        assert target is not None
        assert f"feeds {target.name}." not in text
    if plan.currency == "EUR":
        assert "€41,000" in text and "not asked yet" in text and "skipped" in text


def test_no_column_head_is_cut_inside_a_word(rendered: Rendered) -> None:
    _, pdf, _ = rendered
    words = {w.text for w in _words(pdf)[0]}
    heads = {"Stream", "Role", "Activity", "Energy"} | ({"Severity"} if "Rule" in words else set())
    assert heads <= words, heads - words
