"""The page against an OpenAI-compatible endpoint: the real app and planner session over the
real OpenAI client, answered by the local stub server, driven in headless Chromium.

One conversation is typed into the page (capacity, a refused then corrected allocation, a turn
the endpoint fails with HTTP 500, a CV uploaded through the page and audited by the model);
the tests check what the page showed at each step and what the endpoint was sent.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlparse

import pytest
from ui_browser_support import (
    ARTIFACTS,
    chromium,
    last_reply,
    planner_registry,
    running_app,
    send,
    stub_endpoint,
    upload_file,
)

from agent.settings import Settings
from knowledge.cv.models import read_data_block
from tests.support.openai_stub import OpenAIStub, Reply

pytestmark = pytest.mark.browser
MODEL = "stub-coach"
CV_TEXT = """Quillon Marsh
Data analyst

Skills: Python, SQL, public speaking

Experience
Analyst, Brightwater Logistics, 2019-2025: built forecasting dashboards in Python and SQL.
Volunteer tutor, Riverside Library, 2022-2025: taught evening statistics classes.
"""
#: Phrases of the CV that must reach the model only inside its ``<cv_data>`` block.
CV_PHRASES = ("Quillon Marsh", "Brightwater", "Riverside Library", "forecasting dashboards")
CAPACITY_REPLY = "Forty hours a week, noted. What does your work look like today?"
STREAM_REPLY = "Your anchor job now has 30 hours a week and all of your income for now."
CV_REPLY = "Your CV mentions Python and SQL. Shall I add Python as a skill?"
ANCHOR = {"name": "Anchor job", "role": "anchor", "volatility": "stable"}
#: Records every text the chat's latest planner message shows while a turn streams.
WATCH_REPLIES = """() => {
  window.__pcSeen = [];
  const chat = document.querySelector('#pc-chat');
  new MutationObserver(() => {
    const bots = chat.querySelectorAll('[data-testid=bot]');
    if (bots.length) window.__pcSeen.push(bots[bots.length - 1].innerText);
  }).observe(chat, {subtree: true, childList: true, characterData: true});
}"""


def tool_results(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The tool results a recorded request carried back to the model, oldest first."""
    return [json.loads(m["content"]) for m in body["messages"] if m["role"] == "tool"]


def outside_cv_data(text: str) -> str:
    """``text`` with every ``<cv_data>`` block cut out."""
    return re.sub(r"<cv_data>.*?</cv_data>", "", text, flags=re.DOTALL)


def snapshot(page: Any) -> dict[str, Any]:
    """What the page shows now: the latest reply, the panel and the status line."""
    return {
        "reply": last_reply(page),
        "chat": page.inner_text("#pc-chat"),
        "panel": page.inner_text("#pc-panel"),
        "errors": page.locator("#pc-panel tr.pc-error").count(),
        "streams": page.locator("#pc-panel tr.pc-stream").all_inner_texts(),
        "status": page.inner_text("#pc-status"),
    }


def step(page: Any, stub: OpenAIStub, text: str, *replies: Reply) -> dict[str, Any]:
    """Script the endpoint's answers for one turn, type ``text`` and snapshot the page."""
    stub.push(*replies)
    before = len(stub.requests)
    send(page, text)
    shot = snapshot(page)
    shot["requests"] = stub.requests[before:]
    shot["left"] = stub.remaining
    return shot


@pytest.fixture(scope="module")
def conversation(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The whole conversation typed into the page; what it showed after each step."""
    data = tmp_path_factory.mktemp("llm-data")
    cv = tmp_path_factory.mktemp("llm-files") / "quillon-marsh-cv.txt"
    cv.write_text(CV_TEXT, encoding="utf-8")
    # The stub sends a reply's pieces all at once; the page would send them as one update
    # (pieces closer than ui.actions.STREAM_INTERVAL_S), so the interval is off to see them grow.
    with OpenAIStub() as stub, pytest.MonkeyPatch.context() as patch:
        patch.setattr("ui.actions.STREAM_INTERVAL_S", 0.0)
        endpoint = stub_endpoint(stub.base_url, MODEL)
        registry = planner_registry(Settings(data_dir=data, **endpoint))
        with running_app(data, registry, **endpoint) as demo, chromium() as b:
            page = b.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(demo.local_url)
            page.wait_for_selector("#pc-plan")
            got: dict[str, Any] = {"banner": page.inner_text("#pc-banner"), "stub": stub}
            page.evaluate(WATCH_REPLIES)
            got["capacity"] = step(
                page, stub, "I can give 40 hours a week",
                Reply.tool("set_capacity", {"hours_per_week": 40}), Reply.text(CAPACITY_REPLY),
            )  # fmt: skip
            got["seen"] = page.evaluate("() => window.__pcSeen")
            got["stream"] = step(
                page, stub, "My job is my anchor, 30 hours a week",
                Reply.tool("add_stream", ANCHOR),
                # 50 hours is more than the 40 recorded: the rules refuse it.
                Reply.tool("set_allocation", allocation(50)),
                Reply.tool("set_allocation", allocation(30)),
                Reply.text(STREAM_REPLY),
            )  # fmt: skip
            got["failed"] = step(page, stub, "What should I do next?", Reply.error(500))
            stub.push(Reply.tool("audit_cv", {}), Reply.text(CV_REPLY))
            before = len(stub.requests)
            upload_file(page, cv)
            got["cv"] = {**snapshot(page), "requests": stub.requests[before:]}
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "ui-llm-stub.png"), full_page=True)
            page.get_by_text("Your session").click()
            session_id = page.input_value("#pc-session-id textarea, #pc-session-id input")
            got["session"] = demo.planner_actions.registry.get(session_id)
            yield got


def allocation(hours: float) -> dict[str, Any]:
    """The anchor job's allocation at ``hours`` a week and the whole income."""
    return {"stream_id": "anchor-job", "target_hours": hours, "target_income_share": 100}


def test_the_banner_names_the_endpoints_model_and_host(conversation: Any) -> None:
    host = urlparse(conversation["stub"].base_url).netloc
    banner = conversation["banner"]
    assert MODEL in banner and host in banner
    assert "guided" not in banner.lower()


def test_a_tool_call_records_the_capacity_and_the_reply_streams_in(conversation: Any) -> None:
    step = conversation["capacity"]
    assert step["reply"] == CAPACITY_REPLY and step["left"] == 0
    assert [bool(r.get("stream")) for r in step["requests"]] == [True, True]
    assert tool_results(step["requests"][1])[-1]["status"] == "accepted"
    assert re.search(r"Capacity\s+40 h a week", step["panel"])
    assert conversation["session"].plan.capacity.hours_per_week == 40
    # The page showed the answer growing before it was complete.
    partial = [t for t in conversation["seen"] if t and CAPACITY_REPLY.startswith(t.strip())]
    assert CAPACITY_REPLY in {t.strip() for t in partial}
    assert any(len(t.strip()) < len(CAPACITY_REPLY) for t in partial), conversation["seen"]


def test_a_refused_allocation_is_corrected_and_the_panel_shows_the_fix(conversation: Any) -> None:
    step = conversation["stream"]
    assert step["reply"] == STREAM_REPLY and step["left"] == 0
    statuses = [r["status"] for r in tool_results(step["requests"][-1])[-3:]]
    assert statuses == ["accepted", "refused", "accepted"]
    refused = tool_results(step["requests"][-1])[-2]
    assert refused["plan"] == "unchanged" and "PC007" in refused["codes"]
    assert "Findings" in step["panel"]
    assert len(step["streams"]) == 1
    row = step["streams"][0]
    assert "Anchor job" in row and re.search(r"\b30\b", row) and not re.search(r"\b50\b", row)
    assert step["errors"] == 0
    anchor = conversation["session"].plan.streams[0]
    assert (anchor.id, anchor.target_hours) == ("anchor-job", 30)


def test_an_endpoint_failure_is_explained_and_the_plan_is_intact(conversation: Any) -> None:
    step, before = conversation["failed"], conversation["stream"]
    assert len(step["requests"]) == 1 and step["left"] == 0
    assert "HTTP 500" in step["reply"] and "Nothing you recorded is lost" in step["reply"]
    assert "3 accepted changes are saved" in step["reply"]
    assert step["panel"] == before["panel"] and step["streams"] == before["streams"]
    assert len(conversation["session"].events) == 3


def test_the_cv_reaches_the_model_only_as_data_beside_the_plan_summary(conversation: Any) -> None:
    step = conversation["cv"]
    assert step["reply"] == CV_REPLY
    assert len(step["requests"]) == 2 and conversation["stub"].remaining == 0
    for body in step["requests"]:
        system = body["messages"][0]
        assert system["role"] == "system"
        assert "capacity: 40 h/week" in system["content"]
        assert "anchor-job [anchor] 30 h" in system["content"]
        assert "<cv_data>" not in system["content"]
        for phrase in CV_PHRASES:
            assert phrase not in system["content"], phrase
    audit = tool_results(step["requests"][1])[-1]
    assert audit["status"] == "ok"
    assert "<cv_data>" in audit["cv"] and "Brightwater" in audit["cv"]
    assert "Brightwater" not in outside_cv_data(audit["cv"])
    assert audit["cv"].count("</cv_data>") == 1
    proposals = read_data_block(audit["cv"])["proposals"]
    assert {"Python", "SQL"} <= {p["name"] for p in proposals}
    assert conversation["session"].plan.skills == []  # proposals only, nothing added yet


def test_cv_text_reaches_the_model_only_inside_cv_data_blocks(conversation: Any) -> None:
    body = conversation["cv"]["requests"][1]
    rest = outside_cv_data(json.dumps(body["messages"]))
    for phrase in CV_PHRASES:
        assert phrase not in rest, phrase
