"""Evaluate the CV skill audit: precision and recall against what a careful reader lists.

Three splits, scored by one rule (``evals/cv/scoring.py``):

- **tuning** (``evals/cv/tuning.yaml``): generated CVs and the real CVs in ``../shared/cvs/``;
  the taxonomy's aliases were written with these in view, so its figures measure memory more
  than reading. Reported with its misses and false positives, never the headline.
- **dev** (``evals/cv/dev.yaml``): CVs in everyday wording, 17 of them with lists a careful
  reader wrote before any audit ran; rules and thresholds are chosen here. Reported with its
  misses and false positives, and totals for each kind of list.
- **blind** (``evals/cv/blind/batch-*/``, the held-out shape): fictional CVs and lists written
  without sight of the taxonomy or the audit, measured once as they came (an out-of-sample
  figure), then studied like dev. Reported with totals for each batch and its lists.
  ``batch-0`` is the first held-out set, retired there once it had been scored many times.
- **held-out** (``evals/cv/heldout/``, the shape in its ``cases.yaml``): CVs written by someone
  who has not read the taxonomy, never used to add aliases or rules. Reported as totals only
  (per-case lists only with ``--show-heldout``), and the only split that gates:
  precision >= ``HELDOUT_MIN_PRECISION`` and recall >= ``HELDOUT_MIN_RECALL`` (just below the
  figures last measured there; the target is ``TARGET_PRECISION`` and ``TARGET_RECALL``).

``portfolio-planner eval cv [--json] [--show-heldout] [--split NAME ...]`` calls :func:`run`;
``--split`` scores only the splits named (no verdict without ``heldout``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import tempfile
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from evals.cv.scoring import expected_skill, score

CV_DIR = Path(__file__).with_name("cv")
TUNING_PATH = CV_DIR / "tuning.yaml"
DEV_PATH = CV_DIR / "dev.yaml"
HELDOUT_DIR = CV_DIR / "heldout"
BLIND_DIR = CV_DIR / "blind"


def _shared_cvs() -> Path:
    """``shared/cvs`` beside the repository (or beside the folder of its work trees)."""
    for parent in Path(__file__).resolve().parents[2:4]:
        if (parent / "shared" / "cvs").is_dir():
            return parent / "shared" / "cvs"
    return Path(__file__).resolve().parents[2] / "shared" / "cvs"


SHARED_CVS = _shared_cvs()
#: The target on the held-out split: what a careful reader's list needs.
TARGET_PRECISION = 0.85
TARGET_RECALL = 0.70
#: The gate on the held-out split (the only gated split): a floor just below the figures
#: measured on the second held-out set (precision 0.731, recall 0.710 on 22 CVs; the names
#: reported do not depend on the local model, so neither do they), so a change that reads unseen
#: CVs worse fails. It is not the target, which the audit does not reach on unseen CVs yet
#: (docs/evals.md). Raise it as the audit improves, by working on the tuning, dev and blind
#: splits only.
HELDOUT_MIN_PRECISION = 0.74
HELDOUT_MIN_RECALL = 0.71
SPLITS = ("tuning", "dev", "blind", "heldout")

Loaded = tuple[str, bytes]


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The cases of one split's YAML file, each skill as ``Expected``; refuses a bad entry."""
    cases: list[dict[str, Any]] = yaml.safe_load(path.read_text("utf-8"))["cases"]
    for case in cases:
        try:
            case["expected"] = [expected_skill(raw) for raw in case.get("skills") or []]
        except ValueError as exc:
            raise ValueError(
                f"{path}: {exc}; write each skill as a name or {{name, also}}"
            ) from exc
        case["absent"] = [str(name) for name in case.get("absent") or []]
    return cases


def _fixture_bytes(
    case: dict[str, Any], shared: Path, lookup: Callable[[str], Any]
) -> Loaded | None:
    """The case's file name and bytes; None for a shared CV that is not on this machine."""
    if "text" in case and "layout" in case:
        from evals.cv.dev_readers import build

        return case["fixture"], build(case["text"], case["layout"])
    if "fixture" in case:
        return case["fixture"], lookup(case["fixture"]).build()
    path = shared / case["shared"]
    return (path.name, path.read_bytes()) if path.is_file() else None


def _lookup(split: str) -> Callable[[str], Any]:
    from evals.cv.dev_professions import profession_fixture
    from evals.cv.dev_texts import dev_fixture
    from evals.cv.fixtures import fixture

    if split == "tuning":
        return fixture

    def dev(name: str) -> Any:
        try:
            return dev_fixture(name)
        except KeyError:
            return profession_fixture(name)

    return dev


def _evaluate_files(
    cases: list[dict[str, Any]], files: Callable[[dict[str, Any]], Loaded | None], embedder: Any
) -> dict[str, Any]:
    """Audit every case and score it; totals are micro-averaged over all skills."""
    from knowledge.cv import audit_cv

    results: dict[str, Any] = {}
    skipped: list[str] = []
    for case in cases:
        loaded = files(case)
        if loaded is None:
            skipped.append(str(case.get("shared") or case.get("fixture")))
            continue
        name, data = loaded
        audit = audit_cv(data, name, embedder=embedder, this_year=2026)
        results[name] = score(audit.skill_names(), case["expected"], case["absent"])
    return {"cases": results, "skipped": skipped, **_micro(results)}


def evaluate_split(
    split: str,
    embedder: Any = None,
    shared_dir: Path | None = None,
    heldout_dir: Path = HELDOUT_DIR,
) -> dict[str, Any]:
    """Score one split (``tuning``, ``dev``, ``blind`` or ``heldout``)."""
    shared = shared_dir if shared_dir is not None else SHARED_CVS
    if split == "heldout":
        return evaluate_heldout(embedder, heldout_dir)
    if split == "blind":
        return evaluate_blind(embedder)
    path = TUNING_PATH if split == "tuning" else DEV_PATH
    lookup = _lookup(split)
    cases = load_cases(path)
    report = _evaluate_files(cases, lambda c: _fixture_bytes(c, shared, lookup), embedder)
    if split == "dev":
        report["subsets"] = _subsets(cases, report["cases"])
    return report


#: How each dev case's list was written (``lists`` in ``dev.yaml``).
LISTS = {
    "taxonomy": "lists first written with the taxonomy's names",
    "reader": "lists a careful reader wrote in plain words before any audit ran",
}


def _subsets(cases: list[dict[str, Any]], results: dict[str, Any]) -> dict[str, Any]:
    """Totals for the dev cases of each kind of list."""
    out: dict[str, Any] = {}
    for kind, label in LISTS.items():
        names = {str(c["fixture"]) for c in cases if c.get("lists", "taxonomy") == kind}
        chosen = {name: result for name, result in results.items() if name in names}
        out[label] = {"cvs": len(chosen), **_micro(chosen)}
    return out


def evaluate_heldout(embedder: Any = None, folder: Path = HELDOUT_DIR) -> dict[str, Any]:
    """Score the held-out split in ``folder`` (``cases.yaml``, ``texts/``, ``build.py``).

    Returns ``{"present": False}`` when the folder has no ``cases.yaml`` yet.
    """
    cases_path = folder / "cases.yaml"
    if not cases_path.is_file():
        return {"present": False, "cases": {}, "skipped": [], **_micro({})}
    cases = load_cases(cases_path)
    with tempfile.TemporaryDirectory(prefix="cv-heldout-") as out:
        built = _build_heldout(folder, Path(out))

        def files(case: dict[str, Any]) -> Loaded:
            name = str(case["fixture"])
            path = built.get(name) or _text_path(folder, case)
            return name, path.read_bytes()

        report = _evaluate_files(cases, files, embedder)
    return {"present": True, **report}


def evaluate_blind(embedder: Any = None, folder: Path = BLIND_DIR) -> dict[str, Any]:
    """Score every blind batch in ``folder`` (``batch-*/cases.yaml`` and ``texts/``).

    Cases are named ``<batch>/<fixture>``; ``subsets`` holds each batch's totals.
    """
    from evals.cv.blind.build import build_all

    batches = sorted(path.parent for path in folder.glob("batch-*/cases.yaml"))
    results: dict[str, Any] = {}
    subsets: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="cv-blind-") as out:
        for batch in batches:
            built = build_all(batch, Path(out) / batch.name)
            cases = load_cases(batch / "cases.yaml")

            def files(case: dict[str, Any], built: dict[str, Path] = built) -> Loaded:
                name = str(case["fixture"])
                return name, built[name].read_bytes()

            report = _evaluate_files(cases, files, embedder)
            subsets[batch.name] = {"cvs": len(report["cases"]), **_micro(report["cases"])}
            results.update({f"{batch.name}/{k}": v for k, v in report["cases"].items()})
    return {"cases": results, "skipped": [], "subsets": subsets, **_micro(results)}


def _build_heldout(folder: Path, out: Path) -> dict[str, Path]:
    """The builder's files: ``build_all(out_dir) -> {fixture name: path}`` from ``build.py``."""
    builder = folder / "build.py"
    if not builder.is_file():
        return {}
    spec = importlib.util.spec_from_file_location("cv_heldout_build", builder)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {builder}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {str(name): Path(path) for name, path in module.build_all(out).items()}


def _text_path(folder: Path, case: dict[str, Any]) -> Path:
    for candidate in (
        folder / "texts" / str(case["fixture"]),
        folder / "texts" / str(case.get("text")),
    ):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        f"held-out case {case['fixture']!r}: build.py made no such file and texts/ has none"
    )


def evaluate(
    embedder: Any = None,
    shared_dir: Path | None = None,
    heldout_dir: Path = HELDOUT_DIR,
    splits: Sequence[str] = SPLITS,
) -> dict[str, Any]:
    """Every split's report, and ``passed``: the held-out gate (True while there is none).

    ``heldout_dir`` is where the held-out set lives; a folder without one leaves it out.
    ``splits`` limits the splits scored; the others are reported as absent (no verdict).
    """
    report: dict[str, Any] = {
        split: evaluate_split(split, embedder, shared_dir, heldout_dir)
        if split in splits
        else {"present": False, "asked": False, "cases": {}, "skipped": [], **_micro({})}
        for split in SPLITS
    }
    heldout = report["heldout"]
    report["passed"] = not heldout["present"] or (
        heldout["precision"] >= HELDOUT_MIN_PRECISION and heldout["recall"] >= HELDOUT_MIN_RECALL
    )
    return report


def _micro(results: dict[str, Any]) -> dict[str, Any]:
    correct = sum(r["correct"] for r in results.values())
    matched = sum(r["matched"] for r in results.values())
    found = sum(r["found"] for r in results.values())
    expected = sum(r["expected"] for r in results.values())
    return {
        "found": found,
        "expected": expected,
        "correct": correct,
        "matched": matched,
        "precision": round(correct / found, 3) if found else 0.0,
        "recall": round(matched / expected, 3) if expected else 0.0,
        "forbidden": sum(len(r["forbidden"]) for r in results.values()),
    }


def _table(report: dict[str, Any], lists: bool) -> list[str]:
    lines = [
        _HEAD.replace("split", "CV"),
        _RULE,
    ]
    for name, r in report["cases"].items():
        lines.append(
            f"| {name} | {r['found']} | {r['correct']} | {r['expected']} | {r['matched']} | "
            f"{r['precision']:.2f} | {r['recall']:.2f} |"
        )
    lines.append(_total_row(report))
    if lists:
        for name, r in report["cases"].items():
            if r["missed"] or r["extra"] or r["forbidden"]:
                forbidden = f"; FORBIDDEN {r['forbidden']}" if r["forbidden"] else ""
                lines.append(
                    f"- {name}: missed {r['missed']}; false positives {r['extra']}{forbidden}"
                )
    return lines


#: Reported skills and those naming an expected one; expected skills and those found.
_HEAD = "| split | reported | correct | expected | found | precision | recall |"
_RULE = "|---|---:|---:|---:|---:|---:|---:|"


def _total_row(report: dict[str, Any]) -> str:
    return (
        f"| **all** | {report['found']} | {report['correct']} | {report['expected']} | "
        f"{report['matched']} | "
        f"**{report['precision']:.2f}** | **{report['recall']:.2f}** |"
    )


def render(report: dict[str, Any], show_heldout: bool = False, show_failures: bool = False) -> str:
    """The report as Markdown: the held-out verdict first, then the blind batches, dev and
    tuning, each CV's counts and, with ``show_failures``, its misses and false positives."""
    heldout = report["heldout"]
    lines = [_summary(report), ""]
    if heldout["present"]:
        lines += [
            f"Held-out ({len(heldout['cases'])} CVs never tuned on; gate: precision >= "
            f"{HELDOUT_MIN_PRECISION}, recall >= {HELDOUT_MIN_RECALL}; target "
            f"{TARGET_PRECISION} and {TARGET_RECALL}): "
            + ("PASSED" if report["passed"] else "FAILED"),
            "",
        ]
        lines += (
            _table(heldout, lists=True)
            if show_heldout
            else [
                _HEAD,
                _RULE,
                _total_row(heldout).replace("**all**", "held-out"),
            ]
        )
    else:
        lines.append(
            f"Held-out: no cases yet in {HELDOUT_DIR} (nothing to gate)."
            if heldout.get("asked", True)
            else "Held-out: not scored (only the splits named were), so no verdict."
        )
    for split, label in (("blind", "Blind batches (measured once unseen, then studied)"),
                         ("dev", "Dev (rules and thresholds chosen here)"),
                         ("tuning", "Tuning (aliases written with these in view)")):  # fmt: skip
        if report[split].get("present") is False:
            continue  # not asked for (``--split``)
        lines += ["", f"{label}:", "", *_table(report[split], lists=show_failures)]
        word = "in" if split == "blind" else "with"
        for kind, data in report[split].get("subsets", {}).items():
            lines.append(
                f"- {data['cvs']} CVs {word} {kind}: precision {data['precision']:.2f}, "
                f"recall {data['recall']:.2f}"
            )
        if report[split]["skipped"]:
            lines.append(f"Skipped (not on this machine): {', '.join(report[split]['skipped'])}")
    return "\n".join(lines)


def _summary(report: dict[str, Any]) -> str:
    """One line with every split's micro-averaged precision and recall, held-out first."""
    parts = []
    for split, label in (
        ("heldout", "Held-out"),
        ("blind", "Blind"),
        ("dev", "Dev"),
        ("tuning", "Tuning"),
    ):
        data = report[split]
        if data.get("present") is False:
            continue
        forbidden = f", {data['forbidden']} forbidden" if data["forbidden"] else ""
        parts.append(
            f"{label}: precision {data['precision']:.2f}, recall {data['recall']:.2f}{forbidden}."
        )
    return " ".join(parts)


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
    """Run the CV evaluation and print it; exit 0 when the held-out gate holds, else 1.

    The audit is evaluated as the product runs it: with the local model when it is installed
    (said in the output; the names scored are the same without it). ``args`` is the parsed
    command line (or just the ``--json`` flag); ``--show-failures`` lists each CV's misses and
    false positives outside the held-out set, ``--show-heldout`` the held-out ones, for its
    author only.
    """
    json_output = bool(getattr(args, "json", args))
    show = bool(getattr(args, "show_heldout", False))
    failures = bool(getattr(args, "show_failures", False))
    embedder = load_local_embedder()
    # The names scored do not depend on the model; it only ties own words to the taxonomy.
    mode = "with the local model" if embedder is not None else "without the local model"
    chosen = getattr(args, "split", None) or SPLITS
    report = evaluate(embedder=embedder, splits=chosen)
    if json_output:
        if not show:
            report["heldout"] = {k: v for k, v in report["heldout"].items() if k != "cases"}
        print(json.dumps({"mode": mode, **report}, indent=2))
    else:
        print(f"## CV skills ({mode})\n\n{render(report, show, failures)}\n")
    return 0 if report["passed"] else 1


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m evals.cv_eval``: the same options as ``portfolio-planner eval cv``."""
    parser = argparse.ArgumentParser(prog="python -m evals.cv_eval", description=run.__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--show-heldout", action="store_true")
    parser.add_argument("--split", action="append", choices=list(SPLITS))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
