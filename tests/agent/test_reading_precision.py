"""Precision of the reader: where a reading comes from, and readings the evidence leaves
unsure are asked back instead of stored."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, Reading, read


def _by_field(message: str, ask: str, view: PlanView | None = None) -> dict[str, Reading]:
    return {str(r.field): r for r in read(message, view or PlanView(), ask) if r.field}


def test_a_reading_names_the_path_that_made_it() -> None:
    found = _by_field("I fix bikes, about 12 hours a week and 8k a year", "activities")
    assert found["activity.annual_revenue"].source.startswith("figures.annual<placing._money")
    assert found["activity.hours_per_week"].source.startswith("placing._hours")
    assert found["activity"].source.startswith("naming.")


def test_the_source_is_no_part_of_what_a_reading_says() -> None:
    made_here = Reading("fact", "context", "general")
    made_elsewhere = Reading("fact", "context", "general", source="somewhere.else")
    assert made_here == made_elsewhere
    assert "source" not in repr(made_here)
