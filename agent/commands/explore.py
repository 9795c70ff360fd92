"""``portfolio-planner explore PLAN.json``: ranked portfolio options and a cash-flow forecast.

Exit status: 0 options found, 1 none passed every rule, 2 the file is unreadable or lacks what
the search needs (capacity, core skill, audit). ``--adopt N --out NEW.json`` writes the plan
with option N adopted through the operations; the input file is never changed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from agent.commands.common import iso_date, load_plan, write_plan_file

HELP = "search portfolio configurations for a plan"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of the explore command."""
    parser.add_argument("plan", help="path to a plan JSON file")
    parser.add_argument("--top", type=int, default=5, help="how many options to show (1-20)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--today", type=iso_date, default=None, help="date, YYYY-MM-DD")
    parser.add_argument("--forecast", action="store_true", help="also forecast the plan's cash")
    parser.add_argument("--seed", type=int, default=7, help="seed of the forecast's draws")
    parser.add_argument("--adopt", type=int, default=None, help="option number to adopt")
    parser.add_argument("--out", type=Path, default=None, help="where to write the adopted plan")


def run(args: argparse.Namespace) -> int:
    """Search, print the options (and the forecast), and adopt one when asked."""
    from agent.plan import plan_to_json
    from agent.plan.explore import ExploreError, adopt, explore
    from agent.plan.forecast import forecast

    plan = load_plan(args.plan)
    if plan is None:
        return 2
    today = args.today or plan.as_of or dt.date.today()
    top = min(20, max(1, args.top, args.adopt or 0))
    try:
        result = explore(plan, today=today, top=top)
    except ExploreError as exc:
        print(f"error: {args.plan}: {exc.message}\nfix: {exc.fix}", file=sys.stderr)
        return 2
    body: dict[str, Any] = result.model_dump(mode="json")
    if args.forecast:
        body["forecast"] = forecast(plan, today=today, seed=args.seed).model_dump(mode="json")
    if args.adopt is not None:
        return _adopt(args, plan, result, today, adopt, plan_to_json)
    print(json.dumps(body, indent=2) if args.json else _render(body))
    return 0 if result.candidates else 1


def _adopt(
    args: argparse.Namespace, plan: Any, result: Any, today: dt.date, adopt: Any, to_json: Any
) -> int:
    chosen = next((c for c in result.candidates if c.rank == args.adopt), None)
    if chosen is None or args.out is None:
        print(
            f"error: option {args.adopt} is not available or --out is missing\n"
            f"fix: pick 1-{len(result.candidates)} and give --out NEW_PLAN.json",
            file=sys.stderr,
        )
        return 2
    outcome = adopt(plan, chosen.operations, today=today)
    if not outcome.accepted:
        print("refused: " + "; ".join(f"{f.code} {f.message}" for f in outcome.errors))
        return 1
    problem = write_plan_file(args.out, to_json(outcome.plan))
    if problem:
        print(problem, file=sys.stderr)
        return 2
    print(f"adopted option {chosen.rank} ({chosen.label}) -> {args.out}")
    return 0


def _render(body: dict[str, Any]) -> str:
    lines = [
        f"{len(body['candidates'])} option(s) from {body['shapes']} shapes, "
        f"{body['scored']} allocations scored, {body['verified']} built and checked"
    ]
    lines += [f"note: {n}" for n in body["notes"]]
    for c in body["candidates"]:
        lines += ["", f"{c['rank']}. {c['label']}  (rank figure {c['total']:.2f})"]
        for s in c["streams"]:
            lines.append(
                f"   {s['role']:<8} {s['name']:<40} {s['target_hours']:>5g} h  "
                f"{s['target_income_share']:>5g} %  {s['expected_revenue']:>10,.0f} expected"
            )
        lines.append(f"   why: {c['reason']}")
    if "forecast" in body:
        lines += ["", "cash-flow forecast (12 months):"]
        lines += [f"  - {line}" for line in body["forecast"]["summary"]]
    return "\n".join(lines)
