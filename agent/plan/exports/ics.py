"""The plan's time blocks and review as an iCalendar file.

Each time block becomes one recurring event (weekly, or monthly on the n-th weekday); the
review becomes an all-day event. Text is reduced to one line before it goes in, so no user
string can start a new calendar property. UIDs follow from the plan's ids, so exporting the
same plan twice gives the same events (calendar apps update instead of duplicating).
"""

from __future__ import annotations

import datetime as dt
import re

from icalendar import Calendar, Event, vRecur

from agent.plan.exports.text import money, number, one_line, stream_name
from agent.plan.models import Plan, Stream, TimeBlock, minutes

PRODID = "-//Portfolio Career Planner//plan export//EN"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
_UID_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


def to_ics(plan: Plan, *, today: dt.date) -> bytes:
    """The calendar: one recurring event per time block, plus the review; starts from today."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Portfolio plan")
    stamp = dt.datetime.combine(today, dt.time(0, 0), tzinfo=dt.UTC)
    for block in plan.time_blocks:
        cal.add_component(_block_event(plan, block, today, stamp))
    if plan.review is not None:
        cal.add_component(_review_event(plan, stamp))
    return bytes(cal.to_ical())


def uid_part(text: str) -> str:
    """An id made safe for a UID: letters, digits, dot, dash and underscore only."""
    return _UID_UNSAFE.sub("-", text) or "x"


def first_date(block: TimeBlock, today: dt.date) -> dt.date:
    """The first date on or after today when the block occurs."""
    weekday = WEEKDAYS.index(block.weekday)
    day = today + dt.timedelta(days=(weekday - today.weekday()) % 7)
    if block.week_of_month == "every":
        return day
    while not _matches_week(day, block.week_of_month):
        day += dt.timedelta(days=7)
    return day


def _matches_week(day: dt.date, week: str) -> bool:
    if week == "last":
        return (day + dt.timedelta(days=7)).month != day.month
    return (day.day - 1) // 7 + 1 == ORDINAL[week]


def _rrule(block: TimeBlock) -> vRecur:
    byday = BYDAY[WEEKDAYS.index(block.weekday)]
    if block.week_of_month == "every":
        return vRecur({"freq": "weekly", "byday": byday})
    return vRecur({"freq": "monthly", "byday": f"{ORDINAL[block.week_of_month]}{byday}"})


def _at(day: dt.date, clock: str) -> dt.datetime:
    # Floating local time: a block at 09:00 stays at 09:00 wherever the person is.
    return dt.datetime.combine(day, dt.time(0, 0)) + dt.timedelta(minutes=minutes(clock))


def _block_event(plan: Plan, block: TimeBlock, today: dt.date, stamp: dt.datetime) -> Event:
    day = first_date(block, today)
    stream = plan.stream(block.stream_id)
    name = one_line(stream_name(plan, block.stream_id))
    event = Event()
    event.add("uid", f"block-{uid_part(block.id)}@portfolio-planner")
    event.add("dtstamp", stamp)
    event.add("summary", f"{name} ({stream.role})" if stream else name)
    event.add("dtstart", _at(day, block.start))
    event.add("dtend", _at(day, block.end))
    event.add("rrule", _rrule(block))
    if stream is not None:
        event.add("description", one_line(_about(stream, plan.currency)))
    event.add("categories", ["Portfolio plan"])
    return event


def _about(stream: Stream, currency: str | None) -> str:
    """What the block is for: the stream's target and, when known, what it teaches."""
    about = (
        f"{number(stream.target_hours)} h a week, {number(stream.target_income_share)} % of "
        f"income, expected revenue {money(stream.expected_revenue, currency)} this year."
    )
    return about + (f" Teaches: {stream.teaches}" if stream.teaches else "")


def _review_event(plan: Plan, stamp: dt.datetime) -> Event:
    assert plan.review is not None
    event = Event()
    event.add("uid", f"review-{plan.review.date.isoformat()}@portfolio-planner")
    event.add("dtstamp", stamp)
    event.add("summary", "Quarterly portfolio review")
    event.add("dtstart", plan.review.date)
    event.add("dtend", plan.review.date + dt.timedelta(days=1))
    questions = "; ".join(one_line(q) for q in plan.review.questions)
    if questions:
        event.add("description", f"Questions: {questions}")
    event.add("categories", ["Portfolio plan"])
    return event
