"""Versioned, strict JSON import and export of plans.

Reading never guesses: unknown fields are refused, and every error names the field and what
was expected. Files from an older schema version pass through ``MIGRATIONS`` (none yet: version
1 is the first); files from a newer version are refused with a clear message.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from agent.plan.findings import PlanError
from agent.plan.models import SCHEMA_VERSION, Plan

#: version -> function turning a document of that version into the next version's shape.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

MAX_ERRORS_SHOWN = 5


def plan_to_json(plan: Plan) -> str:
    """The plan as indented JSON text, ``schema_version`` first."""
    return plan.model_dump_json(indent=2) + "\n"


def plan_from_json(text: str | bytes) -> Plan:
    """Read a plan from JSON text; raises :class:`PlanError` naming what is wrong."""
    document = _parse(text)
    document = _upgrade(document)
    try:
        return Plan.model_validate(document)
    except ValidationError as exc:
        raise _explain(exc) from None


def read_plan(path: str | Path) -> Plan:
    """Read a plan file; raises :class:`PlanError` when it is unreadable or not a plan."""
    try:
        text = Path(path).read_bytes()
    except OSError as exc:
        raise PlanError(
            f"cannot read {path}: {exc.strerror or exc}", "check the path and the permissions"
        ) from None
    return plan_from_json(text)


def _refuse_constant(name: str) -> Any:
    raise PlanError(
        f"not valid JSON: {name} is not a number JSON allows",
        "write a finite number (e.g. 0) or leave the field out, or export the plan again",
    )


def _parse(text: str | bytes) -> dict[str, Any]:
    try:
        # NaN and Infinity are not JSON; Python would accept them and every rule compares
        # false against NaN, so a plan holding one could pass checks it should fail.
        document = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise PlanError(
            "not a plan: the JSON is nested far too deeply",
            "give a plan exported by portfolio-planner; plans nest only a few levels",
        ) from None
    except json.JSONDecodeError as exc:
        raise PlanError(
            f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
            "the file may be truncated; export the plan again or repair the JSON",
        ) from None
    except UnicodeDecodeError:
        raise PlanError("not text: the file is not UTF-8", "give a plan exported as JSON") from None
    if not isinstance(document, dict):
        raise PlanError(
            f"expected a JSON object (a plan), got a JSON {type(document).__name__}",
            "give a plan file: an object with schema_version, streams and the other plan fields",
        )
    return document


def _upgrade(document: dict[str, Any]) -> dict[str, Any]:
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PlanError(
            f"schema_version: expected an integer, got {version!r}",
            f'a plan file starts with "schema_version": {SCHEMA_VERSION}',
        )
    if version > SCHEMA_VERSION:
        raise PlanError(
            f"schema_version {version} is newer than this program reads ({SCHEMA_VERSION})",
            "upgrade portfolio-planner to read this plan",
        )
    while version < SCHEMA_VERSION:
        if version not in MIGRATIONS:
            raise PlanError(
                f"schema_version {version} is not a known plan format (known: {SCHEMA_VERSION})",
                f"set schema_version to {SCHEMA_VERSION} if the file follows the current format",
            )
        document = MIGRATIONS[version](document)
        version = int(document["schema_version"])
    return document


def _explain(exc: ValidationError) -> PlanError:
    problems = []
    for err in exc.errors()[:MAX_ERRORS_SHOWN]:
        where = ".".join(str(part) for part in err["loc"]) or "plan"
        got = "" if err["type"] == "missing" else f" (got {err['input']!r:.60})"
        problems.append(f"{where}: {err['msg']}{got}")
    more = exc.error_count() - len(problems)
    suffix = f"; and {more} more" if more > 0 else ""
    return PlanError(
        "not a valid plan: " + "; ".join(problems) + suffix,
        "correct the named field(s) as described, or export the plan again",
    )
