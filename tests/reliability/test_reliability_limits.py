"""Plans that would break a session, and command-line inputs that used to end in a traceback.

Every plan read (a file given to a command, an import through the page, JSON text) is held to
the bounds of ``agent.plan.limits``; each refusal names the field and the bound. Every bad
command-line input ends with a message, a fix and exit status 2.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reliability_support import TODAY, final, new_session, plan_at_the_bounds, run, snapshot

from agent.loop import clean_message
from agent.plan import AddSkill, AddStream, PlanError, limits, plan_from_json, plan_to_json
from agent.session import PlannerSession
from agent.tools import build_tools

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "freelance-academic.json"
DIGITS_5000 = "9" * 5000


def _example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text())
    return data


def _raw(path: list[Any], literal: str) -> str:
    """The example plan with the value at ``path`` written as ``literal`` (raw JSON text)."""
    document = _example()
    node: Any = document
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = "__X__"
    return json.dumps(document).replace('"__X__"', literal)


def _many(key: str, count: int) -> str:
    document = _example()
    item = document[key][0] if document.get(key) else {"field": "x"}
    items = []
    for i in range(count):
        copy = dict(item)
        for unique in ("id", "name", "field"):
            if unique in copy:
                copy[unique] = f"{copy[unique]}-{i}"
        items.append(copy)
    document[key] = items
    return json.dumps(document)


def _minimal_streams(count: int) -> str:
    streams = [{"id": f"s{i}", "name": f"S {i}", "role": "seed"} for i in range(count)]
    return json.dumps({**_example(), "streams": streams, "time_blocks": [], "feedback_loops": []})


def _nested(key: str, inner: str, count: int) -> str:
    document = _example()
    document[key][inner] = ["x"] * count
    return json.dumps(document)


TOO_BIG: dict[str, tuple[Callable[[], str], str]] = {
    "5000-streams": (lambda: _minimal_streams(5000), "5,000 streams; a plan holds at most 20"),
    "21-streams": (lambda: _many("streams", 21), "21 streams; a plan holds at most 20"),
    "51-activities": (lambda: _many("activities", 51), "at most 50"),
    "201-skills": (lambda: _many("skills", 201), "201 skills; a plan holds at most 200"),
    "201-time-blocks": (lambda: _many("time_blocks", 201), "201 time blocks"),
    "201-feedback-loops": (lambda: _many("feedback_loops", 201), "201 feedback loops"),
    "101-unknowns": (lambda: _many("unknowns", 101), "101 unknowns; a plan holds at most 100"),
    "31-constraints": (lambda: _nested("capacity", "constraints", 31), "capacity.constraints"),
    "31-review-questions": (lambda: _nested("review", "questions", 31), "at most 30"),
    "10000-item-list-elsewhere": (
        lambda: json.dumps({**_example(), "extra": list(range(10_000))}),
        "10,000 items; a plan holds at most 200",
    ),
    "over-a-megabyte": (
        lambda: json.dumps({**_example(), "pad": "x" * 1_100_000}),
        "more than 1,000,000 bytes",
    ),
}

BAD_TEXT_AND_NUMBERS: dict[str, tuple[Callable[[], str], str]] = {
    "lone-surrogate-in-a-name": (
        lambda: _raw(["streams", 0, "name"], '"Writing \\ud800 and speaking"'),
        "streams.0.name: the text holds a lone surrogate (U+D800)",
    ),
    "low-surrogate-in-a-constraint": (
        lambda: _raw(["capacity", "constraints", 0], '"\\udfff"'),
        "capacity.constraints.0",
    ),
    "control-character-in-a-name": (
        lambda: _raw(["streams", 1, "name"], '"Bell \\u0007 ringer"'),
        "streams.1.name: the text holds a control character (U+0007)",
    ),
    "c1-control-in-teaches": (
        lambda: _raw(["streams", 0, "teaches"], '"next \\u0085 line"'),
        "U+0085",
    ),
    "control-character-in-a-key": (
        lambda: json.dumps({**_example(), "bad\u0000key": 1}),
        "U+0000",
    ),
    "5000-character-name": (
        lambda: _raw(["streams", 0, "name"], json.dumps("n" * 5000)),
        "5,000 characters; text fields hold at most 4,000",
    ),
    "5000-digit-integer": (
        lambda: _raw(["streams", 0, "target_hours"], DIGITS_5000),
        "streams.0.target_hours: a whole number of 5,000 digits; figures have at most 30",
    ),
    "5000-digit-negative-integer": (
        lambda: _raw(["capacity", "cash_buffer"], "-" + DIGITS_5000),
        "capacity.cash_buffer: a whole number of 5,000 digits",
    ),
    "exponent-beyond-a-float": (
        lambda: _raw(["streams", 0, "expected_revenue"], "1e400"),
        "1e400 is too large to be a figure",
    ),
    "number-with-200-characters": (
        lambda: _raw(["streams", 0, "expected_revenue"], "1." + "0" * 198),
        "written with 200 characters",
    ),
    "nested-twenty-levels": (
        lambda: json.dumps({**_example(), "x": json.loads("[" * 20 + "]" * 20)}),
        "nested deeper than a plan ever is",
    ),
}


@pytest.mark.parametrize("case", sorted(TOO_BIG))
def test_a_plan_beyond_a_bound_is_refused_naming_the_bound(case: str) -> None:
    build, expected = TOO_BIG[case]
    with pytest.raises(PlanError) as caught:
        plan_from_json(build())
    assert expected in caught.value.message, caught.value.message
    assert caught.value.fix


@pytest.mark.parametrize("case", sorted(BAD_TEXT_AND_NUMBERS))
def test_bad_text_and_numbers_are_refused_naming_the_field(case: str) -> None:
    build, expected = BAD_TEXT_AND_NUMBERS[case]
    with pytest.raises(PlanError) as caught:
        plan_from_json(build())
    assert expected in caught.value.message, caught.value.message
    assert caught.value.fix


def test_a_plan_at_every_bound_loads_and_the_product_reads_its_own_exports() -> None:
    plan = plan_from_json(json.dumps(plan_at_the_bounds()))
    assert len(plan.streams) == limits.MAX_ITEMS["streams"]
    assert len(plan.time_blocks) == limits.MAX_ITEMS["time_blocks"]
    assert plan_from_json(plan_to_json(plan)) == plan
    for example in sorted((REPO / "examples").glob("*.json")):
        assert plan_from_json(example.read_text()).streams, example
    text = _raw(["streams", 0, "teaches"], '"tabs\\tand\\nline breaks\\r\\nstay"')
    assert "line breaks" in plan_from_json(text).streams[0].teaches


# -- through the page and the session ------------------------------------------------------


def _page(tmp_path: Path) -> tuple[Any, str, PlannerSession]:
    from ui.actions import Actions
    from ui.registry import SessionRegistry

    settings = new_session(tmp_path, seed=False).settings

    def create() -> PlannerSession:
        return new_session(tmp_path, settings=settings)

    def resume(session_id: str) -> PlannerSession:
        return PlannerSession.resume(session_id, settings)

    actions = Actions(SessionRegistry(settings.data_dir, create, resume, ttl_seconds=60))
    session_id = actions.registry.new("tab")
    return actions, session_id, actions.registry.get(session_id)


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("5000-digit-integer", "a whole number of 5,000 digits; figures have at most 30"),
        ("lone-surrogate-in-a-name", "lone surrogate"),
        ("control-character-in-a-name", "control character"),
    ],
)
def test_a_bad_plan_imported_through_the_page_gets_a_clear_message(
    tmp_path: Path, case: str, expected: str
) -> None:
    actions, session_id, session = _page(tmp_path)
    before = snapshot(session)
    path = tmp_path / "plan.json"
    path.write_text(BAD_TEXT_AND_NUMBERS[case][0](), encoding="utf-8")
    view = actions.import_plan(session_id, str(path))
    assert expected in view.status and "Your plan is unchanged" in view.status, view.status
    assert snapshot(session) == before
    # The session goes on working, and resumes, as if the file had never been offered.
    assert final(run(session, "I have 40 hours a week")).data["ok"] is True
    resumed = PlannerSession.resume(session.id, session.settings, today=lambda: TODAY)
    assert resumed.plan == session.plan
    assert resumed.export("json").read_text(encoding="utf-8")


def test_a_5000_stream_plan_imported_through_the_page_is_refused_at_once(tmp_path: Path) -> None:
    actions, session_id, session = _page(tmp_path)
    before = snapshot(session)
    path = tmp_path / "plan.json"
    path.write_text(_minimal_streams(5000), encoding="utf-8")
    view = actions.import_plan(session_id, str(path))
    assert "5,000 streams; a plan holds at most 20" in view.status
    assert snapshot(session) == before


def test_a_change_that_would_cross_a_bound_is_refused_with_op005(tmp_path: Path) -> None:
    session = new_session(tmp_path, seed=False)
    assert session.import_plan(json.dumps(plan_at_the_bounds())).accepted
    before = snapshot(session)
    for operation, why in (
        (AddSkill(name="One skill too many"), "201 skills; a plan holds at most 200"),
        (AddStream(name="Extra", role="seed"), "21 streams; a plan holds at most 20"),
    ):
        outcome = session.apply(operation)
        assert not outcome.accepted
        assert [f.code for f in outcome.findings] == ["OP005"], outcome.findings
        assert why in outcome.findings[0].message
    assert snapshot(session) == before


def test_a_tool_call_with_a_control_character_or_lone_surrogate_changes_nothing(
    tmp_path: Path,
) -> None:
    session = new_session(tmp_path)
    before = snapshot(session)
    tools = {t.name: t for t in build_tools(session, lambda: session.plan)}
    for name in ("Bell\x07 ringer", "Half \ud800 pair"):
        result = json.loads(tools["add_stream"].invoke({"name": name, "role": "seed"}))
        assert result["status"] == "error" and result["plan"] == "unchanged", result
        assert "name: the text holds" in result["errors"][0]
    assert snapshot(session) == before


def test_a_chat_message_loses_lone_surrogates_and_c1_controls_with_a_notice() -> None:
    text, problem, notice = clean_message("forty \ud800hours\x85 a week")
    assert problem is None and text == "forty hours a week"
    assert notice == (
        "Removed 1 control character(s) and 1 character(s) that are not valid text "
        "from your message."
    )


# -- the command line ----------------------------------------------------------------------


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    from agent.cli import main

    status = main(argv)
    return status, capsys.readouterr().err


def _actuals(tmp_path: Path) -> Path:
    path = tmp_path / "actuals.yaml"
    path.write_text("streams: {}\n", encoding="utf-8")
    return path


def _assert_clear(status: int, err: str, *expected: str) -> None:
    assert status == 2, err
    assert "Traceback" not in err and "fix:" in err, err
    for text in expected:
        assert text in err, err


def test_check_on_an_integer_of_5000_digits_exits_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.json"
    path.write_text(_raw(["streams", 0, "target_hours"], DIGITS_5000), encoding="utf-8")
    _assert_clear(*_cli(["check", str(path)], capsys), "5,000 digits", "at most 30 digits")


@pytest.mark.parametrize("command", ["check", "explore"])
def test_check_and_explore_reading_dev_zero_exit_2_at_the_size_cap(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _assert_clear(*_cli([command, "/dev/zero"], capsys), "more than 1,000,000 bytes")


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("nested-10000-flow", "[" * 10_000 + "]" * 10_000, "nested far too deeply"),
        ("nested-10000-maps", "a: " + "{b: " * 10_000 + "1" + "}" * 10_000, "nested far too"),
        ("aliases", "a: &x [1, 2]\nb: [*x, *x]\n", "aliases"),
        ("not-utf8", "\udcff", "not UTF-8"),
    ],
)
def test_review_with_hostile_actuals_exits_2_with_a_message(
    tmp_path: Path, name: str, text: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    status, err = _cli(["review", str(EXAMPLE), "--actuals", str(path)], capsys)
    _assert_clear(status, err, expected)


def test_review_reading_dev_zero_as_actuals_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, err = _cli(["review", str(EXAMPLE), "--actuals", "/dev/zero"], capsys)
    _assert_clear(status, err, "more than 100,000 bytes")


@pytest.mark.parametrize("target", ["missing-folder", "a-directory"])
@pytest.mark.parametrize("command", ["review", "explore"])
def test_out_to_a_missing_folder_or_a_directory_exits_2(
    tmp_path: Path, command: str, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no-such-folder" / "new.json" if target == "missing-folder" else tmp_path
    if command == "review":
        argv = ["review", str(EXAMPLE), "--actuals", str(_actuals(tmp_path)), "--out", str(out)]
    else:
        argv = ["explore", str(EXAMPLE), "--adopt", "1", "--out", str(out)]
    reason = "No such file or directory" if target == "missing-folder" else "Is a directory"
    _assert_clear(*_cli(argv, capsys), f"cannot write {out}: {reason}", "--out")
