"""``portfolio-planner check PLAN.json``: run the allocation rules on a plan file.

Exit status: 0 no errors, 1 errors found, 2 the file is unreadable or not a plan.
The review window (PC020) counts from ``--today`` when given, else from the plan's own
``as_of`` date, else from the current date, so a saved plan checks the same way later.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from agent.commands.common import iso_date, load_plan

HELP = "check a plan file against the allocation rules"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of the check command."""
    parser.add_argument("plan", help="path to a plan JSON file")
    parser.add_argument("--final", action="store_true", help="also apply the final-plan rules")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--today",
        type=iso_date,
        default=None,
        help="date the review window counts from, YYYY-MM-DD (default: the plan's as_of)",
    )


def run(args: argparse.Namespace) -> int:
    """Check the plan and print findings, scores, the shock test and the shared risks."""
    from agent.plan import check, scores, shock_test
    from agent.plan.correlated import diversification, factor_scenarios

    plan = load_plan(args.plan)
    if plan is None:
        return 2
    today = args.today or plan.as_of or dt.date.today()
    findings = check(plan, final=args.final, today=today)
    result = {
        "plan": str(args.plan),
        "final": args.final,
        "today": today.isoformat(),
        "findings": [f.model_dump() for f in findings],
        "scores": scores(plan).model_dump(),
        "shock_test": [r.model_dump() for r in shock_test(plan)],
        "diversification": diversification(plan).model_dump(),
        "shared_risks": [s.model_dump() for s in factor_scenarios(plan, shared_only=True)],
    }
    print(json.dumps(result, indent=2) if args.json else _render(result))
    return 1 if any(f.severity == "error" for f in findings) else 0


def _render(result: dict[str, Any]) -> str:
    lines = [f"{result['plan']} ({'final' if result['final'] else 'draft'} check)", ""]
    findings = result["findings"]
    if findings:
        lines += _table(findings)
    else:
        lines.append("no findings: every rule holds")
    lines += ["", "scores:"]
    for score in result["scores"].values():
        lines.append(f"  {score['name']:<11} {score['value']:.1f}  " + "; ".join(score["reasons"]))
    lines += ["", "shock test:"]
    lines += [f"  - {r['summary']}" for r in result["shock_test"]] or ["  (no streams)"]
    score = result["diversification"]
    lines += ["", f"shared risks: diversification {score['value']:.1f} / 5"]
    lines += [f"  {reason}" for reason in score["reasons"]]
    lines += [f"  - {s['summary']}" for s in result["shared_risks"]]
    errors = sum(f["severity"] == "error" for f in findings)
    lines += ["", f"{errors} error(s), {len(findings) - errors} other finding(s)"]
    return "\n".join(lines)


def _table(findings: list[dict[str, Any]]) -> list[str]:
    width = max(len(f["path"]) for f in findings)
    lines = [f"{'code':<6} {'severity':<8} {'path':<{width}}  message / fix"]
    for f in findings:
        lines.append(f"{f['code']:<6} {f['severity']:<8} {f['path']:<{width}}  {f['message']}")
        lines.append(f"{'':<6} {'':<8} {'':<{width}}  fix: {f['fix']}")
    return lines
