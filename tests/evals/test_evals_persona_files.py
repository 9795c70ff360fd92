"""Persona files: a bad file is refused with the file and the field named, and a folder of a
coach's own personas runs through the command, tuning and held-out splits reported apart."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
import yaml

from evals.metrics import RunMetrics, totals
from evals.personas_cli import format_table, run, to_json, verdict_line
from evals.personas_eval import PersonaRun, Report, evaluate
from evals.simulated_user import PERSONA_DIR, PersonaFileError, load_persona, load_personas


class NoGuidance:
    """A guidance store that finds nothing."""

    def search(self, *args: object, **kwargs: object) -> list[object]:
        return []


def _academic() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((PERSONA_DIR / "freelance_academic.yaml").read_text(encoding="utf-8"))


def _write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def test_a_missing_field_names_the_file_and_the_field(tmp_path: Path) -> None:
    data = _academic()
    del data["capacity"]["hours_per_week"]
    path = _write(tmp_path, "coach.yaml", data)
    with pytest.raises(PersonaFileError, match=r"coach\.yaml.*field capacity\.hours_per_week"):
        load_persona(path)


def test_a_bad_realistic_field_names_where_it_is(tmp_path: Path) -> None:
    data = _academic()
    data["realistic"]["noise"]["money"] = "yen"
    with pytest.raises(PersonaFileError, match=r"field realistic\.noise\.money"):
        load_persona(_write(tmp_path, "a.yaml", data))
    data = _academic()
    data["realistic"]["change"]["fact"] = "activity.ward.hours_per_week"
    with pytest.raises(PersonaFileError, match=r"realistic\.change\.fact.*ids are: retainer"):
        load_persona(_write(tmp_path, "b.yaml", data))
    data = _academic()
    data["realistic"]["change"]["to"] = "a lot"
    with pytest.raises(PersonaFileError, match=r"realistic\.change\.to: .*needs a number"):
        load_persona(_write(tmp_path, "c.yaml", data))


def test_broken_yaml_and_empty_folders_are_explained(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("id: [unclosed", encoding="utf-8")
    with pytest.raises(PersonaFileError, match=r"broken\.yaml cannot be read as YAML"):
        load_personas(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(PersonaFileError, match="no persona files"):
        load_personas(empty)


def test_the_command_says_which_file_is_bad(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _academic()
    data["realistic"]["opening"][0]["facts"] = ["capacity.hours"]
    _write(tmp_path, "mine.yaml", data)
    args = argparse.Namespace(personas=tmp_path, mode="realistic", json=False)
    assert run(args) == 2
    err = capsys.readouterr().err
    assert "mine.yaml" in err and "realistic.opening[0].facts[0]" in err and "Traceback" not in err


def test_a_coach_folder_reports_tuning_and_heldout_apart(tmp_path: Path) -> None:
    mine = _academic()
    mine.update(id="coach-own", split="heldout")
    _write(tmp_path, "coach_own.yaml", mine)
    _write(tmp_path, "academic.yaml", _academic())
    personas = load_personas(tmp_path)
    report = evaluate("guided", personas, backend="memory", mode="plain", guidance=NoGuidance())
    assert set(report.splits) == {"tuning", "heldout"}
    assert [r.metrics.persona for r in report.split("heldout")] == ["coach-own"]
    table = format_table(report)
    assert "### tuning (1 personas)" in table and "### heldout (1 personas)" in table
    assert "All personas:" in table
    assert '"heldout"' in to_json(report)


def test_a_dev_persona_is_shown_in_full_beside_tuning(tmp_path: Path) -> None:
    """Dev personas are new people measured once unseen and studied afterwards: their rows
    and exchanges are printed like tuning ones (only held-out ones are hidden)."""
    mine = _academic()
    mine.update(id="coach-dev", split="dev")
    _write(tmp_path, "coach_dev.yaml", mine)
    _write(tmp_path, "academic.yaml", _academic())
    personas = load_personas(tmp_path)
    report = evaluate("guided", personas, backend="memory", mode="plain", guidance=NoGuidance())
    assert list(report.splits) == ["tuning", "dev"]
    assert [r.metrics.persona for r in report.split("dev")] == ["coach-dev"]
    table = format_table(report)
    assert "### dev (1 personas)" in table and "| coach-dev" in table
    assert "coach-dev" in {run["persona"] for run in json.loads(to_json(report))["runs"]}


def _metrics(persona: str, split: str, ok: bool) -> RunMetrics:
    return RunMetrics(persona=persona, final_valid=ok, finalised=ok, facts=[], checks=[],
                      user_turns=5, refused=0, recovered=True, split=split)  # fmt: skip


def test_the_dev_split_is_never_gated() -> None:
    runs = [PersonaRun(_metrics("t", "tuning", True)), PersonaRun(_metrics("d", "dev", False))]
    report = Report("guided", runs, totals([r.metrics for r in runs]))
    assert report.passed and report.gated and set(report.splits) == {"tuning", "dev"}
    held = PersonaRun(_metrics("h", "heldout", False))
    assert not Report("guided", [*runs, held], totals([])).passed
    only_dev = Report("guided", runs[1:], totals([]))
    assert only_dev.passed and not only_dev.gated
    assert "No verdict" in verdict_line(only_dev) and "PASS" not in verdict_line(only_dev)


def test_the_command_runs_only_the_dev_split_and_gives_no_verdict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import evals.personas_eval as module

    monkeypatch.setattr(module, "_open_guidance", lambda settings: NoGuidance())
    mine = _academic()
    mine.update(id="coach-dev", split="dev")
    _write(tmp_path, "coach_dev.yaml", mine)
    _write(tmp_path, "academic.yaml", _academic())
    args = argparse.Namespace(personas=tmp_path, json=False, split=["dev"], show_heldout=False)
    assert run(args) == 0
    out = capsys.readouterr().out
    assert "### dev (1 personas)" in out and "### tuning" not in out and "No verdict" in out


def test_a_split_other_than_tuning_dev_or_heldout_is_refused(tmp_path: Path) -> None:
    data = _academic()
    data["split"] = "blind"
    with pytest.raises(PersonaFileError, match=r"field split"):
        load_persona(_write(tmp_path, "blind.yaml", data))
