"""Work said after a day and a part of the day ("Sunday afternoons I ...") is named, as work
said after a day alone ("Sundays I ...") always was."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read


@pytest.mark.parametrize(
    ("message", "word"),
    [
        ("I drive trams, 40 hours. On Sunday afternoons I teach swimming at the pool", "swimming"),
        ("nurse 37.5h. Friday nights I play keys in a covers band, £120 a gig", "keys"),
        ("bank teller, full time. Weekend mornings I teach guitar, £30 a lesson", "guitar"),
        ("bank teller, full time. Saturday mornings I sell crepes, €4 each", "crepes"),
    ],
)
def test_work_after_a_day_and_its_part_is_named(message: str, word: str) -> None:
    names = [str(r.value).lower() for r in read(message, PlanView(), "context")
             if r.field == "activity"]  # fmt: skip
    assert any(word in n for n in names)
    assert not any(n.startswith(("sunday", "friday", "saturday", "weekend")) for n in names)
