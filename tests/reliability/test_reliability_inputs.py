"""Bad inputs of every kind end in a clear message, and nothing a person recorded is lost.

Each case runs against a stored session that already holds accepted changes, and compares the
session's event log (read back from SQLite) and plan before and after the bad input.
"""

from __future__ import annotations

import io
import json
import math
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reliability_support import (
    final,
    new_session,
    run,
    says_how_to_fix,
    snapshot,
    tool_results,
)

from agent.plan import PlanError, plan_from_json, plan_to_json
from tests.cv.fixtures import (
    circular_pdf,
    decompression_bomb_pdf,
    docx_file,
    encrypted_pdf,
    fixture,
    huge_file,
    image_only_pdf,
    png_named_pdf,
    zip_bomb_docx,
)
from tests.support.scripted import ScriptedModel, bad_call, call, calls, say

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "tech-worker.json"


# -- files --------------------------------------------------------------------------------


def _truncated_pdf() -> bytes:
    data = fixture("marketing-manager_3-pages.pdf").build()
    return data[: len(data) // 3]


def _zip_not_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("readme.txt", "not a word file")
    return buffer.getvalue()


BAD_FILES: dict[str, tuple[Callable[[], bytes], str]] = {
    "corrupt-truncated-pdf": (_truncated_pdf, "cv.pdf"),
    "corrupt-garbage-after-header": (lambda: b"%PDF-1.7\n" + b"garbage " * 200, "cv.pdf"),
    "corrupt-circular-page-tree": (circular_pdf, "cv.pdf"),
    "encrypted-pdf": (encrypted_pdf, "cv.pdf"),
    "zip-bomb-docx": (lambda: zip_bomb_docx(40), "cv.docx"),
    "decompression-bomb-pdf": (lambda: decompression_bomb_pdf(80), "cv.pdf"),
    "huge-50mb": (lambda: huge_file(50), "cv.pdf"),
    "empty": (lambda: b"", "cv.txt"),
    "blank": (lambda: b" \n\t \n", "cv.txt"),
    "png-named-pdf": (png_named_pdf, "cv.pdf"),
    "old-word-doc": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "cv.doc"),
    "binary-noise": (lambda: bytes(range(256)) * 8, "cv.txt"),
    "zip-not-docx": (_zip_not_docx, "cv.docx"),
    "image-only-pdf": (image_only_pdf, "cv.pdf"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_cv_file_is_refused_clearly_and_nothing_is_lost(tmp_path: Path, case: str) -> None:
    build, name = BAD_FILES[case]
    session = new_session(tmp_path)
    before = snapshot(session)
    result = session.upload_cv(build(), name)
    assert result["status"] == "error"
    message = " ".join(result["errors"]) + " " + str(result.get("fix", ""))
    assert says_how_to_fix(message), message
    assert "Traceback" not in message and len(message) < 600
    assert session.cv_audit()["status"] == "error"  # no half-read CV is kept
    assert snapshot(session) == before


def test_a_ten_thousand_character_filename_is_harmless(tmp_path: Path) -> None:
    session = new_session(tmp_path)
    before = snapshot(session)
    data = docx_file(["Ada Example", "Skills: Python, SQL, facilitation"])
    result = session.upload_cv(data, "x" * 10_000 + ".docx")
    assert result["status"] == "ok"
    assert "Python" in result["audit"]
    assert snapshot(session) == before  # a CV proposes skills; it records none by itself


# -- plan JSON ----------------------------------------------------------------------------


def _example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text())
    return data


def _with(path: list[Any], value: Any) -> str:
    document = _example()
    node: Any = document
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return json.dumps(document)


def _text_with_constant(path: list[Any], constant: str) -> str:
    return _with(path, "__X__").replace('"__X__"', constant)


BAD_PLANS: dict[str, tuple[Callable[[], str | bytes], str]] = {
    "malformed-truncated": (lambda: EXAMPLE.read_text()[:200], "not valid JSON"),
    "empty-file": (lambda: "", "not valid JSON"),
    "not-utf8": (lambda: b"\xff\xfe\x00garbage", "not"),
    "not-an-object": (lambda: "[1, 2, 3]", "expected a JSON object"),
    "wrong-type-hours": (
        lambda: _with(["capacity", "hours_per_week"], "forty"),
        "capacity.hours_per_week",
    ),
    "wrong-type-streams": (lambda: _with(["streams"], {"a": 1}), "streams"),
    "negative-capacity": (lambda: _with(["capacity", "hours_per_week"], -5), "greater than"),
    "huge-capacity": (lambda: _with(["capacity", "hours_per_week"], 1e9), "less than"),
    "huge-integer": (lambda: _with(["streams", 0, "target_hours"], 10**400), "target_hours"),
    "nan-hours": (lambda: _text_with_constant(["streams", 0, "target_hours"], "NaN"), "NaN"),
    "infinite-revenue": (
        lambda: _text_with_constant(["streams", 0, "expected_revenue"], "Infinity"),
        "Infinity",
    ),
    "nan-revenue": (lambda: _text_with_constant(["activities", 0, "annual_revenue"], "NaN"), "NaN"),
    "unknown-field": (lambda: _with(["streams", 0, "boss"], "me"), "boss"),
    "old-schema-version": (lambda: _with(["schema_version"], 0), "schema_version 0"),
    "newer-schema-version": (lambda: _with(["schema_version"], 99), "newer"),
    "missing-schema-version": (
        lambda: json.dumps({k: v for k, v in _example().items() if k != "schema_version"}),
        "schema_version",
    ),
    "deeply-nested-arrays": (
        lambda: '{"schema_version": 1, "streams": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "nested",
    ),
    "deeply-nested-objects": (
        lambda: '{"schema_version": 1, "x": ' + '{"a": ' * 50_000 + "1" + "}" * 50_000 + "}",
        "nested",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_PLANS))
def test_a_bad_plan_file_is_refused_with_field_and_fix(case: str) -> None:
    build, expected = BAD_PLANS[case]
    with pytest.raises(PlanError) as caught:
        plan_from_json(build())
    message = str(caught.value)
    assert expected.lower() in message.lower(), message
    assert caught.value.fix and len(message) < 1200


@pytest.mark.parametrize("case", ["nan-hours", "deeply-nested-arrays", "unknown-field"])
def test_the_check_command_reports_a_bad_plan_file_and_exits_2(
    tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from agent.cli import main

    path = tmp_path / "plan.json"
    text = BAD_PLANS[case][0]()
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    before = path.read_bytes()
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()
    assert path.read_bytes() == before


def test_a_good_plan_still_loads_after_the_hardening() -> None:
    plan = plan_from_json(EXAMPLE.read_text())
    assert plan_from_json(plan_to_json(plan)) == plan
    assert all(math.isfinite(s.target_hours) for s in plan.streams)


# -- chat messages ------------------------------------------------------------------------

REFUSED_MESSAGES: dict[str, tuple[Any, str]] = {
    "100-kb-message": ("forty hours " * 8600, "limit is 4,000"),
    "only-whitespace": (" \n\t  \u00a0 ", "empty"),
    "empty": ("", "empty"),
    "only-control-characters": ("\x00\x01\x02\x1b\x7f", "empty"),
    "not-text": (None, "must be text"),
}


@pytest.mark.parametrize("case", sorted(REFUSED_MESSAGES))
def test_a_refused_chat_message_says_why_and_changes_nothing(tmp_path: Path, case: str) -> None:
    message, expected = REFUSED_MESSAGES[case]
    session = new_session(tmp_path)
    before = snapshot(session)
    events = run(session, message)
    assert [e.kind for e in events] == ["error", "final"]
    assert expected in final(events).text and final(events).data == {"ok": False}
    assert says_how_to_fix(final(events).text)
    assert snapshot(session) == before
    assert session.history == []  # a refused message is not stored either


ODD_MESSAGES: dict[str, str] = {
    "control-characters-inside": "I have\x00 40\x1b hours\x07 a week",
    "rtl-arabic": "لدي أربعون ساعة في الأسبوع",
    "rtl-hebrew-with-override": "\u202eאני עובד ארבעים שעות\u202c",
    "emoji-only": "🙂🚀🔥👩‍👩‍👧‍👦",
    "zero-width-and-combining": "f\u200bo\u200do\u0301\u0336 bar",
}


@pytest.mark.parametrize("case", sorted(ODD_MESSAGES))
def test_odd_but_valid_text_gets_an_answer_and_loses_nothing(tmp_path: Path, case: str) -> None:
    session = new_session(tmp_path)  # the offline guided interviewer answers
    before = snapshot(session)
    events = run(session, ODD_MESSAGES[case])
    reply = final(events)
    assert reply.data["ok"] is True and reply.text.strip()
    if case == "control-characters-inside":
        notice = next(e for e in events if e.kind == "notice")
        assert "control character" in notice.text
    after = snapshot(session)
    # Earlier events are kept exactly; an answer the interviewer understood may add new ones.
    assert json.loads(after.events)[: len(json.loads(before.events))] == json.loads(before.events)
    assert session.history[-2]["role"] == "user"


def test_a_long_message_through_the_page_is_refused_not_cut(tmp_path: Path) -> None:
    from ui.actions import Actions
    from ui.registry import SessionRegistry

    session = new_session(tmp_path)
    registry = SessionRegistry(
        tmp_path / "data", lambda: session, lambda sid: session, ttl_seconds=60
    )
    actions = Actions(registry)
    sid = registry.new("tab")
    before = snapshot(session)
    views = list(actions.turn(sid, "I give 30 hours a week. " + "x" * 100_000))
    assert "limit is 4,000" in views[-1].status  # the last view is what stays on the page
    assert not any("x" * 100 in m["content"] for m in views[-1].chat)
    assert snapshot(session) == before


# -- tool arguments from a model ----------------------------------------------------------

BAD_TOOL_CALLS: dict[str, tuple[Any, str]] = {
    "out-of-range-hours": (call("set_capacity", hours_per_week=500), "error"),
    "negative-hours": (call("set_capacity", hours_per_week=-3), "error"),
    "nan-hours": (call("set_capacity", hours_per_week=float("nan")), "error"),
    "missing-required-role": (calls(("add_stream", {"name": "Consulting"})), "error"),
    "extra-field": (call("set_context", context="tech", secret="x"), "error"),
    "wrong-type": (call("set_capacity", hours_per_week="lots"), "error"),
    "unknown-enum": (calls(("add_stream", {"name": "Boss", "role": "boss"})), "error"),
    "unknown-stream-id": (
        call("set_allocation", stream_id="no-such-stream", target_hours=5, target_income_share=5),
        "refused",
    ),
    "unknown-stream-in-loop": (
        call("add_feedback_loop", from_stream="day-job", to_stream="ghost", kind="funds"),
        "refused",
    ),
    "bad-clock-time": (
        call("add_time_block", stream_id="day-job", weekday="monday", start="25:00", end="26:00"),
        "error",
    ),
    "block-ends-before-it-starts": (
        call("add_time_block", stream_id="day-job", weekday="monday", start="17:00", end="09:00"),
        "refused",
    ),
    "share-over-100": (
        call("set_allocation", stream_id="day-job", target_hours=30, target_income_share=250),
        "error",
    ),
    "export-unknown-format": (call("export_plan", format="exe"), "error"),
    "search-empty-query": (call("search_guidance", query=""), "error"),
}


@pytest.mark.parametrize("case", sorted(BAD_TOOL_CALLS))
def test_bad_tool_arguments_are_answered_and_change_nothing(tmp_path: Path, case: str) -> None:
    step, status = BAD_TOOL_CALLS[case]
    model = ScriptedModel([step, say("I could not do that; let us try again.")])
    session = new_session(tmp_path, model=model)
    before = snapshot(session)
    events = run(session, "please do it")
    results = tool_results(events)
    assert len(results) == 1 and results[0]["status"] == status, results
    assert results[0].get("plan") == "unchanged"
    detail = json.dumps(results[0])
    assert "fix" in detail
    assert final(events).data["ok"] is True
    assert snapshot(session) == before
    model.assert_done()


def test_arguments_that_are_not_json_and_unknown_tools_run_nothing(tmp_path: Path) -> None:
    steps = [
        bad_call("set_capacity", '{"hours_per_week": 4'),
        call("drop_database", everything=True),
        say("Sorry, say that again?"),
    ]
    model = ScriptedModel(steps)
    session = new_session(tmp_path, model=model)
    before = snapshot(session)
    events = run(session, "40 hours")
    repairs = [e for e in events if e.kind == "repair"]
    assert len(repairs) == 2
    assert "not a JSON object" in json.dumps(repairs[0].data)
    assert "no tool named 'drop_database'" in json.dumps(repairs[1].data)
    assert final(events).text == "Sorry, say that again?"
    assert snapshot(session) == before
