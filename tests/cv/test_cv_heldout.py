"""The held-out CV split: it loads, names only taxonomy skills, is reported but not gated."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from evals import cv_eval
from evals.cv.fixtures import FIXTURES
from evals.cv.heldout_texts import HELDOUT_FIXTURES, heldout_fixture
from knowledge.cv.taxonomy import load_taxonomy


def test_heldout_set_loads_eight_new_generated_cvs() -> None:
    cases = cv_eval.load_cases(cv_eval.HELDOUT_PATH)
    names = [case["fixture"] for case in cases]
    assert len(names) == 8 and len(set(names)) == 8
    assert set(names) == {item.name for item in HELDOUT_FIXTURES}
    tuned_professions = {item.profession for item in FIXTURES}
    assert not tuned_professions & {item.profession for item in HELDOUT_FIXTURES}
    assert all(len(case["skills"]) >= 5 for case in cases)


def test_every_heldout_skill_is_a_taxonomy_name() -> None:
    known = {skill.name for skill in load_taxonomy()}
    raw = yaml.safe_load(cv_eval.HELDOUT_PATH.read_text("utf-8"))["cases"]
    listed = {name for case in raw for name in case["skills"] + case.get("absent", [])}
    assert listed and listed <= known, sorted(listed - known)


def test_an_unknown_skill_name_is_refused_with_a_fix(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("cases:\n  - fixture: hr-partner.md\n    skills: [Basket weaving]\n")
    with pytest.raises(ValueError, match=r"Basket weaving.*taxonomy"):
        cv_eval.load_cases(path)


def test_heldout_files_are_built_in_their_formats() -> None:
    magic = {".pdf": b"%PDF", ".docx": b"PK\x03\x04"}
    for item in HELDOUT_FIXTURES:
        data = item.build()
        suffix = Path(item.name).suffix
        if suffix in magic:
            assert data.startswith(magic[suffix]), item.name
        else:
            assert data.strip() and b"\x00" not in data, item.name
    with pytest.raises(UnicodeDecodeError):  # Windows-1252 bytes, as an old word processor saves
        heldout_fixture("social-worker_cp1252.txt").build().decode("utf-8")
    with pytest.raises(KeyError, match=r"hr-partner\.md"):
        heldout_fixture("nope.pdf")


def test_eval_reports_both_splits_and_gates_only_the_tuned_one(tmp_path: Path) -> None:
    report = cv_eval.evaluate(shared_dir=tmp_path)
    heldout = report["heldout"]
    assert set(heldout["cases"]) == {item.name for item in HELDOUT_FIXTURES}
    assert heldout["gated"] is False and "passed" not in heldout
    for split in (report, heldout):
        assert 0.0 <= split["precision"] <= 1.0 and 0.0 <= split["recall"] <= 1.0
    correct = sum(case["correct"] for case in heldout["cases"].values())
    expected = sum(case["expected"] for case in heldout["cases"].values())
    assert heldout["recall"] == round(correct / expected, 3)
    table = cv_eval.render(report)
    assert table.index("PASSED") < table.index("Held-out set") < table.index("fundraiser_plain.txt")
    assert f"Held-out: precision {heldout['precision']:.2f}" in table


def test_poor_heldout_figures_do_not_fail_the_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def poor(embedder: Any = None) -> dict[str, Any]:
        return {"cases": {}, "skipped": [], "precision": 0.1, "recall": 0.05, "forbidden": 2}

    monkeypatch.setattr(cv_eval, "evaluate_heldout", poor)
    monkeypatch.setattr(cv_eval, "load_local_embedder", lambda: None)
    assert cv_eval.run(True) == 0
    reports = json.loads(capsys.readouterr().out)
    assert reports["aliases"]["passed"] is True
    assert reports["aliases"]["heldout"]["recall"] == 0.05
