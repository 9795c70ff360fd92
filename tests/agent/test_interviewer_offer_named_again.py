"""At the audit's question, a yes to the work offered from the opening that names it again
("yeah the barista job, plus ...") adds it once, and the yes is never part of a name."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.reading import PlanView, read
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)


def test_the_offered_work_named_again_with_a_yes_is_added_once() -> None:
    planner, _ = conversation(
        TODAY,
        "I'm a barista at a cafe in Leeds",
        "general",
        "45",
        "none",
        "3k saved, spend 1.6k a month",
        "yeah the barista job, plus dog sitting and dj gigs",
    )
    names = [a.name.casefold() for a in planner.plan.activities]
    assert not any(n.startswith(("yeah", "yes")) for n in names)
    assert sum("barista" in n for n in names) == 1
    assert any("dog sitting" in n for n in names)


def test_a_yes_before_a_listed_name_is_not_part_of_it() -> None:
    said = "yep the bakery shifts, and I do some wedding cakes"
    names = [str(r.value) for r in read(said, PlanView(), "activities") if r.field == "activity"]
    assert names and not any(n.casefold().startswith(("yep", "yes")) for n in names)
