"""Figures and labels of other work said at one work's question, and weekly hours a shift
pattern sums to.

- "my candle shop makes 400 a month" while the welder's pay is asked names the candle shop with
  its figure; the welder's own words ("the job pays", "it pays", the employer) stay his;
- "busy october to march, nothing in summer" right after a message about the ski lessons is
  how steady the ski lessons are, not the asked work;
- at the audit, work offered from the opening named again with its figures keeps the name it
  was offered by;
- "10 hour shifts, comes to about 40 a week": the 40 are the work's hours.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.namelike import name
from agent.interviewer.reading import PlanView, read
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)
WELDER = PlanView(activities=("welder",))


def _figures(message: str, ask: str, view: PlanView = WELDER) -> dict[tuple[str, str], float]:
    return {
        (str(r.field), str(r.subject)): float(r.value)
        for r in read(message, view, ask)
        if r.act == "fact" and isinstance(r.value, float)
    }


@pytest.mark.parametrize(
    ("message", "ask", "work", "field", "value"),
    [
        ("my candle shop makes 400 a month", "act:revenue:welder", "candle shop",
         "activity.annual_revenue", 4800.0),
        ("the evening classes pay 30 an hour, 4 hours a week", "act:revenue:welder",
         "evening classes", "activity.annual_revenue", 6240.0),
        ("the allotment stall takes 5 hours a week", "act:hours:welder", "allotment stall",
         "activity.hours_per_week", 5.0),
        ("my candle shop makes 400 a month", "act:hours:welder", "candle shop",
         "activity.annual_revenue", 4800.0),
    ],
)  # fmt: skip
def test_a_figure_said_with_its_own_work_is_that_works(
    message: str, ask: str, work: str, field: str, value: float
) -> None:
    readings = read(message, WELDER, ask)
    named = [r for r in readings if r.field == "activity" and r.act == "fact"]
    assert [str(r.value) for r in named] == [work]
    assert _figures(message, ask).get((field, work)) == value
    assert not any(r.subject == "welder" for r in readings if r.act == "fact")


@pytest.mark.parametrize(
    "message",
    ["the job pays 41k", "it pays 41k", "the factory pays me 41k", "41k"],
)
def test_the_asked_works_own_words_keep_its_figure(message: str) -> None:
    assert _figures(message, "act:revenue:welder") == {
        ("activity.annual_revenue", "welder"): 41000.0
    }


def test_a_buyer_that_pays_for_the_work_names_no_other_work() -> None:
    said = "the gallery pays 200 a piece, I sell 2 a month"
    readings = read(said, PlanView(activities=("welder", "metal sculpture")),
                    "act:revenue:metal sculpture")  # fmt: skip
    assert not any(r.field == "activity" for r in readings)


def test_figures_of_work_on_record_go_to_it() -> None:
    view = PlanView(activities=("welder", "candle shop"))
    assert _figures("the candle shop brings in 3k a year", "act:revenue:welder", view) == {
        ("activity.annual_revenue", "candle shop"): 3000.0
    }


def test_a_name_holding_an_ordinal_keeps_it() -> None:
    assert name("first aid training") == "First aid training"
    assert name("second, the candle shop") == "The candle shop"


AUDIT = ("I'm a welder, full time. I also teach ski lessons in the winter.", "general", "40",
         "none", "5k saved, spend 2k a month")  # fmt: skip


def test_a_label_after_a_message_about_other_work_is_that_works() -> None:
    planner, _ = conversation(
        TODAY, *AUDIT, "yes both",
        "the ski lessons are about 8 hours a week in the season, 3k for the season",
        "the season runs november to march, nothing in summer",
    )  # fmt: skip
    work = {a.name.casefold(): a for a in planner.plan.activities}
    ski = next(a for n, a in work.items() if "ski" in n)
    assert "volatility" in ski.answered and ski.volatility == "variable"
    assert "volatility" not in work["welder"].answered


def test_offered_work_named_again_with_figures_keeps_its_offered_name() -> None:
    said = "the ski lessons are about 8 hours a week, 3k a season"
    planner, _ = conversation(TODAY, *AUDIT, said)
    names = [a.name.casefold() for a in planner.plan.activities]
    assert names == ["teaching ski lessons"]
    assert planner.plan.activities[0].hours_per_week == 8.0


@pytest.mark.parametrize(
    ("message", "ask"),
    [
        ("I'm a welder, 10 hour shifts, comes to about 40 a week", "context"),
        ("10 hour shifts, works out to roughly 40 a week", "act:hours:welder"),
    ],
)
def test_the_week_a_shift_pattern_sums_to_is_the_works_hours(message: str, ask: str) -> None:
    hours = [r for r in read(message, WELDER if ask != "context" else PlanView(), ask)
             if r.field == "activity.hours_per_week"]  # fmt: skip
    assert [(r.value, r.confident) for r in hours] == [(40.0, True)]


# --- someone else's figure, or a cost of the household ----------------------------------------


@pytest.mark.parametrize(
    ("message", "ask"),
    [
        ("my wife earns about 35k a year", "act:revenue:Bakery shifts"),
        ("my partner brings in around 1,800 a month", "act:revenue:Bakery shifts"),
        ("the kids take 12 hours a week at least", "act:hours:Bakery shifts"),
        ("the mortgage eats up 950 a month", "act:revenue:Bakery shifts"),
    ],
)
def test_a_figure_whose_subject_is_someone_else_is_never_the_asked_works(
    message: str, ask: str
) -> None:
    view = PlanView(activities=("Bakery shifts", "Cake orders"))
    sure = [r for r in read(message, view, ask) if r.confident and r.field != "activity"]
    assert not any((r.field or "").startswith("activity.") for r in sure)
    assert not any(r.act == "fact" and r.field == "activity" for r in read(message, view, ask))


@pytest.mark.parametrize(
    "message",
    ["the commute takes 2 hours a day", "the prep takes about 4 hours", "the dog takes an hour"],
)
def test_time_taken_by_what_is_no_work_by_its_words_is_asked_back_not_new_work(
    message: str,
) -> None:
    view = PlanView(activities=("Bakery shifts", "Cake orders"))
    readings = read(message, view, "act:hours:Bakery shifts")
    assert not any(r.act == "fact" and r.field == "activity" for r in readings)
    assert not any(r.confident and (r.field or "").startswith("activity.") for r in readings)
