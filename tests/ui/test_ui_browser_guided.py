"""A whole career reboot typed into the page: the real planner session and the offline guided
interviewer, a CV uploaded through the page, the plan panel's charts, and every download."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from icalendar import Calendar
from pypdf import PdfReader
from ui_browser_support import (
    ARTIFACTS,
    chromium,
    download,
    last_reply,
    planner_registry,
    running_app,
    send,
)

from agent.settings import Settings

pytestmark = pytest.mark.browser
REPO = Path(__file__).resolve().parents[2]
CV_TEXT = """Sam Rivera
Senior software engineer

Skills: Python, Kubernetes, public speaking, technical writing

Experience
Software engineer, Acme Cloud, 2018-2024: built distributed systems in Python and Go.
Mentor, Code Bootcamp, 2021-2024: taught junior developers.
"""
ACTIVITIES = {
    "Job": {"hours": "40", "income": "about 60 thousand", "vary": "stable",
            "teach": "distributed systems", "energy": "bit of both"},
    "Mentoring bootcamp students": {"hours": "4", "income": "8k", "vary": "it varies",
                                    "teach": "teaching juniors", "energy": "love it"},
    "Tech blog": {"hours": "2", "income": "nothing yet", "vary": "it varies",
                  "teach": "writing clearly", "energy": "energising"},
}  # fmt: skip
#: The CV's skills the person confirms, picked by their numbers in the proposed list.
CV_PICK = ("Python", "Kubernetes")
#: (words of the question, answer); the first match wins.
ANSWERS = [
    ("where do you work today", "software engineer at a big tech company"),
    ("really give to work", "45"),
    ("what limits those hours", "none"),
    ("how much savings", "£20k"),
    ("need to spend a month", "£3k a month"),
    ("list everything you do", "my job, mentoring bootcamp students and a tech blog"),
    ("which skills do you have", "coding, mentoring, writing"),
    ("excite you most", "mentoring"),
    ("under-used", "writing"),
    ("10,000 hours", "writing"),
    ("which download", "pdf"),
    ("set up these streams", "yes"),
    ("these blocks in your week", "yes"),
    ("record these feedback loops", "yes"),
    ("does that date work", "yes"),
    ("final checks", "yes"),
    ("forecast", "yes"),
    ("(yes", "yes"),
]
FORMATS = ("markdown", "pdf", "json", "ics")
ACTIVITY_QUESTIONS = [
    ("how many hours a week does", "hours"),
    ("bring in a year", "income"),
    ("stable, or does it vary", "vary"),
    ("teach you", "teach"),
    ("energise you or drain you", "energy"),
]


def cv_pick(question: str) -> str:
    """The numbers of the wanted skills in the interviewer's numbered list of CV skills (the
    page renders the list as an ordered list, so its numbers are the lines' positions)."""
    body = question.split("in your CV:", 1)[1].split("Add them?", 1)[0]
    names = [re.sub(r"^\d+\.\s*", "", line).split(" (")[0].strip()
             for line in body.splitlines() if line.strip()]  # fmt: skip
    numbers = [str(n) for n, name in enumerate(names, 1) if name in CV_PICK]
    assert len(numbers) == len(CV_PICK), f"the CV skills were not all proposed: {question!r}"
    return ", ".join(numbers)


def answer_for(question: str) -> str:
    """What the person types for the interviewer's latest question."""
    if "skills in your cv" in question.lower():
        return cv_pick(question)
    lines = [line for line in question.lower().splitlines() if line.strip()]
    last = " ".join(lines[-2:])
    for words, field in ACTIVITY_QUESTIONS:
        if words in lines[-1]:
            name = next(n for n in ACTIVITIES if n.lower() in lines[-1])
            return ACTIVITIES[name][field]
    for words, reply in ANSWERS:
        if words in last:
            return reply
    raise AssertionError(f"the script has no answer for: {question!r}")


def upload_cv(page: Any, path: Path) -> None:
    """Upload a CV through the page's file control and wait for the planner's reply."""
    before = page.locator("#pc-chat [data-testid=bot]").count()
    page.locator("#pc-cv input[type=file]").set_input_files(str(path))
    page.wait_for_function(
        f"() => document.querySelectorAll('#pc-chat [data-testid=bot]').length > {before}"
        " && !document.querySelector('#pc-chat .pending, #pc-chat .generating')",
        timeout=60_000,
    )
    page.wait_for_timeout(300)


def import_plan_file(page: Any, path: Path) -> None:
    """Upload a plan file with the page's import button and wait until it is imported."""
    with page.expect_file_chooser() as chooser:
        page.click("#pc-import")
    chooser.value.set_files(str(path))
    page.wait_for_function(
        "() => document.querySelector('#pc-status').innerText.includes('Plan imported')",
        timeout=30_000,
    )


def run_reboot(page: Any, cv: Path) -> list[str]:
    """Answer the interviewer until the plan is final and a download was offered."""
    typed: list[str] = []
    send(page, "Hello")
    uploaded = False
    for _ in range(80):
        question = last_reply(page)
        if "your plan is final" in question.lower():
            return typed
        if "which skills do you have" in question.lower() and not uploaded:
            upload_cv(page, cv)
            uploaded = True
            continue
        text = answer_for(question)
        typed.append(text)
        send(page, text)
    raise AssertionError(f"the reboot did not finish; last question: {last_reply(page)!r}")


@pytest.fixture(scope="module")
def reboot(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The page after a whole reboot, its downloads, and the session behind it."""
    data = tmp_path_factory.mktemp("guided-data")
    files = tmp_path_factory.mktemp("guided-files")
    cv = files / "sam-rivera-cv.txt"
    cv.write_text(CV_TEXT, encoding="utf-8")
    registry = planner_registry(Settings(data_dir=data))
    with running_app(data, registry) as demo, chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(demo.local_url)
        page.wait_for_selector("#pc-plan")
        assert "Offline guided interviewer" in page.inner_text("#pc-banner")
        typed = run_reboot(page, cv)
        page.click("#pc-prepare")
        page.wait_for_selector("#pc-dl-ics", state="visible")
        got = {fmt: download(page, f"pc-dl-{fmt}", files)[0] for fmt in FORMATS}
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "ui-guided-reboot.png"
        page.screenshot(path=str(shot), full_page=True)
        page.get_by_text("Your session").click()
        session_id = page.input_value("#pc-session-id textarea, #pc-session-id input")
        session = demo.planner_actions.registry.get(session_id)
        yield {
            "page_text": page.inner_text("#pc-panel"),
            "panel_html": page.inner_html("#pc-panel"),
            "chat": page.inner_text("#pc-chat"),
            "files": got,
            "plan": session.plan,
            "final": session.is_final,
            "typed": typed,
            "streams_table": page.inner_text("#pc-panel table.pc-streams"),
            "demo": demo,
            "browser": browser,
        }


def test_the_typed_reboot_ends_in_a_final_plan_shown_in_the_panel(reboot: Any) -> None:
    plan = reboot["plan"]
    assert reboot["final"]
    assert 3 <= len(plan.streams) <= 5
    for stream in plan.streams:
        assert stream.name in reboot["page_text"]
    html = reboot["panel_html"]
    assert html.count('class="pc-donut"') == 2
    assert 'class="pc-calendar"' in html and 'class="pc-loops"' in html
    assert "No streams yet" not in reboot["page_text"]
    assert re.search(r"Status\s+final", reboot["page_text"])
    assert 'class="pc-forecast"' in html and "Cash flow, next 12 months" in reboot["page_text"]


def test_the_currency_typed_shows_with_every_amount(reboot: Any) -> None:
    assert reboot["plan"].currency == "GBP"
    assert "£20,000" in reboot["page_text"] and "£" in reboot["streams_table"]
    text = " ".join(page.extract_text() for page in PdfReader(reboot["files"]["pdf"]).pages)
    assert "£20,000" in text and "£" in reboot["files"]["markdown"].read_text()


def test_the_cv_uploaded_through_the_page_adds_only_confirmed_skills(reboot: Any) -> None:
    from_cv = [s for s in reboot["plan"].skills if s.source == "cv"]
    assert from_cv, "the CV's skills were not proposed and confirmed"
    assert [s.name for s in from_cv] == ["Python", "Kubernetes"]
    assert "uploaded" not in " ".join(s.name.lower() for s in reboot["plan"].skills)


def test_the_pdf_opens_and_names_every_stream(reboot: Any) -> None:
    text = " ".join(page.extract_text() for page in PdfReader(reboot["files"]["pdf"]).pages)
    flat = re.sub(r"\s+", " ", text)
    for stream in reboot["plan"].streams:
        assert stream.name in flat
    assert "Cash flow, next 12 months" in flat


def test_the_calendar_has_one_recurring_event_per_block_and_the_review(reboot: Any) -> None:
    plan = reboot["plan"]
    calendar = Calendar.from_ical(reboot["files"]["ics"].read_bytes())
    events = list(calendar.walk("VEVENT"))
    recurring = [e for e in events if e.get("RRULE") is not None]
    assert len(recurring) == len(plan.time_blocks)
    review = [e for e in events if "review" in str(e.get("SUMMARY")).lower()]
    assert len(review) == 1 and review[0].decoded("DTSTART") == plan.review.date
    assert len(events) == len(plan.time_blocks) + 1


def test_the_json_validates_against_the_schema_and_matches_the_plan(reboot: Any) -> None:
    schema = json.loads((REPO / "docs" / "plan.schema.json").read_text())
    data = json.loads(reboot["files"]["json"].read_text())
    jsonschema.validate(data, schema)
    assert [s["name"] for s in data["streams"]] == [s.name for s in reboot["plan"].streams]


def test_the_markdown_has_every_stream(reboot: Any) -> None:
    text = reboot["files"]["markdown"].read_text()
    for stream in reboot["plan"].streams:
        assert stream.name in text


def test_a_downloaded_json_uploaded_into_a_new_session_shows_the_same_plan(reboot: Any) -> None:
    context = reboot["browser"].new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(reboot["demo"].local_url)
    page.wait_for_selector("#pc-plan")
    assert "No streams yet" in page.inner_text("#pc-panel")
    import_plan_file(page, reboot["files"]["json"])
    assert page.inner_text("#pc-panel table.pc-streams") == reboot["streams_table"]
    page.get_by_text("Your session").click()
    new_id = page.input_value("#pc-session-id textarea, #pc-session-id input")
    imported = reboot["demo"].planner_actions.registry.get(new_id).plan
    assert imported.model_dump() == reboot["plan"].model_dump()
    context.close()


def test_options_are_shown_and_one_is_adopted_in_the_page(reboot: Any) -> None:
    context = reboot["browser"].new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(reboot["demo"].local_url)
    page.wait_for_selector("#pc-plan")
    import_plan_file(page, reboot["files"]["json"])
    page.get_by_text("Options: other portfolios").click()
    page.click("#pc-show-options")
    page.wait_for_selector("#pc-options .pc-option", timeout=30_000)
    cards = page.locator("#pc-options .pc-option")
    assert cards.count() >= 2
    second = cards.nth(1)
    names = [n.strip() for n in second.locator("tr td:first-child").all_inner_texts()]
    assert "Option 2" in second.inner_text()
    page.locator("#pc-option-pick input").click()
    page.locator("[role=option]").nth(1).click()
    page.click("#pc-adopt")
    page.wait_for_function(
        "() => document.querySelector('#pc-status').innerText.includes('Adopted option 2')",
        timeout=30_000,
    )
    panel_streams = page.locator("#pc-panel tr.pc-stream td:first-child").all_inner_texts()
    assert [n.strip() for n in panel_streams] == names
    assert 'class="pc-forecast"' in page.inner_html("#pc-panel")
    page.screenshot(path=str(ARTIFACTS / "ui-options-adopted.png"), full_page=True)
    context.close()
