"""Late news about work on record, said while another question is open: a figure put right
is a change, never the lesson of the asked work, and the naira written as a letter glued to a
grouped amount is money, never a name with a digit in it."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, Reading, read
from agent.interviewer.reading.quantities import find_quantities

WORKS = PlanView(activities=("Market stall", "Tailoring", "Choir"))


def _read(message: str, ask: str) -> list[Reading]:
    return read(message, WORKS, ask)


def _lessons(message: str, ask: str = "act:teaches:Tailoring") -> list[str]:
    return [str(r.value) for r in _read(message, ask) if r.field == "activity.teaches"]


def test_a_request_to_put_a_figure_right_is_no_lesson() -> None:
    assert _lessons("could you change the market stall to 450 a month please") == []
    assert _lessons("Kindly update the stall to N540,000 a year, sales went up.") == []


def test_a_lesson_before_a_request_to_put_a_figure_right_is_kept_alone() -> None:
    said = "It teaches me a steady hand. Oh and change the stall to 500 a month"
    assert _lessons(said) == ["steady hand"]


def test_news_announced_alone_is_no_lesson() -> None:
    said = "Oh, quick update! The stall is now making ₦60k a month, so ₦720k a year."
    read_here = _read(said, "act:teaches:Tailoring")
    assert [r.field for r in read_here if r.act == "fact"] == []
    change = [r for r in read_here if r.act == "change"]
    assert [(r.subject, r.value) for r in change] == [("Market stall", 720000.0)]


def test_a_lesson_that_changes_a_thing_stays_a_lesson() -> None:
    said = "how to change a zip to a stronger one"
    assert _lessons(said) == [said]


def test_the_naira_letter_before_a_grouped_amount_is_money() -> None:
    found = find_quantities("the stall now makes n540,000 a year")
    assert [(q.kind, q.value, q.currency) for q in found] == [("money", 540000.0, "NGN")]
    scaled = find_quantities("about n2.5m a year")
    assert [(q.kind, q.value, q.currency) for q in scaled] == [("money", 2500000.0, "NGN")]


def test_a_letter_and_digits_that_name_a_thing_stay_a_name() -> None:
    assert [q.kind for q in find_quantities("i sew n95 style masks")] == ["label"]


def test_a_change_said_with_the_naira_letter_changes_the_named_work() -> None:
    changes = [r for r in _read("Please change the stall to N540,000 a year.", "act:teaches:Choir")]
    assert [(r.act, r.field, r.subject, r.value, r.currency) for r in changes] == [
        ("change", "activity.annual_revenue", "Market stall", 540000.0, "NGN")
    ]


def test_spending_written_with_the_naira_letter_is_no_limit() -> None:
    said = _read("No work on Fridays. my spending is about N250,000 a month", "constraints")
    spending = [r for r in said if r.field == "capacity.monthly_spending"]
    assert [(r.value, r.currency) for r in spending] == [(250000.0, "NGN")]
    limits = [str(r.value) for r in said if r.field == "capacity.constraints"]
    assert all("250" not in limit for limit in limits)


def test_news_of_recorded_work_told_by_its_kind_is_that_work() -> None:
    view = PlanView(activities=("Boatyard", "Sailing", "Choir"))
    said = "update, sailing lessons are now £6,000 a year"
    changes = [r for r in read(said, view, "act:teaches:Boatyard") if r.act == "change"]
    assert [(r.subject, r.value) for r in changes] == [("Sailing", 6000.0)]


def test_more_work_of_the_same_kind_said_with_also_is_not_the_recorded_work() -> None:
    view = PlanView(activities=("Boatyard", "Sailing", "Choir"))
    said = "i also give sailing lessons now, £6,000 a year"
    owners = {r.subject for r in read(said, view, "act:teaches:Boatyard") if r.value == 6000.0}
    assert owners.isdisjoint({"Sailing", "Boatyard"})


def test_a_fee_per_weekday_times_the_weekdays_worked_is_not_counted_weekly_again() -> None:
    said = "Sunday craft class: €40 per Sunday, 30 Sundays in year"
    figures = [
        r.value for r in read(said, WORKS, "activities") if r.field == "activity.annual_revenue"
    ]
    assert all(float(v) <= 40 * 30 for v in figures)
