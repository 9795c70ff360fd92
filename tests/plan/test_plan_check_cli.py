"""The ``check`` command: exit codes, table and JSON output, unreadable files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from plan_helpers import EXAMPLES

from agent.cli import main

VALID = sorted(EXAMPLES.glob("*.json"))
BROKEN = sorted((EXAMPLES / "broken").glob("*.json"))


def test_there_are_seven_valid_and_many_broken_examples() -> None:
    assert len(VALID) == 7 and len(BROKEN) >= 10


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_example_passes_the_final_check(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(path), "--final"]) == 0
    out = capsys.readouterr().out
    assert "0 error(s)" in out and "resilience" in out and "shock test" in out


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.stem)
def test_broken_example_fails_naming_its_code(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = path.stem.split("-")[0].upper()
    assert main(["check", str(path), "--final", "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    errors = {f["code"] for f in result["findings"] if f["severity"] == "error"}
    assert errors == {code}
    for finding in result["findings"]:
        assert set(finding) == {"code", "severity", "message", "fix", "path"}


def test_draft_check_ignores_final_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(EXAMPLES / "broken" / "pc021-no-core-skill.json")]) == 0
    assert main(["check", str(EXAMPLES / "broken" / "pc007-over-capacity.json")]) == 1
    assert "PC007" in capsys.readouterr().out


def test_today_option_moves_the_review_window(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "tech-worker.json")
    assert main(["check", path, "--final", "--today", "2027-06-01"]) == 1
    assert "PC020" in capsys.readouterr().out


def test_truncated_json_exits_2_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (EXAMPLES / "activist.json").read_text()
    bad = tmp_path / "cut.json"
    bad.write_text(text[:200])
    assert main(["check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "not valid JSON" in err and "fix:" in err


def test_json_that_is_not_a_plan_exits_2_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"schema_version": 1, "streams": [{"name": "x"}], "foo": 1}))
    assert main(["check", str(other)]) == 2
    err = capsys.readouterr().err
    assert "streams.0.id" in err and "streams.0.role" in err and "foo" in err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nope.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_bad_today_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["check", str(VALID[0]), "--today", "tomorrow"])
    assert caught.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_check_prints_the_shared_risk_and_its_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(EXAMPLES / "youth-worker-one-funder.json"), "--final"]) == 0
    out = capsys.readouterr().out
    assert "shared risks: diversification 2.2 / 5" in out and "PC023" in out
    assert "if Westshire council cuts its budget or ends the work" in out
    assert main(["check", str(EXAMPLES / "youth-worker-spread.json"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["diversification"]["value"] == 3.57
    assert [s["factor"]["label"] for s in result["shared_risks"]] == ["further education"]
