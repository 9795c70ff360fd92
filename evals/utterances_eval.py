"""``portfolio-planner eval utterances``: the reading layer measured on the utterance table.

Every ``evals/utterances/*.yaml`` file is loaded; files named ``heldout*.yaml`` form the
held-out split, files named ``dev*.yaml`` the dev split (fresh cases measured before anyone
reads them, then studied), all others the tuning split. Each case is a message, the open
question and the plan as far as it matters; ``read()`` reads it and the readings are scored by
``evals.utterances_score``. Reported per split: the exact-reading rate (messages whose readings
are all found, with nothing extra recorded) and the wrong-value rate (recorded readings that
match nothing the person said, over the expected fact and change readings), with a breakdown
per act and field. ``--split NAME`` scores one split only. ``--show-failures`` lists the
failing tuning cases, and the failing dev cases only when ``--split dev`` asks for them (so a
dev batch is measured blind before it is read); held-out cases are only ever counted and named
by id, never printed.

:func:`evaluate` is the pure entry point; :func:`run` is the command's runner (exit 0 when the
gated split meets the thresholds, 1 when not, 2 when the table cannot be read).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from agent.interviewer.reading.types import PlanView, Reading, StreamView
from evals.utterances_score import CaseScore, act_of, score_case

TABLE_DIR = Path(__file__).with_name("utterances")
MIN_EXACT = 0.95
MAX_WRONG = 0.01
ACTS = frozenset(
    {"fact", "change", "correction", "wish", "question", "undo", "skip", "confirm", "nothing"}
)
FIXED_ASKS = frozenset(
    re.findall(
        r"\S+",
        "context capacity constraints buffer spending activities skills excited underused core "
        "streams blocks review finalise forecast export done",
    )
)
SPLITS = ("tuning", "dev", "heldout")
ACTIVITY_ASKS = ("hours", "revenue", "volatility", "teaches", "energy")

Reader = Callable[[str, PlanView, str], list[Reading]]


class TableError(ValueError):
    """A case of the utterance table does not follow the documented format."""


@dataclass(frozen=True)
class Case:
    """One message of the table, with what a careful person reads in it."""

    id: str
    split: str
    ask: str
    message: str
    view: PlanView
    readings: list[dict[str, Any]]


@dataclass
class SplitReport:
    """The scores of one split."""

    name: str
    cases: int = 0
    exact: int = 0
    expected_values: int = 0
    wrong: int = 0
    asked_back: int = 0
    by_key: dict[str, Counter[str]] = field(default_factory=dict)
    failures: list[tuple[Case, CaseScore, list[Reading]]] = field(default_factory=list)

    @property
    def exact_rate(self) -> float:
        """Exact messages over messages."""
        return self.exact / self.cases if self.cases else 0.0

    @property
    def wrong_rate(self) -> float:
        """Wrong readings over expected fact and change readings."""
        return self.wrong / self.expected_values if self.expected_values else 0.0

    @property
    def passed(self) -> bool:
        """True when the split meets both thresholds."""
        return self.exact_rate >= MIN_EXACT and self.wrong_rate <= MAX_WRONG


def load_table(folder: Path = TABLE_DIR) -> list[Case]:
    """Every case of every YAML file in ``folder``, checked against the format."""
    if not folder.is_dir():
        raise TableError(f"{folder} is missing: the utterance table lives there as *.yaml files")
    cases: list[Case] = []
    for path in sorted(folder.glob("*.yaml")):
        split = split_of(path.name)
        raw = yaml.safe_load(path.read_text("utf-8")) or {}
        for item in raw.get("cases") or []:
            cases.append(_case(item, split, path.name))
    seen = Counter(c.id for c in cases)
    doubles = sorted(i for i, n in seen.items() if n > 1)
    if doubles:
        raise TableError(f"case ids must be unique across files; repeated: {doubles[:5]}")
    return cases


def split_of(file_name: str) -> str:
    """The split a table file belongs to, by its name."""
    for split in ("heldout", "dev"):
        if file_name.startswith(split):
            return split
    return "tuning"


def _case(item: dict[str, Any], split: str, source: str) -> Case:
    where = f"{source}: case {item.get('id', '?')}"
    for key in ("id", "ask", "message", "readings"):
        if key not in item:
            raise TableError(f"{where}: '{key}' is missing")
    readings = item["readings"]
    if not isinstance(readings, list) or not readings:
        raise TableError(f"{where}: readings must be a non-empty list ([{{act: nothing}}])")
    for reading in readings:
        if not isinstance(reading, dict) or reading.get("act") not in ACTS:
            raise TableError(f"{where}: each reading needs an act, one of {sorted(ACTS)}")
    view = plan_view(item.get("plan") or {})
    _check_ask(str(item["ask"]), view, where)
    return Case(str(item["id"]), split, str(item["ask"]), str(item["message"]), view, readings)


def _check_ask(ask: str, view: PlanView, where: str) -> None:
    if ask in FIXED_ASKS:
        return
    parts = ask.split(":", 2)
    if len(parts) != 3 or parts[0] != "act" or parts[1] not in ACTIVITY_ASKS:
        raise TableError(f"{where}: ask '{ask}' is not an open-question id")
    if parts[2] not in view.activities:
        raise TableError(f"{where}: ask '{ask}' names an activity missing from plan.activities")


def plan_view(plan: dict[str, Any]) -> PlanView:
    """The reading view of a case's ``plan`` block."""
    streams = tuple(
        StreamView(str(s["name"]), str(s.get("role", "")), s.get("hours"))
        for s in plan.get("streams") or []
    )
    return PlanView(
        capacity=plan.get("capacity"),
        activities=tuple(str(a) for a in plan.get("activities") or []),
        skills=tuple(str(s) for s in plan.get("skills") or []),
        streams=streams,
    )


def _key(reading: dict[str, Any]) -> str:
    act = act_of(reading)
    return f"{act}:{reading['field']}" if reading.get("field") else act


def evaluate(
    reader: Reader | None = None, cases: Iterable[Case] | None = None, only: str | None = None
) -> dict[str, SplitReport]:
    """Score ``reader`` (default: the product's ``read``) on the cases (default: the table),
    or on the split ``only`` of them."""
    if reader is None:
        from agent.interviewer.reading import read

        reader = read
    splits: dict[str, SplitReport] = {}
    for case in load_table() if cases is None else cases:
        if only is not None and case.split != only:
            continue
        report = splits.setdefault(case.split, SplitReport(case.split))
        produced = reader(case.message, case.view, case.ask)
        _add(report, case, score_case(case.readings, produced), produced)
    return {name: splits[name] for name in sorted(splits, key=_split_order)}


def _split_order(name: str) -> int:
    return SPLITS.index(name) if name in SPLITS else len(SPLITS)


def _add(report: SplitReport, case: Case, score: CaseScore, produced: list[Reading]) -> None:
    report.cases += 1
    report.exact += score.exact
    report.expected_values += score.expected_values
    report.wrong += len(score.wrong)
    report.asked_back += bool(score.asked_back)
    for want in score.matched:
        report.by_key.setdefault(_key(want), Counter())["matched"] += 1
    for want in score.missed:
        report.by_key.setdefault(_key(want), Counter())["missed"] += 1
    for bad in score.wrong:
        name = f"{bad.act}:{bad.field}" if bad.field else bad.act
        report.by_key.setdefault(name, Counter())["wrong"] += 1
    if not score.exact:
        report.failures.append((case, score, produced))


def to_json(splits: dict[str, SplitReport]) -> str:
    """The report as JSON: per split the rates, counts and the per act/field breakdown."""
    out = {
        name: {
            "cases": r.cases,
            "exact": r.exact,
            "exact_rate": round(r.exact_rate, 4),
            "expected_values": r.expected_values,
            "wrong": r.wrong,
            "wrong_rate": round(r.wrong_rate, 4),
            "asked_back": r.asked_back,
            "passed": r.passed,
            "by_key": {k: dict(v) for k, v in sorted(r.by_key.items())},
            "failing_ids": [c.id for c, _, _ in r.failures],
        }
        for name, r in splits.items()
    }
    return json.dumps(out, indent=2)


def format_table(splits: dict[str, SplitReport]) -> str:
    """Rates per split, then matched / missed / wrong per act and field."""
    lines = ["| split | cases | exact | wrong values | asked back |", "|---|---|---|---|---|"]
    for r in splits.values():
        lines.append(
            f"| {r.name} | {r.cases} | {r.exact_rate:.1%} ({r.exact}) | "
            f"{r.wrong_rate:.1%} ({r.wrong}/{r.expected_values}) | {r.asked_back} |"
        )
    keys = sorted({k for r in splits.values() for k in r.by_key})
    lines += ["", "| act:field | " + " | ".join(splits) + " |", "|---|" + "---|" * len(splits)]
    for key in keys:
        cells = []
        for r in splits.values():
            c = r.by_key.get(key, Counter())
            cells.append(f"{c['matched']}/{c['matched'] + c['missed']} ({c['wrong']} wrong)")
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def format_failures(splits: dict[str, SplitReport], *, show_dev: bool = False) -> str:
    """The failing tuning cases in full, the dev ones only when ``show_dev``; held-out
    failures only by count and id."""
    lines: list[str] = []
    for r in splits.values():
        if r.name == "heldout":
            ids = ", ".join(c.id for c, _, _ in r.failures)
            lines.append(f"\nheld-out: {len(r.failures)} not exact ({ids})")
            continue
        if r.name == "dev" and not show_dev:
            lines.append(f"\ndev: {len(r.failures)} not exact (--split dev to list them)")
            continue
        for case, score, produced in r.failures:
            lines.append(f"\n{case.id} [{case.ask}] {case.message!r}")
            lines += [f"  missed  {m}" for m in score.missed]
            lines += [f"  extra   {_show(x)}" for x in score.extra]
            lines += [f"  asked   {_show(x)}" for x in score.asked_back]
            lines.append("  read    " + "; ".join(_show(p) for p in produced))
    return "\n".join(lines)


def _show(r: Reading) -> str:
    parts = [r.act, r.field or "", repr(r.value) if r.value is not None else ""]
    if r.subject:
        parts.append(f"@{r.subject}")
    if r.hours is not None or r.share is not None or r.remove:
        parts.append(f"h={r.hours} s={r.share} rm={r.remove} role={r.role}")
    if not r.confident:
        parts.append(f"conf={r.confidence}")
    return " ".join(p for p in parts if p)


def passed(splits: dict[str, SplitReport]) -> bool:
    """The gate: the held-out split meets both thresholds (the dev split when there is no
    held-out split, the tuning split when there is neither)."""
    gate = splits.get("heldout") or splits.get("dev") or splits.get("tuning")
    return bool(gate and gate.passed)


def run(args: argparse.Namespace | bool = False) -> int:
    """Score the table; print the table (or JSON) and, if asked, the failing tuning cases."""
    if isinstance(args, bool):
        args = argparse.Namespace(json=args)
    only = getattr(args, "split", None)
    if isinstance(only, list):  # the eval command's --split is repeatable (for retrieval)
        if len(set(only)) > 1:
            print("error: utterances scores one split at a time; give --split once",
                  file=sys.stderr)  # fmt: skip
            return 2
        only = only[0]
    try:
        splits = evaluate(_reader(getattr(args, "reader", "read")), only=only)
    except (TableError, yaml.YAMLError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if getattr(args, "json", False):
        print(to_json(splits))
    else:
        print(format_table(splits))
        if getattr(args, "show_failures", False):
            print(format_failures(splits, show_dev=only == "dev"))
        print("\nPASS" if passed(splits) else _fail_line(splits))
    return 0 if passed(splits) else 1


def _fail_line(splits: dict[str, SplitReport]) -> str:
    gate = next((s for s in ("heldout", "dev", "tuning") if s in splits), "held-out")
    return (
        f"\nFAIL: the {gate} split needs >= {MIN_EXACT:.0%} exact readings and "
        f"<= {MAX_WRONG:.0%} wrong values"
    )


def _reader(name: str) -> Reader | None:
    if name == "baseline":
        from evals.utterances_baseline import read_with_parse

        return read_with_parse
    return None


def main(argv: list[str] | None = None) -> int:
    """``python -m evals.utterances_eval [--json] [--show-failures] [--split NAME]
    [--reader baseline]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--split", choices=list(SPLITS), default=None)
    parser.add_argument("--reader", choices=["read", "baseline"], default="read")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
