"""The page as a person sees it, on a phone (390 x 844) and a desktop (1400 x 900): what the
landing page says, nothing wider than the screen, charts that fill their box and cut no name,
loops in sentences, the plan's currency, options told apart, one panel update per turn.

Real planner sessions with the offline guided interviewer; conversations are typed into the
session directly (fast), then shown in the page by resuming them, as a person would with
their session id. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ui_browser_support import ARTIFACTS, TURN_DONE, chromium, planner_registry, running_app, send

from agent.settings import Settings
from evals.conversations import ACADEMIC_REBOOT

pytestmark = pytest.mark.browser
SIZES = {"phone": (390, 844), "desktop": (1400, 900)}
#: Up to the list of activities: the audit holds three activities and none of their figures.
AUDIT_START = ACADEMIC_REBOOT[:7]

#: Every place on the page wider than its box (the document, Gradio's blocks, rows and columns,
#: the panel's sections and charts), and every element reaching past the screen's edge. Tables
#: scroll in their own box (.pc-scroll), so what is inside one is left out.
OVERFLOW = """
() => {
  const vw = document.documentElement.clientWidth;
  const found = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) found.push(`document ${doc.scrollWidth} > ${vw}`);
  const shown = el => el.getClientRects().length > 0
    && getComputedStyle(el).visibility !== 'hidden';
  const skip = el => el.closest('.pc-scroll') || el.closest('#pc-chat');
  const panels = document.querySelectorAll(
    '.block, .row, .column, .form, #pc-panel, .pc-section, .pc-donuts, .pc-donut-card, '
    + '.pc-calendar, .pc-loops-box, .pc-forecast-chart, .pc-option, .pc-legend li');
  for (const el of panels) {
    if (!shown(el) || skip(el)) continue;
    if (el.scrollWidth > el.clientWidth + 1) {
      found.push(`${el.id || el.className} ${el.scrollWidth} > ${el.clientWidth}`);
    }
  }
  for (const el of document.querySelectorAll('body *')) {
    if (!shown(el) || skip(el) || el.closest('svg')) continue;
    const r = el.getBoundingClientRect();
    if (r.width && (r.right > vw + 1 || r.left < -1)) {
      found.push(`${el.tagName}.${el.className} ${Math.round(r.left)}..${Math.round(r.right)}`);
    }
  }
  return found.slice(0, 12);
}
"""
#: Arrow segments of the loop graph against the boxes of the streams' names, on the screen.
CROSSINGS = """
() => {
  const svg = document.querySelector('#pc-panel svg.pc-loops');
  const m = svg.getScreenCTM();
  const at = (x, y) => {
    const p = svg.createSVGPoint(); p.x = x; p.y = y; return p.matrixTransform(m);
  };
  const end = (l, n) => at(+l.getAttribute('x' + n), +l.getAttribute('y' + n));
  const arrows = [...svg.querySelectorAll('line[marker-end]')].map(l => [end(l, 1), end(l, 2)]);
  const hits = [];
  const inside = (p, r) => p.x > r.left && p.x < r.right && p.y > r.top && p.y < r.bottom;
  for (const span of svg.querySelectorAll('tspan')) {
    const r = span.getBoundingClientRect();
    for (const [a, b] of arrows) {
      for (let t = 0; t <= 1; t += 0.02) {
        const p = {x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t};
        if (inside(p, r)) { hits.push(span.textContent); break; }
      }
    }
  }
  return hits;
}
"""


#: Records which components show a progress bar (a status tracker with a progress text or
#: bar, not hidden) at any moment.
PROGRESS_WATCH = """
() => { window.pcProgress = [];
  new MutationObserver(() => {
    for (const t of document.querySelectorAll('[data-testid=status-tracker]:not(.hide)')) {
      if (!t.querySelector('.progress-text, .eta-bar, .progress-level')) continue;
      const id = (t.closest('[id]') || {}).id || '?';
      if (!window.pcProgress.includes(id)) window.pcProgress.push(id);
    }
  }).observe(document.body, {subtree: true, childList: true, attributes: true});
}
"""
#: The forecast key: each name and the colour of its mark.
KEY_COLOURS = """
() => Object.fromEntries([...document.querySelectorAll('#pc-panel .pc-fc-key li')].map(li =>
  [li.innerText.trim(), getComputedStyle(li.querySelector('.pc-key-mark')).backgroundColor]))
"""


def shoot(page: Any, name: str) -> Path:
    """A full-page screenshot kept as a test artifact."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"page-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def show(page: Any, view: str) -> None:
    """On a phone, press the Chat / Plan switch (on a desktop both are always shown)."""
    switch = page.locator(f"#pc-switch button[data-view={view}]")
    if switch.is_visible():
        switch.click()
        page.wait_for_timeout(200)


def resume(page: Any, session_id: str) -> None:
    """Open a session by its id through the page's own control."""
    show(page, "chat")
    page.get_by_text("Your session").click()
    page.locator("#pc-resume-id input, #pc-resume-id textarea").fill(session_id)
    page.click("#pc-resume")
    page.wait_for_function(
        "() => document.querySelector('#pc-status').innerText.includes('Session resumed')"
    )
    page.wait_for_timeout(300)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The app, a browser, and a finished reboot (amounts in pounds, as the person wrote
    them, and the plan final). Tests that type into the page start their own session with
    :func:`audit_start`."""
    data = tmp_path_factory.mktemp("page-data")
    registry = planner_registry(Settings(data_dir=data))
    with running_app(data, registry) as demo, chromium() as browser:
        full = registry.new("setup")
        for text in ACADEMIC_REBOOT:
            list(registry.get(full).turn(text))
        # The interviewer takes the currency from '£1,500 a month'.
        assert registry.get(full).plan.currency == "GBP"
        yield {"url": demo.local_url, "browser": browser, "full": full, "registry": registry}


def audit_start(site: dict[str, Any]) -> str:
    """A new session whose audit has just listed three activities and none of their figures."""
    registry = site["registry"]
    session_id = registry.new("setup")
    for text in AUDIT_START:
        list(registry.get(session_id).turn(text))
    return str(session_id)


@pytest.fixture(params=list(SIZES))
def page(site: dict[str, Any], request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh page at one of the two sizes; its name is ``page.size``."""
    width, height = SIZES[request.param]
    context = site["browser"].new_context(viewport={"width": width, "height": height})
    tab = context.new_page()
    tab.size = request.param
    tab.goto(site["url"])
    tab.wait_for_selector("#pc-plan", state="attached")
    tab.wait_for_timeout(500)
    yield tab
    context.close()


def test_the_landing_page_greets_asks_and_says_what_is_missing(page: Any) -> None:
    page.wait_for_selector("#pc-chat [data-testid=bot]")
    opening = page.locator("#pc-chat [data-testid=bot]").first.inner_text()
    assert "Hello, and welcome to your career reboot" in opening
    assert "where do you work today?" in opening  # the first question, asked on load
    hint = page.get_attribute("#pc-input textarea", "placeholder") or ""
    assert hint.startswith("Where you work"), hint
    shoot(page, f"landing-chat-{page.size}")
    show(page, "plan")
    items = page.locator("#pc-panel ul.pc-missing li")
    lines = [t.strip() for t in items.all_inner_texts()]
    assert "the hours a week you can really give" in lines and "3 to 5 streams of work" in lines
    assert not [line for line in lines if re.search(r"PC\d{3}", line)]
    tips = [items.nth(i).get_attribute("title") or "" for i in range(items.count())]
    assert any(t.startswith("PC001: ") for t in tips)
    assert "Your plan fills in here" in page.inner_text("#pc-panel")
    shoot(page, f"landing-plan-{page.size}")
    assert page.evaluate(OVERFLOW) == []


def test_the_box_suggests_what_the_open_question_expects(page: Any, site: dict[str, Any]) -> None:
    resume(page, audit_start(site))
    hint = page.get_attribute("#pc-input textarea", "placeholder") or ""
    assert hint.startswith("Hours a week"), hint  # asked: how many hours does the job take
    send(page, "35")
    hint = page.get_attribute("#pc-input textarea", "placeholder") or ""
    assert hint.startswith("Income a year"), hint


def test_nothing_is_wider_than_the_screen_in_either_view(page: Any, site: dict[str, Any]) -> None:
    resume(page, site["full"])
    assert page.evaluate(OVERFLOW) == []
    shoot(page, f"plan-chat-{page.size}")
    show(page, "plan")
    assert page.is_visible("#pc-panel table.pc-streams")
    assert page.evaluate(OVERFLOW) == []
    shoot(page, f"plan-{page.size}")
    if page.size == "phone":  # the switch stays in reach, and hides the chat
        assert not page.is_visible("#pc-chat")
        page.mouse.wheel(0, 3000)
        page.wait_for_timeout(200)
        box = page.locator("#pc-switch").bounding_box()
        assert box is not None and box["y"] <= 1
        wide = page.evaluate("() => [...document.querySelectorAll('#pc-panel .pc-scroll')]"
                             ".some(b => b.scrollWidth > b.clientWidth)")  # fmt: skip
        assert wide, "a wide table scrolls in its own box"


def test_charts_use_the_panels_width_and_cut_no_name(page: Any, site: dict[str, Any]) -> None:
    resume(page, site["full"])
    show(page, "plan")
    panel = page.locator("#pc-panel").bounding_box()
    assert panel is not None
    for selector, share in ((".pc-calendar", 0.95), (".pc-forecast-chart", 0.95),
                            (".pc-donuts", 0.95), (".pc-loops-box", 0.6)):  # fmt: skip
        box = page.locator(f"#pc-panel {selector}").bounding_box()
        assert box is not None and box["width"] >= share * panel["width"] - 30, selector
    names = [n.strip() for n in page.locator("#pc-panel .pc-legend-name").all_inner_texts()]
    longest = max((s.name for s in site["registry"].get(site["full"]).plan.streams), key=len)
    assert longest in names and len(longest) > 20
    clipped = page.evaluate("() => [...document.querySelectorAll('#pc-panel .pc-legend-name')]"
                            ".filter(e => e.scrollWidth > e.clientWidth).length")  # fmt: skip
    assert clipped == 0
    assert page.evaluate(CROSSINGS) == []
    blocks = page.locator("#pc-panel .pc-cal-block")
    assert all("," in (blocks.nth(i).get_attribute("title") or "") for i in range(blocks.count()))


def test_the_words_of_the_plan(page: Any, site: dict[str, Any]) -> None:
    resume(page, site["full"])
    chat = page.inner_text("#pc-chat")
    show(page, "plan")
    text = page.inner_text("#pc-panel")
    assert "University job teaches Consulting: how to run a research group." in text
    assert not re.search(r"teaches [^\n:]+: [^\n]* feeds ", text + chat)
    assert "£45,000" in text and "£10,000" in text and "(GBP)" in text
    assert page.locator("#pc-panel h3", has_text="Skills").count() == 1
    key = page.evaluate(KEY_COLOURS)
    assert key["pessimistic"] != key["month that may dip below need"]
    assert "skipped" in page.inner_text("#pc-panel table.pc-audit")


def test_unanswered_audit_fields_say_not_asked_yet(page: Any, site: dict[str, Any]) -> None:
    resume(page, audit_start(site))
    show(page, "plan")
    audit = page.inner_text("#pc-panel table.pc-audit")
    assert audit.count("not asked yet") == 15  # three activities, five questions each
    assert "neutral" not in audit and "variable" not in audit
    shoot(page, f"audit-{page.size}")


def test_options_are_told_apart_and_keep_the_hours_set(page: Any, site: dict[str, Any]) -> None:
    resume(page, site["full"])
    show(page, "plan")
    page.get_by_text("Options: other portfolios").click()
    page.click("#pc-show-options")
    page.wait_for_selector("#pc-options .pc-option", timeout=30_000)
    titles = page.locator("#pc-options .pc-option h4").all_inner_texts()
    assert len(titles) >= 2 and len(set(titles)) == len(titles)
    assert not any(re.match(r"Option \d+: (bold|balanced|steady)\b", t) for t in titles)
    reasons = page.locator("#pc-options .pc-option-reason").all_inner_texts()
    assert all("of the target income; today it earns" in r for r in reasons)
    for card in page.locator("#pc-options .pc-option").all():
        for row in card.locator("tr").all_inner_texts():
            if row.startswith("Consulting"):
                assert "\t8\t" in row, row  # the 8 hours the person set
    assert page.evaluate(OVERFLOW) == []
    shoot(page, f"options-{page.size}")


def test_a_turn_sends_the_panel_once_and_only_when_the_plan_changed(
    page: Any, site: dict[str, Any]
) -> None:
    resume(page, audit_start(site))
    page.evaluate("""() => { window.pcPanelUpdates = 0;
      new MutationObserver(() => { window.pcPanelUpdates += 1; })
        .observe(document.querySelector('#pc-panel'), {childList: true, subtree: true}); }""")
    send(page, "what counts as a leverage stream?")  # a question: the plan stays as it is
    assert page.evaluate("window.pcPanelUpdates") == 0
    send(page, "35")
    assert page.evaluate("window.pcPanelUpdates") == 1
    assert page.evaluate(f"() => {TURN_DONE}")


def test_the_cv_progress_bar_shows_once(page: Any, tmp_path: Path) -> None:
    cv = tmp_path / "cv.txt"
    cv.write_text("Sam Rivera\nSkills: Python, public speaking, technical writing\n")
    page.evaluate(PROGRESS_WATCH)
    before = page.locator("#pc-chat [data-testid=bot]").count()
    page.locator("#pc-cv input[type=file]").set_input_files(str(cv))
    page.wait_for_function(
        f"() => document.querySelectorAll('#pc-chat [data-testid=bot]').length > {before}"
        f" && {TURN_DONE.split(' && ')[0]}",
        timeout=60_000,
    )
    shown = page.evaluate("window.pcProgress")
    assert shown == ["pc-cv"], shown
    assert "Python" in page.inner_text("#pc-chat")
