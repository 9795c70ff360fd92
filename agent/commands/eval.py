"""``portfolio-planner eval [NAME]``: run one evaluation, or every one installed.

Each evaluation is a runner ``run(args: argparse.Namespace) -> int`` named in :data:`EVALS` as
``"module:function"``; it prints its table (or JSON) and returns 0 when its thresholds are
met, 1 when not. Runners whose module is absent are left out, so an evaluation is added by
writing its module and naming it here.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

HELP = "run the evaluations"

#: evaluation name -> "module:function" of its runner
EVALS: dict[str, str] = {
    "retrieval": "agent.commands.eval:run_retrieval",
    "cv": "evals.cv_eval:run",
    "personas": "evals.personas_cli:run",
    "utterances": "evals.utterances_eval:run",
}


def available() -> dict[str, str]:
    """The evaluations whose runner module is installed."""
    return {
        name: target
        for name, target in EVALS.items()
        if importlib.util.find_spec(target.split(":")[0]) is not None
    }


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the eval command."""
    parser.add_argument(
        "name",
        nargs="?",
        choices=sorted(available()),
        help="which evaluation to run (default: all)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--model",
        choices=["guided", "openai"],
        default="guided",
        help="personas: who plans (openai uses OPENAI_BASE_URL/OPENAI_API_KEY and "
        "PORTFOLIO_LLM_MODEL)",
    )
    parser.add_argument("--persona", action="append", help="personas: run only this one")
    parser.add_argument("--seed", type=int, default=0, help="personas: seed of the wording")
    parser.add_argument(
        "--show-heldout",
        action="store_true",
        help="cv, personas: also print the held-out split's misses, false positives and "
        "exchanges (for the held-out set's author only: reading them turns the held-out "
        "figure into a tuned one)",
    )
    parser.add_argument(
        "--mode",
        choices=["plain", "realistic"],
        default="plain",
        help="personas: plain (answers what is asked) or realistic (volunteers facts, lists "
        "activities, asks back, wishes, changes a figure, chats off topic, types carelessly)",
    )
    parser.add_argument(
        "--personas",
        type=Path,
        default=None,
        metavar="DIR",
        help="personas: a folder of persona files (default: evals/personas)",
    )
    parser.add_argument(
        "--behaviour",
        action="append",
        choices=["volunteer", "list", "question", "wish", "change", "offtopic", "noise"],
        help="personas: realistic mode with only this behaviour on (repeatable)",
    )
    parser.add_argument(
        "--split",
        action="append",
        choices=["tuning", "dev", "blind", "heldout"],
        help="retrieval, utterances, cv, personas: score only this split (default: every split "
        "present); retrieval and cv take it more than once and give no verdict without heldout; "
        "blind is cv's only",
    )
    parser.add_argument(
        "--questions",
        action="append",
        type=Path,
        metavar="FILE",
        help="retrieval: score this question file as a split of its own, named after the file "
        "(repeatable; e.g. one dev file, or a coach's own questions)",
    )
    parser.add_argument(
        "--show-failures",
        action="store_true",
        help="utterances: list the tuning cases not read exactly (dev ones with --split dev; "
        "held-out only by id); cv: list each CV's misses and false positives (not held-out's)",
    )


def _runner(target: str) -> Callable[[argparse.Namespace], int]:
    module_name, function = target.split(":")
    return getattr(importlib.import_module(module_name), function)  # type: ignore[no-any-return]


def run(args: argparse.Namespace) -> int:
    """Run the chosen evaluation, or all; the status is the worst of their statuses."""
    names = [args.name] if args.name else sorted(available())
    status = 0
    for name in names:
        if not args.json and len(names) > 1:
            print(f"\n## {name}\n")
        status = max(status, _runner(EVALS[name])(args))
    return status


def run_retrieval(args: argparse.Namespace) -> int:
    """Recall@1, recall@3 and MRR at the agent's k on the tuning, dev and held-out splits (or
    those asked for), for the agent's own search, its dense views alone and BM25; passes on
    the held-out targets."""
    as_json = bool(args.json)
    from agent.guidance import open_guidance, retrieval_rankers
    from agent.settings import get_settings
    from knowledge.cards import CardError
    from knowledge.embeddings import ModelMissingError
    from knowledge.retrieval_eval import HELDOUT, format_table, run_splits, to_json, verdict

    files = chosen_files(getattr(args, "split", None), getattr(args, "questions", None))
    missing = [str(p) for paths in files.values() for p in paths if not p.is_file()]
    if getattr(args, "questions", None) and missing:
        print(f"error: no question file {missing[0]}; give the path of a YAML file with "
              "'questions:'", file=sys.stderr)  # fmt: skip
        return 2
    settings = get_settings()
    try:
        store = open_guidance(settings, progress=not as_json)
        rankers, card_ids, k = retrieval_rankers(settings, store)
        reports = run_splits(rankers, files, card_ids, k)
    except (ModelMissingError, CardError, ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not reports:
        print(f"error: no question files in {questions_dir()}; add tuning.yaml", file=sys.stderr)
        return 2
    passed, line = verdict(reports, judged=HELDOUT in files)
    print(to_json(reports, passed) if as_json else f"{format_table(reports)}\n\n{line}")
    return 0 if passed else 1


def questions_dir() -> Path:
    """Where the retrieval questions live (``evals/retrieval/``, beside ``agent/``)."""
    # Located from this file, not by importing ``evals``: a ``tests/evals`` folder on the test
    # path would shadow the package as a namespace package.
    return Path(__file__).resolve().parents[2] / "evals" / "retrieval"


def split_files() -> dict[str, Path]:
    """The retrieval question file of the tuning and the held-out splits."""
    return {split: questions_dir() / f"{split}.yaml" for split in ("tuning", "heldout")}


def dev_files() -> list[Path]:
    """The files of the dev split (``dev*.yaml``), in name order."""
    return sorted(questions_dir().glob("dev*.yaml"))


def retrieval_splits() -> dict[str, list[Path]]:
    """Every split's files, tuning first and held-out last."""
    files = split_files()
    return {"tuning": [files["tuning"]], "dev": dev_files(), "heldout": [files["heldout"]]}


def chosen_files(splits: list[str] | None, questions: list[Path] | None) -> dict[str, list[Path]]:
    """The splits to score: those named (all when neither splits nor files are named), then
    each question file given, as a split named after the file."""
    every = retrieval_splits()
    chosen = {name: every[name] for name in every if name in (splits or [])}
    if not splits and not questions:
        chosen = every
    for path in questions or []:
        chosen[path.stem] = [path]
    return chosen
