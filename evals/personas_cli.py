"""``portfolio-planner eval personas``: the report of a persona evaluation (a table per split
with the totals and every failure with its exchange, or JSON) and the command's runner.

The runner returns 0 when every persona meets the thresholds of the mode, 1 when one does
not, 2 when the personas or the model cannot be set up (the error says how to fix it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import asdict, replace
from pathlib import Path

from evals.metrics import Failure, RunMetrics, Totals
from evals.personas_eval import (
    MAX_USER_TURNS,
    MIN_ACCURACY,
    MODELS,
    MODES,
    SPLITS,
    PersonaRun,
    Report,
    evaluate,
    run_passes,
)
from evals.scoring import REALISTIC_MAX_EVER_WRONG, REALISTIC_MAX_TURNS, REALISTIC_MIN_ACCURACY
from evals.simulated_user import BEHAVIOURS, PERSONA_DIR, Mode, load_personas

_HEADER = ("persona", "final", "facts", "wrong end/ever", "junk", "wish", "questions", "turns",
           "refused", "cited", "tok/req", "pass")  # fmt: skip
#: How much of each message a failure shows in the table (the JSON keeps them whole).
CLIP = 160


def _row(m: RunMetrics) -> tuple[str, ...]:
    facts_ok = sum(f.ok for f in m.facts)
    relevance = "" if m.relevance is None else f" ({m.relevance:.0%} rel.)"
    tokens = "-" if m.tokens_per_request is None else f"{m.tokens_per_request:,.0f}"
    refused = f"{m.refused}" + ("" if m.recovered else " (not recovered)")
    wish = f"{m.wishes_honoured}/{m.wishes}" if m.wishes else "-"
    asked = f"{m.questions_answered}/{m.questions}" if m.questions else "-"
    return (
        m.persona,
        "yes" if m.final_valid else "NO",
        f"{facts_ok}/{len(m.facts)} {m.accuracy:.0%}",
        f"{len(m.wrong_at_end)}/{len(m.ever_wrong)}",
        str(len(m.junk)),
        wish,
        asked,
        str(m.user_turns),
        refused,
        f"{len(m.cited)}{relevance}",
        tokens,
        "yes" if run_passes(m) else "NO",
    )


def _table(runs: list[RunMetrics]) -> list[str]:
    rows = [_HEADER, *(_row(m) for m in runs)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADER))]
    lines = [
        "| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |"
        for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return lines


def totals_line(t: Totals) -> str:
    """One paragraph of totals."""
    tokens = "-" if t.mean_tokens_per_request is None else f"{t.mean_tokens_per_request:,.0f}"
    return (
        f"Final valid plans: {t.final_valid}/{t.personas}. Facts recorded correctly: mean "
        f"{t.mean_accuracy:.1%}, lowest {t.min_accuracy:.1%}. Wrong values at the end: "
        f"{t.wrong_at_end}; ever recorded wrong: {t.ever_wrong} (most in one run: "
        f"{t.max_ever_wrong}). Junk: {t.junk}. Wishes honoured: {t.wishes_honoured}/"
        f"{t.wishes}. Questions answered: {t.questions_answered}/{t.questions}. "
        f"Expectations met: {t.checks_passed}/{t.checks}. User turns: mean {t.mean_turns:.1f}, "
        f"most {t.max_turns}. Refused operations: {t.refused} ({t.unrecovered} runs not "
        f"recovered). Prompt tokens per request: {tokens}."
    )


def _clip(text: str, tail: bool = False) -> str:
    flat = " ".join(text.split())
    if len(flat) <= CLIP:
        return flat
    return "…" + flat[-CLIP:] if tail else flat[:CLIP] + "…"


def grouped(failures: list[Failure]) -> list[Failure]:
    """Failures of one kind caused by the same exchange, as one failure (details joined)."""
    out: list[Failure] = []
    for failure in failures:
        last = out[-1] if out else None
        if last and (last.kind, last.turn) == (failure.kind, failure.turn):
            out[-1] = replace(last, detail=f"{last.detail}; {failure.detail}")
        else:
            out.append(failure)
    return out


def failure_lines(persona: str, failure: Failure) -> list[str]:
    """A failure and the exchange behind it."""
    lines = [f"- {persona}: {failure.kind}: {failure.detail}"]
    if failure.turn is not None:
        lines.append(
            f"    turn {failure.turn}: planner «{_clip(failure.planner, tail=True)}» → user "
            f"«{_clip(failure.user)}» → reply «{_clip(failure.reply)}»"
        )
    return lines


def failure_kinds(runs: list[RunMetrics]) -> Counter[str]:
    """How many failures of each kind the runs had."""
    return Counter(f.kind for m in runs for f in m.failures)


def shown(report: Report, show_heldout: bool) -> list[PersonaRun]:
    """The runs whose persona rows and exchanges may be printed: held-out runs only for their
    author (``--show-heldout``), so that tuning never reads what a held-out person said."""
    return [r for r in report.runs if show_heldout or r.metrics.split != "heldout"]


def format_table(report: Report, show_heldout: bool = False) -> str:
    """The report as Markdown: per split (tuning, dev, held-out) a table (held-out: its totals
    only) and its totals, then each failure with the exchange that caused it (failures of one
    kind from the same exchange on one line)."""
    lines = [f"Model: {report.model}. Mode: {report.mode}."]
    for name, split_totals in report.splits.items():
        runs = [r.metrics for r in report.split(name)]
        kinds = ", ".join(f"{k} {n}" for k, n in failure_kinds(runs).most_common()) or "none"
        table = _table(runs) if show_heldout or name != "heldout" else [HIDDEN]
        lines += ["", f"### {name} ({len(runs)} personas)", "", *table, ""]
        lines += [totals_line(split_totals), f"Failures by kind: {kinds}."]
    if len(report.splits) > 1:
        lines += ["", "All personas: " + totals_line(report.totals)]
    visible = shown(report, show_heldout)
    failures = [line for r in visible for f in grouped(r.metrics.failures)
                for line in failure_lines(r.metrics.persona, f)]  # fmt: skip
    misses = [_check_line(r.metrics) for r in visible]
    if failures or any(misses):
        lines += ["", "Failures (planner message → user message → reply):", *failures]
        lines += [m for m in misses if m]
    return "\n".join(lines)


def _check_line(m: RunMetrics) -> str:
    failed = [f"{c.name} ({c.detail})" if c.detail else c.name for c in m.checks if not c.ok]
    parts = failed + m.final_errors
    return f"- {m.persona}: expectations/final rules: " + "; ".join(parts) if parts else ""


#: What stands in for the held-out personas' rows and exchanges.
HIDDEN = "(held-out: per-persona rows and exchanges are not shown; totals below)"


def to_json(report: Report, show_heldout: bool = False) -> str:
    """The report as JSON: per persona metrics (facts, checks, failures with their exchange;
    held-out personas only with ``show_heldout``), the totals and the totals of each split."""
    runs = []
    for r in shown(report, show_heldout):
        data = asdict(r.metrics)
        data.update(accuracy=r.metrics.accuracy, relevance=r.metrics.relevance,
                    tokens_per_request=r.metrics.tokens_per_request,
                    passed=run_passes(r.metrics))  # fmt: skip
        runs.append(data)
    payload = {"model": report.model, "mode": report.mode, "passed": report.passed,
               "runs": runs, "totals": asdict(report.totals),
               "splits": {k: asdict(v) for k, v in report.splits.items()}}  # fmt: skip
    return json.dumps(payload, indent=2, default=str)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``eval personas`` when run as its own command."""
    parser.add_argument("--model", choices=MODELS, default="guided", help="who plans")
    parser.add_argument("--mode", choices=MODES, default="plain", help=MODE_HELP)
    parser.add_argument("--personas", type=Path, default=None, help=PERSONAS_HELP)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--persona", action="append", help="run only this persona (repeatable)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the answers' wording")
    parser.add_argument("--behaviour", action="append", choices=BEHAVIOURS, help=BEHAVIOUR_HELP)
    parser.add_argument("--show-heldout", action="store_true", help=SHOW_HELP)
    parser.add_argument("--split", action="append", choices=SPLITS, help=SPLIT_HELP)


MODE_HELP = "plain: answers what is asked; realistic: every behaviour of the persona files"
PERSONAS_HELP = "a folder of persona files (default: evals/personas)"
BEHAVIOUR_HELP = "realistic mode with only this behaviour on (repeatable)"
SPLIT_HELP = "run only the personas of this split (repeatable; dev is shown but not gated)"
SHOW_HELP = "also print the held-out personas' rows and exchanges (for their authors only)"


def run(args: argparse.Namespace | bool = False) -> int:
    """Run the evaluation; ``args`` is the parsed command line (or just the ``--json`` flag)."""
    if isinstance(args, bool):
        args = argparse.Namespace(json=args)
    as_json = bool(getattr(args, "json", False))
    behaviours = getattr(args, "behaviour", None)
    mode: Mode = (
        "realistic" if behaviours or getattr(args, "mode", None) == "realistic" else "plain"
    )
    try:
        folder = Path(getattr(args, "personas", None) or PERSONA_DIR)
        personas = load_personas(folder, only=getattr(args, "persona", None))
        splits = getattr(args, "split", None)
        if splits:  # tuning, dev or heldout: the personas have no blind split
            personas = [p for p in personas if p.split in splits]
            if not personas:
                raise ValueError(f"no persona in split {', '.join(splits)}: personas have "
                                 f"{', '.join(SPLITS)} splits")  # fmt: skip
        seed = int(getattr(args, "seed", 0) or 0)
        model = getattr(args, "model", None) or "guided"
        report = evaluate(model, personas, mode=mode, seed=seed, behaviours=behaviours)
    except Exception as exc:  # a bad persona file or a model that cannot be set up: say why
        print(f"error: {exc}", file=sys.stderr)
        return 2
    show = bool(getattr(args, "show_heldout", False))
    print(to_json(report, show) if as_json else format_table(report, show))
    if not as_json:
        print(verdict_line(report))
    return 0 if report.passed else 1


def verdict_line(report: Report) -> str:
    """PASS, what the thresholds ask, or why there is no verdict (only dev personas ran)."""
    if not report.gated:
        return "\nNo verdict: dev personas are measured, not gated (tuning and held-out gate)."
    return "\nPASS" if report.passed else fail_line(report.mode)


def fail_line(mode: str) -> str:
    """What the thresholds of a mode ask."""
    if mode == "realistic":
        return (
            f"\nFAIL (realistic thresholds): every persona must reach a valid final plan with "
            f">= {REALISTIC_MIN_ACCURACY:.0%} of facts correct, no wrong value at the end, at "
            f"most {REALISTIC_MAX_EVER_WRONG} ever recorded wrong, no junk, every wish honoured, "
            f"every question answered, in <= {REALISTIC_MAX_TURNS} user turns"
        )
    return (
        f"\nFAIL: every persona must reach a valid final plan with >= {MIN_ACCURACY:.0%} of "
        f"facts recorded correctly in <= {MAX_USER_TURNS} user turns"
    )


def main() -> int:
    """``python -m evals.personas_cli``."""
    parser = argparse.ArgumentParser(prog="python -m evals.personas_cli")
    add_arguments(parser)
    return run(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
