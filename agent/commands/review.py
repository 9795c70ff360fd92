"""``portfolio-planner review PLAN.json --actuals ACTUALS.yaml``: the quarterly review.

Compares the quarter's actual hours and income with the plan, records the answers, lists the
rebalancing suggestions and, with ``--out``, writes the new plan after applying the chosen
ones (``--apply``; by default all but resizing or stopping a stream). The input plan is never
changed, so both versions are kept; the changes between them are printed. ``--since OLD.json``
also shows what changed since last quarter's version.

Exit status: 0 done, 1 a chosen suggestion was refused, 2 a file is unreadable or wrong.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from agent.commands.common import iso_date, write_plan_file

HELP = "run a quarterly review of a plan"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of the review command."""
    parser.add_argument("plan", help="path to the plan JSON file")
    parser.add_argument("--actuals", type=Path, required=True, help="ACTUALS.yaml or .json")
    parser.add_argument("--out", type=Path, default=None, help="write the new plan here")
    parser.add_argument(
        "--apply",
        default=None,
        help="suggestion codes to apply, comma-separated (e.g. RB001,RB006)",
    )
    parser.add_argument("--since", type=Path, default=None, help="last quarter's plan file")
    parser.add_argument("--today", type=iso_date, default=None, help="review date, YYYY-MM-DD")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


#: Largest actuals file read (a quarter's actuals take well under a kilobyte).
MAX_ACTUALS_BYTES = 100_000


def read_actuals(path: Path) -> Any:
    """Actuals from a YAML or JSON file, validated; raises ValueError saying how to fix it."""
    from pydantic import ValidationError

    from agent.plan.review import ReviewActuals

    data = _load_yaml(path)
    if isinstance(data, dict) and isinstance(data.get("streams"), dict):
        # allow the short form "streams: {id: {hours_per_week: .., income: ..}}"
        data["streams"] = [{"stream": k, **(v or {})} for k, v in data["streams"].items()]
    try:
        return ReviewActuals.model_validate(data or {})
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5]
        )
        raise ValueError(f"{path}: {problems}") from None


#: Brackets an actuals file may nest ("streams: {x: {hours: 4}}" nests two).
MAX_ACTUALS_DEPTH = 64


def _flow_depth(text: str) -> int:
    """How deep the ``[`` and ``{`` of ``text`` nest at most (brackets inside quotes count
    too: an actuals file holds none that deep)."""
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(depth - 1, 0)
    return deepest


def _load_yaml(path: Path) -> Any:
    import yaml

    class _Loader(yaml.SafeLoader):
        """Safe YAML without aliases: an actuals file needs none, and a few nested aliases
        can stand for billions of values."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                raise yaml.YAMLError("aliases (*name) are not allowed in an actuals file")
            return super().compose_node(parent, index)

    try:
        with path.open("rb") as file:  # at most one byte past the limit: /dev/zero never ends
            raw = file.read(MAX_ACTUALS_BYTES + 1)
        if len(raw) > MAX_ACTUALS_BYTES:
            raise ValueError(
                f"{path} holds more than {MAX_ACTUALS_BYTES:,} bytes; an actuals file is a few "
                "lines per stream"
            )
        text = raw.decode("utf-8")
        if _flow_depth(text) > MAX_ACTUALS_DEPTH:
            # Refused before parsing: a parser deep in its recursion can fail in ways that
            # escape the handler below (errors raised while objects are finalised).
            raise RecursionError
        return yaml.load(text, Loader=_Loader)  # a SafeLoader
    except RecursionError:
        raise ValueError(f"{path} is nested far too deeply to be an actuals file") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path} is not UTF-8 text") from None
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"cannot read {path}: {exc}") from None


def run(args: argparse.Namespace) -> int:
    """Review the plan against the actuals; write the new version when asked."""
    from agent.plan import PlanError, plan_to_json, read_plan
    from agent.plan.review import DEFAULT_CODES, ReviewError, apply_review, review
    from agent.plan.versions import diff

    try:
        plan = read_plan(args.plan)
        previous = read_plan(args.since) if args.since else None
        actuals = read_actuals(args.actuals)
    except PlanError as exc:
        print(f"error: {exc.message}\nfix: {exc.fix}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"error: {exc}\nfix: see docs/explorer.md for the actuals format", file=sys.stderr)
        return 2
    today = args.today or dt.date.today()
    codes = [c.strip() for c in args.apply.split(",") if c.strip()] if args.apply else None
    try:
        report = review(plan, actuals, today=today)
        outcome = apply_review(plan, actuals, codes or DEFAULT_CODES, today=today)
    except ReviewError as exc:
        print(f"error: {exc.message}\nfix: {exc.fix}", file=sys.stderr)
        return 2
    body: dict[str, Any] = {"report": report.model_dump(mode="json")}
    if previous is not None:
        body["since_last_quarter"] = [c.model_dump(mode="json") for c in diff(previous, plan)]
    body["applied"] = outcome.applied
    body["skipped"] = outcome.skipped
    body["refused"] = [
        {"code": c, "errors": [f.model_dump() for f in fs]} for c, fs in outcome.refused
    ]
    body["changes"] = [c.model_dump(mode="json") for c in diff(plan, outcome.plan)]
    if args.out is not None:
        problem = write_plan_file(args.out, plan_to_json(outcome.plan))
        if problem:
            print(problem, file=sys.stderr)
            return 2
        body["written"] = str(args.out)
    print(json.dumps(body, indent=2) if args.json else _render(body))
    return 1 if outcome.refused else 0


def _render(body: dict[str, Any]) -> str:
    report = body["report"]
    lines = ["quarter against targets:"] + [f"  - {s}" for s in report["summary"]]
    if report["not_recorded"]:
        lines.append("  no actuals for: " + ", ".join(report["not_recorded"]))
    if report["unanswered"]:
        lines += ["", "questions still open:"] + [f"  - {q}" for q in report["unanswered"]]
    lines += ["", "suggestions:"]
    lines += [f"  {s['code']:<28} {s['title']}: {s['reason']}" for s in report["suggestions"]]
    if "since_last_quarter" in body:
        lines += ["", "changed since last quarter:"]
        lines += [f"  - {c['summary']}" for c in body["since_last_quarter"]] or ["  (nothing)"]
    lines += ["", f"applied: {', '.join(body['applied']) or 'none'}"]
    lines += [
        f"refused: {r['code']}: " + "; ".join(e["message"] for e in r["errors"])
        for r in body["refused"]
    ]
    lines += [f"  - {c['summary']}" for c in body["changes"]]
    if "written" in body:
        lines.append(f"new plan written to {body['written']} (the input plan is unchanged)")
    else:
        lines.append("dry run: give --out NEW_PLAN.json to write the new plan")
    return "\n".join(lines)
