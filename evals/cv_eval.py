"""Evaluate the CV skill audit: precision and recall of skills against ``evals/cv/expected.yaml``.

``portfolio-planner eval cv [--json]`` calls :func:`run`; tests call :func:`evaluate`.
Thresholds: precision >= 0.80 and recall >= 0.70, micro-averaged over every CV.
"""

from __future__ import annotations

import argparse
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

EXPECTED_PATH = Path(__file__).with_name("cv") / "expected.yaml"
SHARED_CVS = Path(__file__).resolve().parents[2] / "shared" / "cvs"
MIN_PRECISION = 0.80
MIN_RECALL = 0.70


def _cases() -> list[dict[str, Any]]:
    from knowledge.cv.taxonomy import load_taxonomy

    cases: list[dict[str, Any]] = yaml.safe_load(EXPECTED_PATH.read_text("utf-8"))["cases"]
    known = {skill.name for skill in load_taxonomy()}
    for case in cases:
        unknown = set(case["skills"]) - known
        if unknown:
            raise ValueError(f"{EXPECTED_PATH}: {sorted(unknown)} are not taxonomy skill names")
    return cases


def _load(case: dict[str, Any], shared: Path) -> tuple[str, bytes] | None:
    """The case's file name and bytes; None for a shared CV that is not on this machine."""
    from evals.cv.fixtures import fixture

    if "fixture" in case:
        return case["fixture"], fixture(case["fixture"]).build()
    path = shared / case["shared"]
    return (path.name, path.read_bytes()) if path.is_file() else None


def _score(found: set[str], expected: set[str], absent: set[str]) -> dict[str, Any]:
    hits = found & expected
    return {
        "found": len(found),
        "expected": len(expected),
        "correct": len(hits),
        "precision": round(len(hits) / len(found), 3) if found else 0.0,
        "recall": round(len(hits) / len(expected), 3) if expected else 1.0,
        "missed": sorted(expected - found),
        "extra": sorted(found - expected),
        "forbidden": sorted(found & absent),
    }


def evaluate(shared_dir: Path | None = None, embedder: Any = None) -> dict[str, Any]:
    """Audit every case and score it; totals are micro-averaged over all skills."""
    from knowledge.cv import audit_cv

    shared = shared_dir if shared_dir is not None else SHARED_CVS
    results: dict[str, Any] = {}
    skipped: list[str] = []
    for case in _cases():
        loaded = _load(case, shared)
        if loaded is None:
            skipped.append(case["shared"])
            continue
        name, data = loaded
        audit = audit_cv(data, name, embedder=embedder, this_year=2026)
        results[name] = _score(
            set(audit.skill_names()), set(case["skills"]), set(case.get("absent", []))
        )
    return {"cases": results, "skipped": skipped, **_totals(results)}


def _totals(results: dict[str, Any]) -> dict[str, Any]:
    correct = sum(r["correct"] for r in results.values())
    found = sum(r["found"] for r in results.values())
    expected = sum(r["expected"] for r in results.values())
    precision = correct / found if found else 0.0
    recall = correct / expected if expected else 0.0
    forbidden = sum(len(r["forbidden"]) for r in results.values())
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "forbidden": forbidden,
        "passed": precision >= MIN_PRECISION and recall >= MIN_RECALL and forbidden == 0,
    }


def render(report: dict[str, Any]) -> str:
    """The report as a Markdown table."""
    lines = ["| CV | found | expected | precision | recall |", "|---|---:|---:|---:|---:|"]
    for name, r in report["cases"].items():
        scores = f"{r['precision']:.2f} | {r['recall']:.2f}"
        lines.append(f"| {name} | {r['found']} | {r['expected']} | {scores} |")
    lines.append(f"| **all** | | | **{report['precision']:.2f}** | **{report['recall']:.2f}** |")
    lines.append("")
    lines.append(
        f"Thresholds: precision >= {MIN_PRECISION}, recall >= {MIN_RECALL}, no forbidden skill. "
        + ("PASSED" if report["passed"] else "FAILED")
    )
    if report["skipped"]:
        lines.append(f"Skipped (not on this machine): {', '.join(report['skipped'])}")
    return "\n".join(lines)


@lru_cache(maxsize=1)
def load_local_embedder() -> Any:
    """The local sentence model when it is installed, else None (alias matching alone)."""
    from agent.settings import get_settings

    try:
        from knowledge.embeddings import load_embedder

        return load_embedder(get_settings().model_dir)
    except (ImportError, OSError):  # ModelMissingError is a FileNotFoundError
        return None


def run(args: argparse.Namespace | bool = False) -> int:
    """Run the CV evaluation and print it; exit status 0 when the thresholds hold, else 1.

    Aliases alone are always evaluated; with the local model installed, the audit with its
    semantic step is evaluated too, and both must pass. ``args`` is the parsed command line
    (or just the ``--json`` flag).
    """
    json_output = bool(getattr(args, "json", args))
    reports = {"aliases": evaluate()}
    embedder = load_local_embedder()
    if embedder is not None:
        reports["aliases+semantic"] = evaluate(embedder=embedder)
    if json_output:
        print(json.dumps(reports, indent=2))
    else:
        for name, report in reports.items():
            print(f"## CV skills: {name}\n\n{render(report)}\n")
    return 0 if all(report["passed"] for report in reports.values()) else 1


if __name__ == "__main__":
    raise SystemExit(run())
