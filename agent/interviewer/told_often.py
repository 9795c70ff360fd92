"""How often a piece of work happens, as the person told it with its fee, kept for its hours
(pure).

"2 a month at £350 each" gives the year's income and says how often the work comes; when
the hours are asked later, "each one is about 8 hours" then gives the week's hours (8 x 2 a
month) instead of a question about how often that was already answered. Only the person's
own words are kept (the fee's reading's span), and the hours are said back so they can be
corrected.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from agent.interviewer import names
from agent.interviewer.reading import asks, rates
from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.quantities import find_quantities
from agent.interviewer.reading.quantity import Quantity
from agent.interviewer.reading.types import Reading

#: The note of a yearly income read as a fee times how often ("350 a time, as often as said",
#: "40 a lesson, 6 a week"); an hourly rate times the hours is not a count of times.
_COUNTED = re.compile(r"^[\d.,]+ a (?!hour\b)[a-z-]+(?: each)?, \S")
#: Periods a count of times may be said over.
_PERIODS = frozenset({"week", "fortnight", "month", "quarter", "year"})


def alone(readings: Iterable[Reading], text: str, ask: str) -> list[list[str]]:
    """``[work, words]`` for how often work comes, said with no fee ("I DJ, about 3 gigs a
    month"): the one work the message names (or the one asked about), when the message says one
    count of times over a period and no money."""
    said = text.casefold()
    if any(q.kind in {"money", "zero"} for q in find_quantities(said)):
        return []
    frequency = _frequency(said)
    if frequency is None or frequency.kind not in {"count", "freq"}:
        return []
    named = {str(r.value) for r in readings if r.field == "activity" and r.confident}
    work = named.pop() if len(named) == 1 else "" if named else asks.work(ask)
    return [[work, said[frequency.start : frequency.end]]] if work else []


def with_told(text: str, ask: str, told: Sequence[Sequence[str]]) -> tuple[str, str]:
    """A fee said alone at the asked work's income question ("£250 each"), read with how
    often the person said that work comes ("3 gigs a month"): the message with those words,
    and the note that says them back; else the message as it is and ``""``."""
    work = asks.work(ask)
    if not ask.startswith("act:revenue:") or not work:
        return text, ""
    spans = [words.casefold() for said, words in told if names.find(said, [work]) == work]
    found = find_quantities(text.casefold())
    money = [q for q in found if q.kind == "money"]
    if not spans or len(money) != 1 or len(found) > 1:
        return text, ""
    if not rates.is_item_rate(money[0]) or money[0].period in {"hour", "day"}:
        return text, ""  # a fee by the hour or the day needs hours or days, not times
    frequency = _frequency(spans[-1])
    if frequency is None:
        return text, ""
    often = spans[-1][frequency.start : frequency.end].strip()
    back = f"Worked out with {often}, as you said before; say if that's off."
    return f"{text.rstrip(' .!')}, {often}", back


def kept(readings: Iterable[Reading]) -> list[list[str]]:
    """``[work, words]`` for each yearly income read from a fee and how often it comes."""
    return [
        [r.subject, r.span]
        for r in readings
        if r.field == "activity.annual_revenue"
        and r.subject
        and r.span
        and r.confident
        and _COUNTED.match(r.note)
        and _frequency(r.span) is not None
    ]


#: Words for one time of any work ("each one is 8 hours", "a gig is about 5 hours").
_ANY_TIME = frozenset({"ones", "times", "gigs", "jobs", "bookings", "events"})


def _of_work(things: str, work: str, words: str) -> bool:
    """True when ``things`` ("weddings", "classes") are named by the work or by the words its
    frequency was told in, or are any work's times ("gigs", "ones")."""
    if things in _ANY_TIME:
        return True
    stem = things[:-3] + "y" if things.endswith("ies") else things.removesuffix("s")
    stem = stem[:-1] if things.endswith(("sses", "ches", "shes", "xes")) else stem
    return re.search(rf"\b{re.escape(stem)}", f"{work.casefold()} {words}") is not None


def _frequency(words: str) -> Quantity | None:
    """The one count of times over a period in ``words`` ("2 a month"), else ``None``."""
    counts = [
        q
        for q in find_quantities(words)
        if q.kind in {"bare", "count", "freq"} and (q.period in _PERIODS or q.kind == "freq")
    ]
    return counts[0] if len(counts) == 1 else None


def weekly_hours(
    length: float, things: str, ask: str, told: Sequence[Sequence[str]], text: str
) -> Reading | None:
    """The week's hours of the work asked about, from how long one of ``things`` takes
    (``length`` hours, said in ``text``) and how often the person said it comes, or ``None``
    when they never said, or the things are not that work's ("a cake is 5 hours" of the
    tutoring)."""
    work = asks.work(ask)
    if not work:
        return None
    spans = [words.casefold() for said, words in told if names.find(said, [work]) == work]
    if not spans or not _of_work(things, work, spans[-1]):
        return None
    frequency = _frequency(spans[-1])
    if frequency is None:
        return None
    times = rates.per_year(frequency)
    value = round(length * times / 52, 1)
    if value <= 0:
        return None
    often = spans[-1][frequency.start : frequency.end].strip()
    note = (
        f"{format_number(length)} h each time, {often} as you said before: about {value:g} h "
        "a week. Say if that's off."
    )
    return Reading(
        "fact", field="activity.hours_per_week", value=value, subject=work, span=text, note=note
    )
