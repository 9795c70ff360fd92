"""Versioned, strict JSON import and export of plans.

Reading never guesses: unknown fields are refused, and every error names the field and what
was expected. Files from an older schema version pass through ``MIGRATIONS`` (none yet: version
1 is the first); files from a newer version are refused with a clear message.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from agent.plan import limits
from agent.plan.findings import PlanError
from agent.plan.models import SCHEMA_VERSION, Plan

#: version -> function turning a document of that version into the next version's shape.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

MAX_ERRORS_SHOWN = 5


def plan_to_json(plan: Plan) -> str:
    """The plan as indented JSON text, ``schema_version`` first."""
    return plan.model_dump_json(indent=2) + "\n"


def plan_from_json(text: str | bytes) -> Plan:
    """Read a plan from JSON text; raises :class:`PlanError` naming what is wrong.

    Besides the schema, the text is held to :mod:`agent.plan.limits`: its size, how many
    streams, activities, skills, blocks and loops it lists, and what its strings may hold.
    """
    if len(text) > limits.MAX_PLAN_BYTES:
        raise _too_big()
    document = _parse(text)
    _check_document(document)
    document = _upgrade(document)
    try:
        return Plan.model_validate(document)
    except ValidationError as exc:
        raise _explain(exc) from None


def read_plan(path: str | Path) -> Plan:
    """Read a plan file; raises :class:`PlanError` when it is unreadable or not a plan."""
    try:
        # Read at most one byte past the limit: a device such as /dev/zero never ends.
        with Path(path).open("rb") as file:
            text = file.read(limits.MAX_PLAN_BYTES + 1)
    except OSError as exc:
        raise PlanError(
            f"cannot read {path}: {exc.strerror or exc}", "check the path and the permissions"
        ) from None
    return plan_from_json(text)


def _too_big() -> PlanError:
    return PlanError(
        f"the file holds more than {limits.MAX_PLAN_BYTES:,} bytes, the most a plan file may "
        "hold (a full plan is a few thousand)",
        "give a plan exported by portfolio-planner",
    )


@dataclass(frozen=True)
class _BadNumber:
    """A number the reader refused, kept until its place in the file is known."""

    why: str


def _integer(literal: str) -> int | _BadNumber:
    digits = len(literal.lstrip("-"))
    if digits > limits.MAX_INTEGER_DIGITS:
        # int() of such a literal is slow, and Python refuses one over 4,300 digits outright.
        return _BadNumber(
            f"a whole number of {digits:,} digits; figures have at most "
            f"{limits.MAX_INTEGER_DIGITS} digits"
        )
    return int(literal)


def _decimal(literal: str) -> float | _BadNumber:
    if len(literal) > limits.MAX_NUMBER_CHARS:
        return _BadNumber(
            f"a number written with {len(literal):,} characters; figures are written with at "
            f"most {limits.MAX_NUMBER_CHARS}"
        )
    value = float(literal)
    if not math.isfinite(value):  # e.g. 1e400: JSON allows it, and it reads as infinity
        return _BadNumber(f"{literal[:20]} is too large to be a figure")
    return value


_FIX_NUMBER = "write the figure in plain digits (e.g. 45000), or export the plan again"
_FIX_TEXT = "remove the character (or shorten the text), or export the plan again"
_FIX_SIZE = "remove items until the list fits, or export the plan again"


def _check_document(document: dict[str, Any]) -> None:
    """Refuse what the schema cannot see: oversized lists, odd numbers, unsafe text."""
    stack: list[tuple[str, Any, int]] = [("", document, 0)]
    while stack:
        path, node, depth = stack.pop()
        where = path or "plan"
        if depth > limits.MAX_DEPTH:
            raise PlanError(
                f"{where}: nested deeper than a plan ever is",
                "give a plan exported by portfolio-planner; plans nest only a few levels",
            )
        if isinstance(node, _BadNumber):
            raise PlanError(f"{where}: {node.why}", _FIX_NUMBER)
        if isinstance(node, str):
            _check_text(where, node)
        elif isinstance(node, dict):
            for key, item in node.items():
                child = f"{path}.{key}" if path else str(key)
                _check_text(child, str(key))
                stack.append((child, item, depth + 1))
        elif isinstance(node, list):
            name = path.rpartition(".")[2]
            problem = limits.count_problem(name, len(node))
            if problem:
                raise PlanError(f"{where}: {problem}", _FIX_SIZE)
            stack.extend((f"{path}.{i}", item, depth + 1) for i, item in enumerate(node))


def _check_text(where: str, text: str) -> None:
    problem = limits.text_problem(text)
    if problem:
        raise PlanError(f"{where}: the text {problem}", _FIX_TEXT)
    if len(text) > limits.MAX_TEXT_CHARS:
        raise PlanError(
            f"{where}: {len(text):,} characters; text fields hold at most "
            f"{limits.MAX_TEXT_CHARS:,}",
            _FIX_TEXT,
        )


def _refuse_constant(name: str) -> Any:
    raise PlanError(
        f"not valid JSON: {name} is not a number JSON allows",
        "write a finite number (e.g. 0) or leave the field out, or export the plan again",
    )


def _parse(text: str | bytes) -> dict[str, Any]:
    try:
        # NaN and Infinity are not JSON; Python would accept them and every rule compares
        # false against NaN, so a plan holding one could pass checks it should fail.
        document = json.loads(
            text, parse_constant=_refuse_constant, parse_int=_integer, parse_float=_decimal
        )
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
