"""What several commands share: date arguments, and reading and writing a plan file with a
clear error."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent.plan import Plan


def iso_date(text: str) -> dt.date:
    """An argparse type for YYYY-MM-DD dates."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; use YYYY-MM-DD") from None


def load_plan(path: Path) -> Plan | None:
    """The plan in ``path``; None after printing what is wrong and how to fix it."""
    from agent.plan import PlanError, read_plan

    try:
        return read_plan(path)
    except PlanError as exc:
        print(f"error: {path}: {exc.message}\nfix: {exc.fix}", file=sys.stderr)
        return None


def write_plan_file(path: Path, text: str) -> str | None:
    """Write a plan file; ``None`` when written, else what went wrong and how to fix it."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return (
            f"error: cannot write {path}: {reason}\nfix: give --out a file path inside an "
            "existing folder you can write to (not a folder itself)"
        )
    return None
