"""The CV evaluation's thresholds and the ``audit`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.cli import main
from evals import cv_eval
from tests.cv.fixtures import fixture, png_named_pdf


def test_precision_and_recall_meet_the_thresholds() -> None:
    report = cv_eval.evaluate()
    assert report["precision"] >= 0.80, report
    assert report["recall"] >= 0.70, report
    assert report["forbidden"] == 0
    assert len(report["cases"]) >= 9


def test_eval_counts_skipped_shared_cvs(tmp_path: Path) -> None:
    report = cv_eval.evaluate(shared_dir=tmp_path)
    assert len(report["skipped"]) == 6
    assert all(name in report["cases"] for name in ("electrician.txt", "nurse_tables.docx"))


def test_scores_are_computed_not_assumed() -> None:
    score = cv_eval._score({"A", "B", "C", "D"}, {"A", "B", "E"}, {"D"})
    assert (score["precision"], score["recall"]) == (0.5, 0.667)
    assert score["forbidden"] == ["D"] and score["missed"] == ["E"]


def test_render_is_a_markdown_table(tmp_path: Path) -> None:
    table = cv_eval.render(cv_eval.evaluate(shared_dir=tmp_path))
    assert table.startswith("| CV | found |") and "| **all** |" in table
    assert "Skipped (not on this machine)" in table and "PASSED" in table


def test_run_prints_json_and_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert cv_eval.run(True) == 0
    reports = json.loads(capsys.readouterr().out)
    assert reports["aliases"]["passed"] is True
    assert all(report["passed"] for report in reports.values())


def test_audit_command_prints_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cv.docx"
    path.write_bytes(fixture("nurse_tables.docx").build())
    assert main(["audit", str(path), "--no-semantic"]) == 0
    out = capsys.readouterr().out
    assert "Medication administration" in out and "Candidate streams:" in out


def test_audit_command_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes(fixture("electrician.txt").build())
    assert main(["audit", str(path), "--json", "--no-semantic"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "Electrical installation" in [s["name"] for s in data["skills"]]


def test_audit_command_bad_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "photo.pdf"
    path.write_bytes(png_named_pdf())
    assert main(["audit", str(path)]) == 2
    err = capsys.readouterr().err
    assert "PNG" in err and "fix:" in err


def test_audit_command_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "/no/such/cv.pdf"]) == 2
    assert "no file" in capsys.readouterr().err


def test_audit_command_refuses_a_huge_file_before_reading_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "big.pdf"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written
    assert main(["audit", str(path), "--no-semantic"]) == 2
    assert "too large" in capsys.readouterr().err
