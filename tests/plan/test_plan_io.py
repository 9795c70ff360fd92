"""JSON import/export: strict, versioned, with errors that name the field; the committed schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from plan_helpers import EXAMPLES, REPO, example

from agent.plan import SCHEMA_VERSION, PlanError, plan_from_json, plan_to_json, read_plan
from agent.plan.schema import plan_schema, plan_schema_text


def _document() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(plan_to_json(example("union-organiser")))
    return doc


def test_export_then_import_is_the_identity() -> None:
    plan = example("tech-worker")
    assert plan_from_json(plan_to_json(plan)) == plan
    assert json.loads(plan_to_json(plan))["schema_version"] == SCHEMA_VERSION


def test_unknown_field_is_refused_by_name() -> None:
    doc = _document()
    doc["streams"][0]["colour"] = "red"
    with pytest.raises(PlanError) as caught:
        plan_from_json(json.dumps(doc))
    assert "streams.0.colour" in caught.value.message
    assert "Extra inputs are not permitted" in caught.value.message


def test_wrong_value_names_the_field_and_the_expected_values() -> None:
    doc = _document()
    doc["streams"][1]["role"] = "boss"
    with pytest.raises(PlanError) as caught:
        plan_from_json(json.dumps(doc))
    message = caught.value.message
    assert "streams.1.role" in message and "'anchor'" in message and "'boss'" in message


def test_truncated_json_says_where() -> None:
    text = plan_to_json(example("activist"))
    with pytest.raises(PlanError) as caught:
        plan_from_json(text[: len(text) // 2])
    assert "not valid JSON" in caught.value.message and "line" in caught.value.message
    assert "truncated" in caught.value.fix


@pytest.mark.parametrize("text", ["[1, 2]", '"plan"', "null"])
def test_non_object_json_is_not_a_plan(text: str) -> None:
    with pytest.raises(PlanError, match="expected a JSON object"):
        plan_from_json(text)


def test_missing_or_newer_or_unknown_schema_version_is_explained() -> None:
    doc = _document()
    del doc["schema_version"]
    with pytest.raises(PlanError, match="schema_version: expected an integer"):
        plan_from_json(json.dumps(doc))
    with pytest.raises(PlanError, match="newer than this program"):
        plan_from_json(json.dumps({**doc, "schema_version": SCHEMA_VERSION + 1}))
    with pytest.raises(PlanError, match="not a known plan format"):
        plan_from_json(json.dumps({**doc, "schema_version": 0}))


def test_duplicate_stream_ids_are_refused() -> None:
    doc = _document()
    doc["streams"][1]["id"] = doc["streams"][0]["id"]
    with pytest.raises(PlanError, match="used more than once"):
        plan_from_json(json.dumps(doc))


def test_out_of_range_stream_figures_still_load_so_the_rules_can_name_them() -> None:
    plan = read_plan(EXAMPLES / "broken" / "pc009-negative-revenue.json")
    assert min(s.expected_revenue for s in plan.streams) < 0


def test_unreadable_file_is_a_plan_error(tmp_path: Path) -> None:
    with pytest.raises(PlanError, match="cannot read"):
        read_plan(tmp_path / "absent.json")


def test_committed_schema_is_current() -> None:
    committed = (REPO / "docs" / "plan.schema.json").read_text()
    assert committed == plan_schema_text(), (
        "docs/plan.schema.json is stale: run python -m agent.plan.schema > docs/plan.schema.json"
    )


@pytest.mark.parametrize("path", sorted(EXAMPLES.rglob("*.json")), ids=lambda p: p.name)
def test_every_example_validates_against_the_schema(path: Path) -> None:
    jsonschema.validate(json.loads(path.read_text()), plan_schema())


def test_schema_refuses_unknown_fields() -> None:
    doc = _document()
    doc["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, plan_schema())
