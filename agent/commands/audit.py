"""``portfolio-planner audit CV_FILE``: the skills, roles and candidate streams in a CV.

Exit status: 0 audited, 2 the file is missing or cannot be read as a CV (message and fix on
standard error).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

HELP = "audit the skills in a CV file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of the audit command."""
    parser.add_argument("cv_file", metavar="CV_FILE", help="a CV as PDF, DOCX, TXT or Markdown")
    parser.add_argument("--json", action="store_true", help="print the audit as JSON")
    parser.add_argument(
        "--no-semantic",
        action="store_true",
        help="match aliases only (skip the local embedding model even if it is installed)",
    )


def run(args: argparse.Namespace) -> int:
    """Audit the CV file and print a table (or JSON)."""
    from knowledge.cv import CVError, Limits, audit_cv, errors

    path = Path(args.cv_file)
    if not path.is_file():
        print(f"error: no file at {path}. Check the path and try again.", file=sys.stderr)
        return 2
    try:
        limit = Limits().max_bytes
        if path.stat().st_size > limit:  # refuse before reading a huge file into memory
            raise errors.too_large(f"{path.stat().st_size / 1e6:.1f} MB", f"{limit / 1e6:.0f} MB")
        audit = audit_cv(path.read_bytes(), path.name, embedder=_embedder(args))
    except CVError as exc:
        print(f"error: {exc.message}\nfix: {exc.fix}", file=sys.stderr)
        return 2
    print(audit.model_dump_json(indent=2) if args.json else render_table(audit))
    return 0


def _embedder(args: argparse.Namespace) -> Any:
    """The local embedder when installed and wanted; alias matching alone otherwise."""
    if args.no_semantic:
        return None
    from agent.settings import get_settings

    try:
        from knowledge.embeddings import load_embedder

        return load_embedder(get_settings().model_dir)
    except (ImportError, OSError):  # ModelMissingError is a FileNotFoundError
        return None


def render_table(audit: Any) -> str:
    """The audit as plain-text tables for a terminal (never HTML)."""
    rows = [f"CV: {audit.filename} ({audit.kind}, {audit.characters:,} characters)", ""]
    rows.append(f"{'skill':<34} {'family':<15} {'level':<13} {'transfer':<8} automation")
    for skill in audit.skills:
        level = skill.level or (f"{skill.years:g} years" if skill.years else "-")
        rows.append(
            f"{skill.name[:34]:<34} {skill.family:<15} {level:<13} "
            f"{skill.transferability:<8} {skill.automation_exposure}"
            + (" (commoditisable)" if skill.commoditisable else "")
        )
    rows += ["", "Roles:"]
    rows += [
        f"  {role.start_year}-{'now' if role.current else role.end_year or '?'} "
        f"({role.years} y) {role.title}"
        for role in audit.roles
    ] or ["  none found"]
    rows += ["", "Candidate streams:"]
    rows += [f"  [{s.role}] {s.title}: {s.reason}" for s in audit.streams] or ["  none"]
    rows += [f"note: {warning}" for warning in audit.warnings]
    return "\n".join(rows)
