"""The JSON Schema of a plan file, generated from the models.

Regenerate the committed copy with ``python -m agent.plan.schema > docs/plan.schema.json``.
"""

from __future__ import annotations

import json
from typing import Any

from agent.plan.models import SCHEMA_VERSION, Plan

SCHEMA_ID = "https://portfolio-planner.example/plan.schema.json"


def plan_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a plan file."""
    schema = Plan.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "x-schema-version": SCHEMA_VERSION,
        **schema,
    }


def plan_schema_text() -> str:
    """The schema as the text committed at docs/plan.schema.json."""
    return json.dumps(plan_schema(), indent=2, sort_keys=False) + "\n"


if __name__ == "__main__":
    print(plan_schema_text(), end="")
