"""Work said with a verb of its own in an opening story ("we thatch roofs, 45 hrs a week") is
named at the setting question as it is at the activities question, with its figures; verbs of
thinking, having, living, money or moving name no work, and a verb after other work does not
take that work's figures."""

from __future__ import annotations

import pytest

from agent.interviewer import setting
from agent.interviewer.reading import PlanView, Reading, read
from agent.interviewer.reading.work_verbs import said_as_work

NONE = PlanView()


def sure(message: str, ask: str) -> list[Reading]:
    return [r for r in read(message, NONE, ask) if r.act in {"fact", "change"} and r.confident]


def work(readings: list[Reading]) -> dict[str, dict[str, float]]:
    """Each sure activity named, with the sure figures given to it."""
    found: dict[str, dict[str, float]] = {
        str(r.value): {} for r in readings if r.field == "activity"
    }
    for r in readings:
        if r.subject in found and r.field and r.field.startswith("activity."):
            found[r.subject][r.field.split(".")[1]] = float(r.value)  # type: ignore[arg-type]
    return found


@pytest.mark.parametrize(
    ("message", "name", "figures"),
    [
        ("we thatch roofs round the county, 45 hrs a week, €38k", "thatch roofs round the county",
         {"hours_per_week": 45, "annual_revenue": 38000}),
        ("I tile bathrooms for two builders, 32h, £29,000", "tile bathrooms for 2 builders",
         {"hours_per_week": 32, "annual_revenue": 29000}),
        ("I tune pianos, about 20 hours a week", "tune pianos", {"hours_per_week": 20}),
    ],
)  # fmt: skip
def test_work_said_by_any_verb_is_named_at_the_setting_question_as_at_activities(
    message: str, name: str, figures: dict[str, float]
) -> None:
    at_setting = work(sure(message, "context"))
    assert at_setting == work(sure(message, "activities"))
    assert at_setting == {name: figures}
    assert not any(r.field == "capacity.hours_per_week" for r in read(message, NONE, "context"))


def test_words_after_a_spaced_dash_describe_the_work_and_its_figures_follow() -> None:
    message = "I renovate canal boats - self-employed - 35h"
    for ask in ("context", "activities"):
        assert work(sure(message, ask)) == {"renovate canal boats": {"hours_per_week": 35}}, ask


def test_figures_that_open_the_next_sentence_belong_to_the_work_said_before() -> None:
    found = work(sure("I mend nets for the trawlers. About 25 hours a week, maybe 18 grand.",
                      "context"))  # fmt: skip
    assert found == {"mend nets for the trawlers": {"hours_per_week": 25, "annual_revenue": 18000}}


@pytest.mark.parametrize(
    "message",
    [
        "I commute 10 hours a week",
        "I spend 20 hours a week on the allotment",
        "I bought a van last year, 20 hours a week",
        "I look after my dad, 30 hours a week",
        "we visit my gran most weekends, 6 hours",
    ],
)
def test_verbs_of_living_moving_money_or_care_name_no_work(message: str) -> None:
    readings = read(message, NONE, "context")
    assert not [r for r in readings if r.field == "activity"]
    assert not [r for r in readings if r.field == "capacity.hours_per_week" and r.confident]


def test_a_verb_after_a_job_does_not_take_the_jobs_hours_unless_said_as_more_work() -> None:
    task = work(sure("I'm a paramedic and I stitch wounds, 42 hours a week", "context"))
    assert not any("stitch" in name for name in task)
    more = work(sure("I'm a paramedic, 42h, and I also stitch quilts to order, 4 hours a week",
                     "context"))  # fmt: skip
    assert more["stitch quilts to order"] == {"hours_per_week": 4}
    assert more["paramedic"] == {"hours_per_week": 42}


def test_the_open_verb_rule_is_read_only_where_the_setting_is_asked() -> None:
    readings = read("I plane doors 30 hrs, and can't do mornings", NONE, "capacity")
    assert not [r for r in readings if r.field == "activity"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("i shear sheep", True),
        ("sundays we groom horses", True),
        ("i mostly operate cranes", True),
        ("also i feed cattle", True),
        ("i think so", False),
        ("i restored furniture", False),
        ("i sold my car", False),
        ("i earn about 30k", False),
        ("i care for my mum", False),
        ("i hate it", False),
        ("i'd weld gates", False),
    ],
)
def test_a_verb_of_work_is_any_present_verb_but_the_closed_kinds(text: str, said: bool) -> None:
    assert said_as_work(text) is said


def test_a_short_answer_naming_work_by_its_verb_is_the_general_setting() -> None:
    found = setting.from_job("I service boilers")
    assert found is not None and found.value == "general"
    assert setting.from_job("I miss my old job") is None


def test_work_waits_for_money_that_opens_the_next_sentence_but_not_for_a_time_ago() -> None:
    waited = work(sure("I upholster chairs. €15.000 a year, give or take.", "context"))
    assert waited == {"upholster chairs": {"annual_revenue": 15000}}
    past = read("I upholster chairs. Two years ago that was €15.000 a year.", NONE, "context")
    assert not [r for r in past if r.field == "activity.annual_revenue" and r.confident]


@pytest.mark.parametrize("text", ["i wokr on cars", "i spnd about 2k a month", "i lvie in leeds"])
def test_a_closed_verb_typed_with_a_slip_is_still_no_work(text: str) -> None:
    assert not said_as_work(text)


def test_a_feeling_said_by_degree_is_no_job_and_leaves_the_work_after_it_first() -> None:
    message = ("Hi. I'm a little nervous about money, to be honest. I carve headstones (the "
               "reliable part, about €31k a year).")  # fmt: skip
    assert work(sure(message, "context")) == {"carve headstones": {"annual_revenue": 31000}}
