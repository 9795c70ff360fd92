"""The plan's currency, its answered audit fields, what it still needs, and loop sentences."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from plan_helpers import example
from pydantic import ValidationError

from agent.plan import (
    AddActivity,
    Plan,
    SetCurrency,
    UpdateActivity,
    apply,
    forecast,
    plan_from_json,
    plan_to_json,
    replay,
    shock_test,
)
from agent.plan.money import amount, axis_ticks, short_amount
from agent.plan.operations import operation_from_json, operation_to_json
from agent.plan.rules import needs
from agent.plan.sentences import relation_sentence

TODAY = dt.date(2026, 11, 22)


def test_set_currency_takes_an_iso_code_in_any_case_and_refuses_others() -> None:
    plan = apply(Plan(), SetCurrency(code="gbp"), today=TODAY).plan
    assert plan.currency == "GBP"
    for bad in ("XYZ", "£", "pounds"):
        with pytest.raises(ValidationError, match="ISO 4217"):
            SetCurrency(code=bad)
    with pytest.raises(Exception, match="ISO 4217"):
        plan_from_json(json.dumps({"schema_version": 1, "currency": "ABC"}))


def test_amounts_show_the_currency_or_plain_figures_without_one() -> None:
    assert amount(45000) == "45,000" and amount(None, "GBP") == "unknown"
    assert amount(45000, "GBP") == "£45,000" and amount(1200.4, "EUR") == "€1,200"
    assert amount(3500, "CHF") == "3,500 CHF" and amount(-20, "USD") == "-$20"
    assert short_amount(36000, "GBP") == "£36k" and short_amount(36000, "CHF") == "36k"
    assert short_amount(2000, "EUR") == "€2k" and short_amount(2500) == "2.5k"


def test_chart_axes_step_by_round_amounts_past_the_highest_value() -> None:
    assert axis_ticks(7100) == [0, 2000, 4000, 6000, 8000]
    assert axis_ticks(2100) == [0, 1000, 2000, 3000]
    assert axis_ticks(120_000) == [0, 50_000, 100_000, 150_000]
    assert axis_ticks(0) == [0, 1]
    for top in (1.5, 37, 950, 5300, 63_000, 999_999):
        ticks = axis_ticks(top)
        assert ticks[-1] >= top and ticks[-2] < top and len(ticks) <= 5


def test_the_core_summaries_carry_the_currency() -> None:
    plan = apply(example("freelance-academic"), SetCurrency(code="EUR"), today=TODAY).plan
    assert "€" in forecast(plan, today=TODAY, seed=7).summary[0]
    assert all("€" in r.summary for r in shock_test(plan))
    assert "€" not in forecast(example("freelance-academic"), today=TODAY, seed=7).summary[0]


def test_an_activity_knows_which_fields_the_person_gave() -> None:
    plan = apply(Plan(), AddActivity(name="Tutoring", hours_per_week=6), today=TODAY).plan
    tutoring = plan.activities[0]
    assert tutoring.answered == ["hours_per_week"] and not tutoring.given("annual_revenue")
    assert tutoring.annual_revenue == 0 and tutoring.energy == "neutral"  # defaults kept
    plan = apply(plan, UpdateActivity(name="Tutoring", annual_revenue=0), today=TODAY).plan
    assert plan.activities[0].answered == ["hours_per_week", "annual_revenue"]


def test_answered_fields_survive_the_event_log_and_the_file() -> None:
    steps = [AddActivity(name="Tutoring"), UpdateActivity(name="Tutoring", energy="draining")]
    logged = [operation_from_json(operation_to_json(s)) for s in steps]
    plan = replay(logged, today=TODAY)  # type: ignore[arg-type]
    assert plan.activities[0].answered == ["energy"]
    assert plan_from_json(plan_to_json(plan)).activities[0].answered == ["energy"]


def test_older_files_count_every_activity_field_as_given() -> None:
    plan = plan_from_json(json.dumps({"schema_version": 1, "activities": [{"name": "Day job"}]}))
    assert plan.activities[0].answered is None and plan.activities[0].given("energy")
    plan = apply(plan, UpdateActivity(name="Day job", hours_per_week=30), today=TODAY).plan
    assert plan.activities[0].answered is None


def test_needs_are_plain_words_with_their_rule_kept_aside() -> None:
    found = needs(Plan(), today=TODAY)
    texts = [n.text for n in found]
    assert texts[0] == "the hours a week you can really give"
    assert "3 to 5 streams of work" in texts and "a date for your first quarterly review" in texts
    assert all("PC0" not in n.text for n in found)
    pc001 = next(n for n in found if n.code == "PC001")
    assert "0 streams" in pc001.detail
    assert needs(example("freelance-academic"), today=TODAY) == []


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("cases ground the essays", "Job teaches Essays: cases ground the essays."),
        ("", "Job teaches Essays."),
        ("what grows feeds Essays", "Job teaches Essays: what grows."),
        ("line\nbreak.", "Job teaches Essays: line break."),
    ],
)  # fmt: skip
def test_a_loop_reads_as_one_sentence(note: str, said: str) -> None:
    assert relation_sentence("Job", "teaches", "Essays", note) == said


def test_what_changed_names_the_currency_and_not_the_answered_list() -> None:
    from agent.plan import diff

    before = apply(Plan(), AddActivity(name="Tutoring"), today=TODAY).plan
    after = apply(before, UpdateActivity(name="Tutoring", energy="draining"), today=TODAY).plan
    after = apply(after, SetCurrency(code="EUR"), today=TODAY).plan
    said = [c.summary for c in diff(before, after)]
    assert "currency: none -> EUR" in said
    assert any("energy" in s for s in said) and not any("answered" in s for s in said)
