"""A question's id taken apart in one place: its kind, field and the work it names."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import asks


@pytest.mark.parametrize(
    ("ask", "kind", "field", "work"),
    [
        ("act:hours:Teaching", "act:hours", "hours", "Teaching"),
        # a work's own name may hold a colon ("Studio: prints"): only the first two split
        ("act:revenue:Studio: prints", "act:revenue", "revenue", "Studio: prints"),
        ("capacity", "capacity", "", ""),
        # a review step names a stream, not work: it is its own kind and names no work
        ("rv:keep:Consulting", "rv:keep:Consulting", "", ""),
        ("act:hours", "act:hours", "hours", ""),
    ],
)
def test_an_ask_id_is_read_the_same_way_everywhere(
    ask: str, kind: str, field: str, work: str
) -> None:
    assert (asks.kind(ask), asks.field(ask), asks.work(ask)) == (kind, field, work)
