"""The explore and review commands: options, adoption to a new file, the review's new version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from plan_helpers import EXAMPLES

from agent.cli import main
from agent.plan import check, read_plan

ACTUALS = """
streams:
  retainer-consulting: {hours_per_week: 20, income: 13500}
  research-projects: {hours_per_week: 9, income: 12000}
taught:
  - {from_stream: open-science-community, to_stream: retainer-consulting, what: a client}
"""


def test_explore_prints_ranked_options_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["explore", str(EXAMPLES / "caregiver.json"), "--top", "2", "--json", "--forecast"])
    body = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [c["rank"] for c in body["candidates"]] == [1, 2]
    assert len(body["forecast"]["total"]["expected"]) == 12


def test_explore_adopts_an_option_into_a_new_file(tmp_path: Path) -> None:
    source = EXAMPLES / "union-organiser.json"
    before = source.read_text()
    out = tmp_path / "adopted.json"
    assert main(["explore", str(source), "--adopt", "2", "--out", str(out)]) == 0
    plan = read_plan(out)
    assert [f for f in check(plan, final=True, today=plan.as_of) if f.severity == "error"] == []
    assert source.read_text() == before


def test_explore_without_a_core_skill_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads((EXAMPLES / "tech-worker.json").read_text())
    data["core_skill"] = None
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data))
    assert main(["explore", str(path)]) == 2
    assert "core skill" in capsys.readouterr().err


def test_review_writes_a_new_version_and_lists_the_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    actuals = tmp_path / "actuals.yaml"
    actuals.write_text(ACTUALS)
    out = tmp_path / "q2.json"
    source = str(EXAMPLES / "freelance-academic.json")
    args = ["review", source, "--actuals", str(actuals), "--today", "2027-02-15"]
    assert main([*args, "--out", str(out), "--json"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert "RB004" in body["applied"]
    paths = {c["path"] for c in body["changes"]}
    assert "streams[retainer-consulting].target_hours" in paths
    assert read_plan(out).review.date.isoformat() == "2027-05-10"  # type: ignore[union-attr]
    assert (
        main(
            [
                "review",
                str(out),
                "--actuals",
                str(actuals),
                "--since",
                source,
                "--today",
                "2027-02-15",
            ]
        )
        == 0
    )
    assert "changed since last quarter" in capsys.readouterr().out


def test_review_with_an_unknown_stream_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    actuals = tmp_path / "a.json"
    actuals.write_text(json.dumps({"streams": [{"stream": "podcast", "hours_per_week": 1}]}))
    assert main(["review", str(EXAMPLES / "activist.json"), "--actuals", str(actuals)]) == 2
    assert "podcast" in capsys.readouterr().err
