"""Evaluate the CV skill audit: precision and recall of skills found in CVs with known skills.

Three splits. The *tuned* set (``evals/cv/expected.yaml``) is the one the taxonomy was tuned on,
so its figures are optimistic; it carries the pass/fail thresholds (precision >= 0.80 and
recall >= 0.70, micro-averaged over every CV, no forbidden skill). The *held-out* set
(``evals/cv/heldout.yaml``, CVs in ``evals/cv/heldout_texts.py``) was written without looking
at the taxonomy's aliases and is never tuned on; its figures are reported beside the tuned
ones, not gated, as the honest estimate for an unseen CV. The *dev* set
(``evals/cv/dev.yaml``, CVs in ``evals/cv/dev_texts.py``) is written in everyday wording and is
where the semantic matcher's paraphrase prototypes and thresholds are tuned; it is reported, not
gated, and its figures are optimistic for the same reason as the tuned set's.

``portfolio-planner eval cv [--json]`` calls :func:`run`; tests call :func:`evaluate`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

EXPECTED_PATH = Path(__file__).with_name("cv") / "expected.yaml"
HELDOUT_PATH = Path(__file__).with_name("cv") / "heldout.yaml"
DEV_PATH = Path(__file__).with_name("cv") / "dev.yaml"
SHARED_CVS = Path(__file__).resolve().parents[2] / "shared" / "cvs"
MIN_PRECISION = 0.80
MIN_RECALL = 0.70


def load_cases(path: Path = EXPECTED_PATH) -> list[dict[str, Any]]:
    """The cases in one split's YAML file; every skill name must be a taxonomy skill."""
    from knowledge.cv.taxonomy import load_taxonomy

    cases: list[dict[str, Any]] = yaml.safe_load(path.read_text("utf-8"))["cases"]
    known = {skill.name for skill in load_taxonomy()}
    for case in cases:
        unknown = (set(case["skills"]) | set(case.get("absent", []))) - known
        if unknown:
            raise ValueError(
                f"{path}: {sorted(unknown)} are not taxonomy skill names; use the names "
                "printed by load_taxonomy() or add the skill to knowledge/cv/taxonomy.yaml"
            )
    return cases


def _cases() -> list[dict[str, Any]]:
    return load_cases(EXPECTED_PATH)


def _load(
    case: dict[str, Any], shared: Path, lookup: Callable[[str], Any] | None = None
) -> tuple[str, bytes] | None:
    """The case's file name and bytes; None for a shared CV that is not on this machine."""
    if "fixture" in case:
        from evals.cv.fixtures import fixture

        find = lookup if lookup is not None else fixture
        return case["fixture"], find(case["fixture"]).build()
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


def _evaluate_split(
    cases: list[dict[str, Any]],
    shared: Path,
    embedder: Any,
    lookup: Callable[[str], Any] | None = None,
) -> dict[str, Any]:
    """Audit every case of one split and score it; totals are micro-averaged over all skills."""
    from knowledge.cv import audit_cv

    results: dict[str, Any] = {}
    skipped: list[str] = []
    for case in cases:
        loaded = _load(case, shared, lookup)
        if loaded is None:
            skipped.append(case["shared"])
            continue
        name, data = loaded
        audit = audit_cv(data, name, embedder=embedder, this_year=2026)
        results[name] = _score(
            set(audit.skill_names()), set(case["skills"]), set(case.get("absent", []))
        )
    return {"cases": results, "skipped": skipped, **_micro(results)}


def evaluate_heldout(embedder: Any = None) -> dict[str, Any]:
    """Score the held-out split; reported, never gated (``gated`` is False, no ``passed``)."""
    from evals.cv.heldout_texts import heldout_fixture

    cases = load_cases(HELDOUT_PATH)
    return {**_evaluate_split(cases, SHARED_CVS, embedder, heldout_fixture), "gated": False}


def evaluate_dev(embedder: Any = None) -> dict[str, Any]:
    """Score the development split (tuned on, everyday wording); reported, never gated."""
    from evals.cv.dev_texts import dev_fixture

    cases = load_cases(DEV_PATH)
    return {**_evaluate_split(cases, SHARED_CVS, embedder, dev_fixture), "gated": False}


def evaluate(
    shared_dir: Path | None = None,
    embedder: Any = None,
    heldout: bool = True,
    dev: bool = True,
) -> dict[str, Any]:
    """Score the tuned split (top-level keys and ``passed``), the ``dev`` and ``heldout`` ones.

    The thresholds apply to the tuned split only; the dev and held-out reports sit beside it so
    the honest figure is always printed with the optimistic ones.
    """
    shared = shared_dir if shared_dir is not None else SHARED_CVS
    report = _evaluate_split(_cases(), shared, embedder)
    report["passed"] = (
        report["precision"] >= MIN_PRECISION
        and report["recall"] >= MIN_RECALL
        and report["forbidden"] == 0
    )
    if dev:
        report["dev"] = evaluate_dev(embedder)
    if heldout:
        report["heldout"] = evaluate_heldout(embedder)
    return report


def _micro(results: dict[str, Any]) -> dict[str, Any]:
    correct = sum(r["correct"] for r in results.values())
    found = sum(r["found"] for r in results.values())
    expected = sum(r["expected"] for r in results.values())
    return {
        "precision": round(correct / found, 3) if found else 0.0,
        "recall": round(correct / expected, 3) if expected else 0.0,
        "forbidden": sum(len(r["forbidden"]) for r in results.values()),
    }


def _table(report: dict[str, Any]) -> list[str]:
    lines = ["| CV | found | expected | precision | recall |", "|---|---:|---:|---:|---:|"]
    for name, r in report["cases"].items():
        scores = f"{r['precision']:.2f} | {r['recall']:.2f}"
        lines.append(f"| {name} | {r['found']} | {r['expected']} | {scores} |")
    lines.append(f"| **all** | | | **{report['precision']:.2f}** | **{report['recall']:.2f}** |")
    return lines


def render(report: dict[str, Any]) -> str:
    """The report as Markdown: the tuned split's table and verdict, then the held-out table."""
    lines = _table(report)
    lines.append("")
    lines.append(
        f"Tuned set. Thresholds: precision >= {MIN_PRECISION}, recall >= {MIN_RECALL}, "
        "no forbidden skill. " + ("PASSED" if report["passed"] else "FAILED")
    )
    if report["skipped"]:
        lines.append(f"Skipped (not on this machine): {', '.join(report['skipped'])}")
    dev = report.get("dev")
    if dev is not None:
        lines += ["", "Dev set (everyday wording, tuned on; reported, not gated):", ""]
        lines += _table(dev)
    heldout = report.get("heldout")
    if heldout is not None:
        lines += ["", "Held-out set (never tuned on; reported, not gated):", ""]
        lines += _table(heldout)
    lines += ["", _summary(report)]
    return "\n".join(lines)


def _summary(report: dict[str, Any]) -> str:
    """One line with every split's micro-averaged precision and recall."""
    parts = [f"Tuned: precision {report['precision']:.2f}, recall {report['recall']:.2f}."]
    for key, label in (("dev", "Dev"), ("heldout", "Held-out")):
        split = report.get(key)
        if split is not None:
            parts.append(
                f"{label}: precision {split['precision']:.2f}, recall {split['recall']:.2f}"
                f"{_forbidden_note(split)}."
            )
    return " ".join(parts)


def _forbidden_note(report: dict[str, Any]) -> str:
    count = report["forbidden"]
    return f", {count} forbidden skill(s) reported" if count else ""


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
    semantic step is evaluated too, and both must pass on the tuned set. Each report carries
    its held-out split under ``heldout`` (printed beside it, not gated). ``args`` is the parsed
    command line (or just the ``--json`` flag).
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
