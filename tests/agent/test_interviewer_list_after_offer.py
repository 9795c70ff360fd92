"""A list opened with "ok" after the audit offered work named in passing is the person's own
list: the offered names are not added beside it (they are the same work in other words), and
a correction of a count naming listed work by a word of its name changes that work."""

from __future__ import annotations

import datetime as dt

from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)
_OPENING = "hiya, in Cardiff I groom dogs from a van and I run pet first aid courses now and then"


def test_an_ok_before_a_list_adds_no_offered_names_beside_it() -> None:
    planner, _ = conversation(
        TODAY,
        _OPENING,
        "general",
        "40",
        "none",
        "2k saved, spend 1.4k a month",
        "ok here goes: 1) mobile dog grooming, 30 hrs, £21,000 2) canine first aid workshops, "
        "4 hrs a week, £95 a head x 10 a month",
    )
    names = [a.name.casefold() for a in planner.plan.activities]
    assert names == ["mobile dog grooming", "canine first aid workshops"], names


def test_a_yes_before_a_list_still_takes_the_offer() -> None:
    planner, _ = conversation(
        TODAY, _OPENING, "general", "40", "none", "2k saved, spend 1.4k a month", "yes"
    )
    assert any("first aid" in a.name.casefold() for a in planner.plan.activities)


def test_a_count_corrected_one_question_later_changes_the_named_work() -> None:
    planner, _ = conversation(
        TODAY,
        "general",
        "40",
        "none",
        "2k saved, spend 1.4k a month",
        "mobile dog grooming, 30 hrs, £21,000, steady. canine first aid workshops, 4 hrs a week, "
        "£95 a head x 10 a month",
        "that's all",
        "patience",
        "drains me",
        "varies",
        "teaching",
        "actually it's 12 workshops a month now, not 10, same rate",
    )
    workshops = next(a for a in planner.plan.activities if "workshop" in a.name.casefold())
    assert workshops.annual_revenue == 95 * 12 * 12
